import Papa from 'papaparse';
import { CLOZE_GAP, QUESTION_TYPES, type QuestionType } from '$lib/deck/question-types';
import type { Deck, Question } from '$lib/deck/schema';
import { parseDelimited, type DelimitedRow } from './delimited';
import { htmlToText, MEDIA } from './html-text';
import type { ImportedQuestion, ImportResult } from './types';

// Anki's text import format (https://docs.ankiweb.net/importing/text-files.html): `#key:value`
// header lines, then one note a row. Anki reads the rows as CSV: a field holding the separator, a
// double quote or a line break is put in double quotes, a quote in it doubled; papaparse writes and
// reads them here the same way.
//
// What we write, tab-separated, with `#html:false` (Anki shows the text as it is, markup included):
//   Note type | Deck | Front or Text | Back or Back Extra | Source | Tags
// - flashcard: Basic, front and back.
// - short-answer: Basic; the back is the answer, then "Also accepted:" and one answer a line.
// - mcq: Basic; the front is the question, a blank line, then the options as "A. …", one a line.
// - true-false: Basic; the front ends with "True or false?", the back is "True" or "False".
// - cloze: Cloze; the gap becomes `{{c1::answer}}`; Back Extra lists the other accepted answers.
// The source sentence is a field of its own; the question type is the tag `factdeck::<type>`, so our
// own files come back exactly. Options and accepted answers are one line each (a line break in one
// becomes a space); Anki tags cannot hold spaces, which become `_`.

const TYPE_TAG = 'factdeck::';
const ALSO_ACCEPTED = '\n\nAlso accepted:\n';
const TRUE_OR_FALSE = '\n\nTrue or false?';
const LETTERS = 'ABCDEFGHIJ';
const GAP = '_____';

const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');

function withAccepted(answer: string, accept: string[]): string {
	return accept.length > 0 ? answer + ALSO_ACCEPTED + accept.map(oneLine).join('\n') : answer;
}

function noteOf(question: Question): [string, string, string] {
	switch (question.type) {
		case 'flashcard':
			return ['Basic', question.prompt, question.answer];
		case 'short-answer':
			return ['Basic', question.prompt, withAccepted(question.answer, question.accept ?? [])];
		case 'mcq': {
			const options = question.options.map((option, i) => `${LETTERS[i]}. ${oneLine(option)}`);
			return ['Basic', `${question.prompt}\n\n${options.join('\n')}`, oneLine(question.answer)];
		}
		case 'true-false':
			return ['Basic', question.prompt + TRUE_OR_FALSE, question.answer === 'true' ? 'True' : 'False'];
		case 'cloze': {
			const text = question.prompt.replace(CLOZE_GAP, () => `{{c1::${question.answer}}}`);
			return ['Cloze', text, withAccepted('', (question.accept ?? []).map(oneLine)).trimStart()];
		}
	}
}

function ankiTag(tag: string): string {
	return tag.trim().replace(/\s+/g, '_');
}

export function exportAnkiText(deck: Deck): string {
	// `::` separates an Anki deck from its parent: a title is one deck.
	const deckName = deck.title.replace(/\s+/g, ' ').trim().replace(/::/g, ':');
	const rows = deck.questions.map((question) => {
		const [noteType, front, back] = noteOf(question);
		const tags = [...question.tags.map(ankiTag).filter((t) => t !== ''), `${TYPE_TAG}${question.type}`];
		return [noteType, deckName, front, back, question.source.sentence, tags.join(' ')];
	});
	const header = [
		'#separator:tab',
		'#html:false',
		'#notetype column:1',
		'#deck column:2',
		'#tags column:6',
		'#columns:Note type\tDeck\tFront / Text\tBack / Back Extra\tSource\tTags'
	];
	// Quoted when needed: a field with a tab, a quote or a line break. A row never starts with `#`
	// (which Anki would take for a header): the note type comes first.
	const body = Papa.unparse(rows, { delimiter: '\t', newline: '\n' });
	return header.join('\n') + '\n' + body + (body ? '\n' : '');
}

// ---------------------------------------------------------------------------------------------
// Reading

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

interface Header {
	separator: string | null;
	html: boolean;
	notetypeColumn: number | null;
	deckColumn: number | null;
	tagsColumn: number | null;
	guidColumn: number | null;
	notetype: string | null;
	deck: string | null;
	tags: string[];
}

export function importAnkiText(text: string): ImportResult {
	const result: ImportResult = { title: null, questions: [], problems: [], skipped: { media: 0, unsupported: 0 } };
	const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	const header: Header = { separator: null, html: false, notetypeColumn: null, deckColumn: null, tagsColumn: null, guidColumn: null, notetype: null, deck: null, tags: [] };
	let headerLines = 0;
	for (const line of lines) {
		// Anki's older header for tags, `tags:a b`, may come first, without a `#`.
		if (headerLines === 0 && /^tags:/i.test(line)) {
			header.tags = line.slice(5).split(/\s+/).filter((t) => t !== '');
			headerLines++;
			continue;
		}
		if (!line.startsWith('#')) break;
		const problem = readHeaderLine(line, header);
		if (problem) result.problems.push({ line: headerLines + 1, message: problem });
		headerLines++;
	}
	// A header that cannot be read leaves the columns unknown: no row is read rather than misread.
	if (result.problems.length > 0) return result;
	const body = lines.slice(headerLines).join('\n');
	const separator = header.separator ?? guessSeparator(body);
	const rows = parseDelimited(body, separator, headerLines + 1);
	for (const row of rows) {
		const read = readRow(row, header, result);
		if (typeof read === 'string') result.problems.push({ line: row.line, message: read });
		else result.questions.push(...read);
	}
	result.title = header.deck ? deckTitle(header.deck) : null;
	const deckColumn = header.deckColumn;
	if (result.title === null && deckColumn !== null) {
		const name = rows.map((row) => row.fields[deckColumn - 1] ?? '').find((cell) => cell.trim() !== '');
		if (name) result.title = deckTitle(name);
	}
	if (result.questions.length === 0 && result.problems.length === 0) {
		result.problems.push({ line: 1, message: 'No notes found: an Anki text file has one note a line, its fields separated by tabs.' });
	}
	return result;
}

/** The last level of an Anki deck name (`Parent::Child` → `Child`). */
function deckTitle(name: string): string | null {
	return name.split('::').at(-1)?.trim() || null;
}

function readHeaderLine(line: string, header: Header): string | null {
	const match = /^#([a-z ]+):(.*)$/i.exec(line);
	if (!match) return null; // a comment
	const key = (match[1] ?? '').trim().toLowerCase();
	const value = (match[2] ?? '').trim();
	const column = () => {
		const n = Number(value);
		return Number.isInteger(n) && n >= 1 ? n : null;
	};
	switch (key) {
		case 'separator': {
			const separator = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : null);
			if (separator === null) return `Unknown separator "${value}": use tab, comma, semicolon, pipe, space or one character.`;
			header.separator = separator;
			return null;
		}
		case 'html':
			header.html = value.toLowerCase() === 'true';
			return null;
		case 'notetype column':
		case 'deck column':
		case 'tags column':
		case 'guid column': {
			const n = column();
			if (n === null) return `"${key}" needs a column number from 1, not "${value}".`;
			if (key === 'notetype column') header.notetypeColumn = n;
			else if (key === 'deck column') header.deckColumn = n;
			else if (key === 'tags column') header.tagsColumn = n;
			else header.guidColumn = n;
			return null;
		}
		case 'notetype':
			header.notetype = value;
			return null;
		case 'deck':
			header.deck = value;
			return null;
		case 'tags':
			header.tags = value.split(/\s+/).filter((t) => t !== '');
			return null;
		default:
			return null; // #columns, #if matches and the like change nothing here
	}
}

function guessSeparator(body: string): string {
	const first = body.split('\n').find((line) => line.trim() !== '') ?? '';
	return ['\t', ';', ',', '|'].find((s) => first.includes(s)) ?? '\t';
}

function readRow(row: DelimitedRow, header: Header, result: ImportResult): ImportedQuestion[] | string {
	if (row.error) return `Cannot read this row: ${row.error.toLowerCase()} (a field opened with " must end with ").`;
	const meta = new Set([header.notetypeColumn, header.deckColumn, header.tagsColumn, header.guidColumn]);
	const cell = (column: number | null) => (column === null ? null : (row.fields[column - 1] ?? null));
	const notetype = cell(header.notetypeColumn) ?? header.notetype ?? 'Basic';
	const tags = [...header.tags, ...(cell(header.tagsColumn) ?? '').split(/\s+/)].filter((t) => t !== '');
	const fields = row.fields.filter((_, i) => !meta.has(i + 1)).map((field) => fieldText(field, header.html, result));
	const typeTag = tags.find((t) => t.startsWith(TYPE_TAG));
	const hinted = typeTag?.slice(TYPE_TAG.length);
	const type = hinted && (QUESTION_TYPES as readonly string[]).includes(hinted) ? (hinted as QuestionType) : null;
	const base = {
		tags: tags.filter((t) => t !== typeTag),
		line: row.line,
		// Ours have the source as a field of its own, the third.
		sentence: type && fields[2] ? fields[2] : null,
		options: [] as string[],
		accept: [] as string[]
	};
	if (/cloze/i.test(notetype)) return readCloze(fields, type, base);
	if (fields.length < 2) return `A note needs a front and a back, separated by ${describe(header.separator ?? '\t')}; this row has ${fields.length} field.`;
	const [front = '', back = ''] = fields;
	if (front.trim() === '') return 'The front is empty.';
	if (back.trim() === '') return 'The back is empty.';
	switch (type) {
		case 'mcq': {
			const split = front.lastIndexOf('\n\n');
			const lines = front.slice(split + 2).split('\n');
			const options = lines.map((line, i) => (line.startsWith(`${LETTERS[i]}. `) ? line.slice(3) : null));
			if (split < 0 || options.some((o) => o === null)) return 'A multiple choice note whose front does not end with its options (A. …, B. …).';
			return [{ ...base, type, prompt: front.slice(0, split), answer: back, options: options as string[] }];
		}
		case 'true-false': {
			const answer = back.trim().toLowerCase();
			if (answer !== 'true' && answer !== 'false') return `A true/false note whose back is "${back}", not True or False.`;
			const prompt = front.endsWith(TRUE_OR_FALSE) ? front.slice(0, -TRUE_OR_FALSE.length) : front;
			return [{ ...base, type, prompt, answer }];
		}
		case 'short-answer': {
			const [answer, accept] = splitAccepted(back);
			return [{ ...base, type, prompt: front, answer, accept }];
		}
		default:
			return [{ ...base, type: 'flashcard', prompt: front, answer: back }];
	}
}

function describe(separator: string): string {
	return Object.entries(SEPARATORS).find(([, s]) => s === separator)?.[0] ?? `"${separator}"`;
}

function splitAccepted(text: string): [string, string[]] {
	const at = text.lastIndexOf(ALSO_ACCEPTED);
	if (at < 0) return [text, []];
	return [text.slice(0, at), text.slice(at + ALSO_ACCEPTED.length).split('\n')];
}

/** A field as text: media taken out and counted, HTML made text when the file says it is HTML. */
function fieldText(field: string, html: boolean, result: ImportResult): string {
	// With #html:false an `<img>` is text that Anki shows as written; `[sound:…]` is media either way.
	const media = html ? MEDIA : /\[sound:[^\]]*\]/gi;
	const found = field.match(media)?.length ?? 0;
	result.skipped.media += found;
	const kept = found > 0 ? field.replace(media, '') : field;
	return html ? htmlToText(kept).replace(/\u00a0/g, ' ') : kept;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** One question per cloze number, as Anki makes one card per number; the other deletions shown. */
function readCloze(fields: string[], type: QuestionType | null, base: Omit<ImportedQuestion, 'type' | 'prompt' | 'answer'>): ImportedQuestion[] | string {
	const text = fields[0] ?? '';
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
	if (numbers.length === 0) return 'A Cloze note with no deletion: its text needs {{c1::…}}.';
	// Ours list the other accepted answers in Back Extra, after "Also accepted:".
	const extra = fields[1] ?? '';
	const accept = type === 'cloze' && extra.startsWith(ALSO_ACCEPTED.trimStart()) ? extra.slice(ALSO_ACCEPTED.length - 2).split('\n') : [];
	const questions: ImportedQuestion[] = [];
	for (const n of numbers) {
		let answer = '';
		const prompt = text.replace(CLOZE, (_, number: string, deleted: string) => {
			if (Number(number) !== n) return deleted;
			if (answer === '') answer = deleted;
			return GAP;
		});
		if (answer.trim() === '') return `Cloze deletion c${n} is empty.`;
		questions.push({ ...base, type: 'cloze', prompt, answer, accept });
	}
	return questions;
}
