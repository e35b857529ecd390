import { CLOZE_GAP, QUESTION_TYPES, type QuestionType } from '$lib/deck/question-types';
import type { Deck, Question } from '$lib/deck/schema';
import { htmlToText } from './html-text';
import type { ImportedQuestion, ImportProblem, ImportResult } from './types';

// Moodle's GIFT text format (https://docs.moodle.org/en/GIFT_format), written and read here.
//
// How each question type is written, and why:
// - mcq: `{=right ~wrong …}`, options in the deck's order (Moodle shuffles them itself).
// - true-false: `{T}` / `{F}`.
// - short-answer: `{=answer =other …}`, every accepted answer at full marks.
// - cloze: the same short answer, with the gap kept as it is in the question text ("… _____ …") and
//   the answers in braces at the end. Not GIFT's missing-word form ("… {=a} …"): that would lose the
//   gap's exact length and, for a gap at the very end of the prompt, read back as a plain short answer.
//   A missing-word question written by a teacher is read as a cloze all the same.
// - flashcard: an essay (`{}`), whose general feedback holds the back, then a blank line,
//   "Source: " and the sentence. Not a description: a description has no feedback, so the back
//   would be lost; an essay shows its general feedback to the student once answered, which is
//   what the back of a card is for.
// Every question is titled `::Q01 <type>::`: the number keeps the deck's order in Moodle's bank, the
// type tells a cloze from a short answer whose prompt happens to hold underscores. The source sentence
// is the general feedback (`####`). Tags are written as Moodle's `// [tag:…]` comments. A prompt with
// `<` or `&` is marked `[plain]`, so Moodle shows it as written rather than as HTML. Leading and
// trailing spaces are lost (GIFT trims), and so is a `%50%` at the start of an answer (a weight there).

const SPECIAL = /[\\~=#{}:]/g;
const TITLE = /^Q\d+ ([a-z-]+)$/;
const FLASHCARD_SOURCE = '\n\nSource: ';
const GAP = '_____';

/** Text made safe for GIFT: its special characters escaped, line breaks as `\n`. */
export function escapeGift(text: string): string {
	return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A short answer as Moodle compares it: `*` is a wildcard there, so a literal one is written `\*`
 * (whose backslash GIFT then escapes again).
 */
function escapeShortAnswer(answer: string): string {
	return escapeGift(answer).replace(/\*/g, '\\\\*');
}

export function exportGift(deck: Deck): string {
	const category = deck.title.replace(/\s+/g, ' ').trim().replace(/\//g, '//');
	const blocks = [`// ${oneLine(deck.title)}: ${deck.questions.length} questions from Factdeck`, `$CATEGORY: ${category}`];
	deck.questions.forEach((question, index) => blocks.push(giftQuestion(question, index)));
	return blocks.join('\n\n') + '\n';
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function giftQuestion(question: Question, index: number): string {
	const title = `::Q${String(index + 1).padStart(2, '0')} ${question.type}::`;
	const feedback = `####${escapeGift(question.source.sentence)}`;
	const tags = question.tags
		.map((tag) => oneLine(tag).replace(/[[\]]/g, ''))
		.filter((tag) => tag !== '')
		.map((tag) => `[tag:${tag}]`);
	const tagLine = tags.length > 0 ? `// ${tags.join(' ')}\n` : '';
	// Moodle renders a question's text as HTML unless told it is plain: `<b>` would turn bold.
	const prompt = (/[<&]/.test(question.prompt) ? '[plain]' : '') + escapeGift(question.prompt);
	switch (question.type) {
		case 'mcq': {
			const options = question.options.map((o) => `${o === question.answer ? '=' : '~'}${escapeGift(o)}`);
			return `${tagLine}${title}${prompt} {${options.join(' ')}${feedback}}`;
		}
		case 'true-false':
			return `${tagLine}${title}${prompt} {${question.answer === 'true' ? 'T' : 'F'}${feedback}}`;
		case 'cloze':
		case 'short-answer': {
			const answers = [question.answer, ...(question.accept ?? [])].map((a) => `=${escapeShortAnswer(a)}`);
			return `${tagLine}${title}${prompt} {${answers.join(' ')}${feedback}}`;
		}
		case 'flashcard':
			return `${tagLine}${title}${prompt} {####${escapeGift(question.answer + FLASHCARD_SOURCE + question.source.sentence)}}`;
	}
}

// ---------------------------------------------------------------------------------------------
// Reading

/** One question's lines, comments taken out, with the line it starts on. */
interface Block {
	line: number;
	text: string;
	tags: string[];
}

type Parsed =
	| { kind: 'question'; question: ImportedQuestion }
	| { kind: 'unsupported' }
	| { kind: 'problem'; message: string }
	| { kind: 'none' };

export function importGift(text: string): ImportResult {
	const result: ImportResult = { title: null, questions: [], problems: [], skipped: { media: 0, unsupported: 0 } };
	for (const item of splitBlocks(text)) {
		if ('category' in item) {
			result.title ??= categoryTitle(item.category);
			continue;
		}
		const parsed = parseQuestion(item);
		if (parsed.kind === 'question') result.questions.push(parsed.question);
		else if (parsed.kind === 'unsupported') result.skipped.unsupported++;
		else if (parsed.kind === 'problem') result.problems.push({ line: item.line, message: parsed.message });
	}
	if (result.questions.length === 0 && result.problems.length === 0) {
		result.problems.push(noQuestions(result.skipped.unsupported));
	}
	return result;
}

function noQuestions(unsupported: number): ImportProblem {
	const message =
		unsupported > 0
			? `No question of a kind Factdeck takes: the ${unsupported} found are matching, numeric, essay or description questions.`
			: 'No GIFT questions found: a question looks like "Question text {=answer ~wrong}".';
	return { line: 1, message };
}

/** Questions are separated by blank lines; `$CATEGORY:` lines stand alone; `//` lines are comments. */
function splitBlocks(text: string): (Block | { category: string })[] {
	const items: (Block | { category: string })[] = [];
	let current: Block | null = null;
	let pendingTags: string[] = [];
	const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') {
			if (current) items.push(current);
			current = null;
			return;
		}
		if (line.startsWith('//')) {
			// Moodle keeps a question's tags in comments just before it: `// [tag:x] [tag:y]`.
			for (const match of line.matchAll(/\[tag:([^\]]+)\]/g)) pendingTags.push((match[1] ?? '').trim());
			return;
		}
		if (!current && /^\$CATEGORY:/i.test(line)) {
			items.push({ category: line.replace(/^\$CATEGORY:/i, '').trim() });
			pendingTags = [];
			return;
		}
		if (!current) {
			current = { line: i + 1, text: raw, tags: pendingTags };
			pendingTags = [];
		} else {
			current.text += '\n' + raw;
		}
	});
	if (current) items.push(current);
	return items;
}

/** The last level of a Moodle category path (`$course$/top/Default for X/Deck` → `Deck`). */
function categoryTitle(path: string): string | null {
	const levels = path
		.split(/(?<!\/)\/(?!\/)/)
		.map((level) => level.replace(/\/\//g, '/').trim())
		.filter((level) => level !== '' && level !== '$course$' && level !== '$system$' && level !== 'top');
	return levels.at(-1) ?? null;
}

/** Index of the first `token` not escaped by a backslash, from `from` on; -1 when there is none. */
function findUnescaped(text: string, token: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(token, i)) return i;
	}
	return -1;
}

/** Undoes GIFT's escapes in one pass (so `\\n` is a backslash and an n, not a line break). */
export function unescapeGift(text: string): string {
	return text.replace(/\\([\\~=#{}:n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Stem text as written: an optional `[html]`/`[markdown]`/`[plain]`/`[moodle]` format first. */
function plainText(escaped: string): string {
	const format = /^\s*\[(html|markdown|plain|moodle)\]/i.exec(escaped);
	const body = format ? escaped.slice(format[0].length) : escaped;
	const text = unescapeGift(body).trim();
	return format?.[1]?.toLowerCase() === 'html' ? htmlToText(text).trim() : text;
}

function parseQuestion(block: Block): Parsed {
	let rest = block.text;
	let title: string | null = null;
	if (rest.trimStart().startsWith('::')) {
		rest = rest.trimStart();
		const end = findUnescaped(rest, '::', 2);
		if (end < 0) return { kind: 'problem', message: 'The title is not closed: "::Title::" needs a second "::".' };
		title = unescapeGift(rest.slice(2, end)).trim();
		rest = rest.slice(end + 2);
	}
	const open = findUnescaped(rest, '{');
	if (open < 0) {
		// Text with no answers is a description: nothing to study.
		return rest.trim() === '' ? { kind: 'problem', message: 'A title with no question after it.' } : { kind: 'unsupported' };
	}
	const close = findUnescaped(rest, '}', open + 1);
	if (close < 0) return { kind: 'problem', message: 'The answers are not closed: "{" has no "}" after it.' };
	const after = rest.slice(close + 1);
	if (findUnescaped(after, '{') >= 0) {
		return { kind: 'problem', message: 'More than one set of answers in {…}: GIFT takes one per question.' };
	}
	const before = rest.slice(0, open);
	// Text after the answers makes a missing-word question: the answers stand in the gap.
	const missingWord = after.trim() !== '';
	const stem = missingWord
		? `${plainText(before)}${/\s$/.test(before) ? ' ' : ''}${GAP}${/^\s/.test(after) ? ' ' : ''}${plainText(after)}`
		: plainText(before);
	if (stem === '' || stem === GAP) return { kind: 'problem', message: 'The question has no text before its answers.' };
	const hint = title ? TITLE.exec(title)?.[1] : undefined;
	const typeHint = hint && (QUESTION_TYPES as readonly string[]).includes(hint) ? (hint as QuestionType) : null;
	return parseAnswers(rest.slice(open + 1, close), stem, missingWord, typeHint, block);
}

interface Choice {
	mark: '=' | '~';
	weight: number | null;
	text: string;
}

function parseAnswers(body: string, stem: string, missingWord: boolean, typeHint: QuestionType | null, block: Block): Parsed {
	const feedbackAt = findUnescaped(body, '####');
	const general = feedbackAt >= 0 ? plainText(body.slice(feedbackAt + 4)) : null;
	const answers = (feedbackAt >= 0 ? body.slice(0, feedbackAt) : body).trim();
	const base = { prompt: stem, tags: block.tags, line: block.line, options: [] as string[], accept: [] as string[] };

	if (answers === '') {
		// An essay: ours when it carries a flashcard's back (see the top of this file).
		const ours = typeHint === 'flashcard' || (general !== null && general.includes(FLASHCARD_SOURCE));
		if (!ours || general === null) return { kind: 'unsupported' };
		const at = general.lastIndexOf(FLASHCARD_SOURCE);
		const back = at >= 0 ? general.slice(0, at).trim() : general;
		const sentence = at >= 0 ? general.slice(at + FLASHCARD_SOURCE.length).trim() || null : null;
		if (back === '') return { kind: 'problem', message: 'A flashcard (essay) with no back in its general feedback.' };
		return { kind: 'question', question: { ...base, type: 'flashcard', answer: back, sentence } };
	}
	if (answers.startsWith('#')) return { kind: 'unsupported' }; // numeric
	const trueFalse = /^(T|F|TRUE|FALSE)\s*(#.*)?$/is.exec(answers);
	if (trueFalse) {
		const answer = (trueFalse[1] ?? '').toUpperCase().startsWith('T') ? 'true' : 'false';
		return { kind: 'question', question: { ...base, type: 'true-false', answer, sentence: general } };
	}
	const choices = splitChoices(answers);
	if (typeof choices === 'string') return { kind: 'problem', message: choices };
	if (choices === null) return { kind: 'unsupported' }; // matching
	if (choices.some((c) => c.mark === '~')) {
		const right = choices.filter((c) => c.mark === '=' || c.weight === 100);
		if (right.length > 1 || choices.some((c) => c.weight !== null && c.weight !== 0 && c.weight !== 100)) {
			return { kind: 'unsupported' }; // several right answers or partial credit: not one multiple choice
		}
		const [first] = right;
		if (!first) return { kind: 'problem', message: 'A multiple choice question with no right answer (mark it with =).' };
		const question = { ...base, type: 'mcq' as const, answer: first.text, options: choices.map((c) => c.text), sentence: general };
		return { kind: 'question', question };
	}
	// Short answers: the ones at full marks are accepted; partial-credit ones are left out.
	const accepted = choices.filter((c) => c.weight === null || c.weight === 100).map((c) => c.text.replace(/\\\*/g, '*'));
	const [answer, ...accept] = accepted;
	if (answer === undefined) return { kind: 'problem', message: 'A short answer question with no answer at full marks.' };
	if (missingWord || typeHint === 'cloze' || (typeHint === null && CLOZE_GAP.test(stem))) {
		if (!CLOZE_GAP.test(stem)) return { kind: 'problem', message: 'A gap-fill question whose text has no gap (_____).' };
		return { kind: 'question', question: { ...base, type: 'cloze', answer, accept, sentence: general } };
	}
	return { kind: 'question', question: { ...base, type: 'short-answer', answer, accept, sentence: general } };
}

/** `=a ~b#feedback ~%50%c` as choices; a message when malformed, null for a matching question. */
function splitChoices(answers: string): Choice[] | string | null {
	const starts: { at: number; mark: '=' | '~' }[] = [];
	for (let i = 0; i < answers.length; i++) {
		const c = answers[i];
		if (c === '\\') i++;
		else if (c === '=' || c === '~') starts.push({ at: i, mark: c });
	}
	if (starts.length === 0 || answers.slice(0, starts[0]?.at).trim() !== '') {
		return `Cannot read the answers "{${answers}}": each answer starts with = (right) or ~ (wrong).`;
	}
	const choices: Choice[] = [];
	for (const [k, { at, mark }] of starts.entries()) {
		let raw = answers.slice(at + 1, starts[k + 1]?.at ?? answers.length);
		if (findUnescaped(raw, '->') >= 0) return null;
		const feedback = findUnescaped(raw, '#');
		if (feedback >= 0) raw = raw.slice(0, feedback);
		const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
		if (weight) raw = raw.slice(weight[0].length);
		const text = plainText(raw);
		if (text === '') return 'An empty answer: "=" or "~" with nothing after it.';
		choices.push({ mark, weight: weight ? Number(weight[1]) : null, text });
	}
	return choices;
}
