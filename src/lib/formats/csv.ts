import Papa from 'papaparse';
import { CLOZE_GAP, type QuestionType } from '$lib/deck/question-types';
import type { Deck, Question } from '$lib/deck/schema';
import { parseDelimited } from './delimited';
import type { ImportedQuestion, ImportResult } from './types';

// A spreadsheet of questions: a header row, then one question a row, written and read by papaparse.
//   type, prompt, answer, options, accept, source, tags
// Cells with several values (options, accepted answers, tags) join them with " | ". Inside a value a
// "|" is written "\|" and a backslash "\\", so any text survives; values are trimmed when read, so a
// hand-typed "a|b" or "a | b" reads the same. A cell starting with = + - @ or a tab gets a leading
// apostrophe (papaparse's escapeFormulae), so a spreadsheet shows it rather than running it as a
// formula; reading takes that apostrophe off again.

export const CSV_COLUMNS = ['type', 'prompt', 'answer', 'options', 'accept', 'source', 'tags'] as const;
const REQUIRED = ['type', 'prompt', 'answer'] as const;
const SEPARATOR = ' | ';

/** Names a teacher might type for each type, besides ours. */
const TYPE_NAMES: Record<string, QuestionType> = {
	mcq: 'mcq',
	'multiple-choice': 'mcq',
	'multiple choice': 'mcq',
	cloze: 'cloze',
	'gap-fill': 'cloze',
	'gap fill': 'cloze',
	'true-false': 'true-false',
	'true/false': 'true-false',
	'true or false': 'true-false',
	'short-answer': 'short-answer',
	'short answer': 'short-answer',
	flashcard: 'flashcard'
};

export function joinValues(values: string[]): string {
	return values.map((v) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(SEPARATOR);
}

export function splitValues(cell: string): string[] {
	const values: string[] = [];
	let current = '';
	for (let i = 0; i < cell.length; i++) {
		if (cell[i] === '\\' && (cell[i + 1] === '\\' || cell[i + 1] === '|')) current += cell[++i];
		else if (cell[i] === '|') {
			values.push(current);
			current = '';
		} else current += cell[i];
	}
	values.push(current);
	return values.map((v) => v.trim()).filter((v) => v !== '');
}

function rowOf(question: Question): string[] {
	const options = question.type === 'mcq' ? question.options : [];
	const accept = question.type === 'cloze' || question.type === 'short-answer' ? (question.accept ?? []) : [];
	return [question.type, question.prompt, question.answer, joinValues(options), joinValues(accept), question.source.sentence, joinValues(question.tags)];
}

export function exportCsv(deck: Deck): string {
	return (
		Papa.unparse(
			{ fields: [...CSV_COLUMNS], data: deck.questions.map(rowOf) },
			{ newline: '\r\n', escapeFormulae: true }
		) + '\r\n'
	);
}

/** Takes off the apostrophe that escapeFormulae put before a formula-like cell. */
function unescapeFormula(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function importCsv(text: string): ImportResult {
	const result: ImportResult = { title: null, questions: [], problems: [], skipped: { media: 0, unsupported: 0 } };
	const rows = parseDelimited(text.replace(/^\ufeff/, ''), ',');
	const [header, ...body] = rows;
	if (!header) {
		result.problems.push({ line: 1, message: `The file is empty: a CSV of questions starts with a header row (${CSV_COLUMNS.join(', ')}).` });
		return result;
	}
	const names = header.fields.map((name) => name.trim().toLowerCase());
	const missing = REQUIRED.filter((name) => !names.includes(name));
	if (missing.length > 0) {
		result.problems.push({
			line: header.line,
			message: `The header row has no ${missing.map((m) => `"${m}"`).join(', ')} column: the first row names the columns (${CSV_COLUMNS.join(', ')}).`
		});
		return result;
	}
	const column = (name: string) => names.indexOf(name);
	for (const row of body) {
		if (row.error) {
			result.problems.push({ line: row.line, message: `Cannot read this row: ${row.error.toLowerCase()} (a cell opened with " must end with ").` });
			continue;
		}
		const cell = (name: string) => {
			const i = column(name);
			return i < 0 ? '' : unescapeFormula(row.fields[i] ?? '');
		};
		const read = readRow(cell, row.line);
		if (typeof read === 'string') result.problems.push({ line: row.line, message: read });
		else result.questions.push(read);
	}
	if (result.questions.length === 0 && result.problems.length === 0) {
		result.problems.push({ line: header.line, message: 'The file has a header row but no questions under it.' });
	}
	return result;
}

function readRow(cell: (name: string) => string, line: number): ImportedQuestion | string {
	const typeName = cell('type').trim().toLowerCase();
	const type = TYPE_NAMES[typeName];
	if (!type) {
		return typeName === ''
			? 'The type is empty: use mcq, cloze, true-false, short-answer or flashcard.'
			: `Unknown type "${cell('type').trim()}": use mcq, cloze, true-false, short-answer or flashcard.`;
	}
	const prompt = cell('prompt');
	let answer = cell('answer');
	if (prompt.trim() === '') return 'The prompt is empty.';
	if (answer.trim() === '') return 'The answer is empty.';
	const sentence = cell('source').trim() === '' ? null : cell('source');
	const question: ImportedQuestion = { type, prompt, answer, options: [], accept: [], sentence, tags: splitValues(cell('tags')), line };
	switch (type) {
		case 'mcq': {
			const options = splitValues(cell('options'));
			if (options.length < 2) return `A multiple choice question needs its options, separated by "${SEPARATOR.trim()}" (found ${options.length}).`;
			if (!options.includes(answer.trim())) return `The answer "${answer}" is not among the options.`;
			return { ...question, answer: answer.trim(), options };
		}
		case 'true-false':
			answer = answer.trim().toLowerCase();
			if (answer !== 'true' && answer !== 'false') return `A true/false answer is "true" or "false", not "${cell('answer')}".`;
			return { ...question, answer };
		case 'cloze':
			if (!CLOZE_GAP.test(prompt)) return 'A gap-fill prompt needs a gap: three or more underscores (_____).';
			return { ...question, accept: splitValues(cell('accept')) };
		case 'short-answer':
			return { ...question, accept: splitValues(cell('accept')) };
		case 'flashcard':
			return question;
	}
}
