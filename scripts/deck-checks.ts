// A deck checked the way a reviewer checks it: every question's structural soundness and, given the
// article's fact list, how many of its facts the deck asks about. The figures are those of the
// reviewers' own checker, which was written in Python: its regular expressions are Python's, so
// their word boundaries are Unicode ones here too, and its percentages are rounded half to even.
import { z } from 'zod';
import { measureCoverage, type FactList } from '../src/lib/generator/coverage';
import { similarWords } from '../src/lib/generator/filters';
import { reviewText, wordSet } from '../src/lib/generator/text-forms';

const TYPES = new Set(['mcq', 'cloze', 'true-false', 'short-answer', 'flashcard']);
const ASKS_FOR_ANSWER = new Set(['mcq', 'cloze', 'short-answer']);
/** Python's \b after a word, with Unicode word characters. */
const END = '(?![\\p{L}\\p{N}_])';
const HEDGE = new RegExp(`^(around|nearly|about|approximately|almost|some|over|more than|less than|roughly|up to)${END}`, 'iu');
const PRONOUN_START = new RegExp(`^(it|its|they|their|he|she|his|her|this|these|those)${END}`, 'iu');
const ARTICLE_BEFORE_GAP = /(?<![\p{L}\p{N}_])(a|an)\s+_{2,}/iu;
const VOWEL_LETTER = new RegExp(`^([aeiou8]|1[18]${END}|honest|hour)`, 'iu');
const CONSONANT_DESPITE_VOWEL = /^(one|uni|eu|use)/i;

/** Missing or null text is empty text, as the reviewers' checker reads it. */
const text = z
	.string()
	.nullish()
	.transform((value) => value ?? '');

/**
 * A deck as far as the checks need it. Looser than the deck schema on purpose: a question that the
 * schema refuses is still counted, and each of its defects named; only the wrong kind of value
 * (a number for a prompt) stops the check.
 */
export const CheckedDeckSchema = z.object({
	questions: z
		.array(
			z.object({
				id: z.string().nullish(),
				type: z.string().nullish(),
				prompt: text,
				answer: text,
				options: z
					.array(z.string())
					.nullish()
					.transform((options) => options ?? []),
				source: z
					.object({ sentence: text })
					.nullish()
					.transform((source) => ({ sentence: source?.sentence ?? '' }))
			})
		)
		.nullish()
		.transform((questions) => questions ?? [])
});
export type CheckedDeck = z.infer<typeof CheckedDeckSchema>;
type CheckedQuestion = CheckedDeck['questions'][number];

/** Every figure, named as in the Python checker's --json-out file, so that either's output reads the same. */
export interface DeckCheck {
	questions: number;
	by_type: Record<string, number>;
	failing: number;
	structural_pct: number;
	defects: Record<string, number>;
	defect_examples: Record<string, string[]>;
	pronoun_start: number;
	near_duplicates: number;
	duplicate_ids: number;
	coverage?: number;
	strict_coverage?: number;
	facts?: number;
	missed?: string[];
	must_not_hits?: number;
}

/** Python's round(): to the nearest, and a tie to the even neighbour. */
export function roundHalfEven(value: number, digits = 0): number {
	const scale = 10 ** digits;
	const scaled = value * scale;
	const nearest = Math.round(scaled);
	const tie = Math.abs(scaled % 1) === 0.5;
	return (tie && nearest % 2 !== 0 ? nearest - 1 : nearest) / scale;
}

/** The defects of one question, each named as the reviewers' checker names it. */
export function questionDefects(q: CheckedQuestion, reviewedArticle: string): string[] {
	const bad: string[] = [];
	const { type, prompt, answer } = q;
	const sentence = q.source.sentence;
	if (!type || !TYPES.has(type)) bad.push(type ? `type '${type}'` : 'no type');
	if (!prompt.trim()) bad.push('empty prompt');
	if (!answer.trim()) bad.push('empty answer');
	if (!sentence.trim()) bad.push('no source sentence');
	else if (!reviewedArticle.includes(reviewText(sentence))) bad.push('source sentence not in article');
	const reviewedAnswer = reviewText(answer);
	if (type && ASKS_FOR_ANSWER.has(type)) {
		if (reviewedAnswer && reviewText(prompt).includes(reviewedAnswer)) bad.push('prompt leaks answer');
		if (sentence && !reviewText(sentence).includes(reviewedAnswer) && !reviewedArticle.includes(reviewedAnswer)) bad.push('answer not in source');
		if (HEDGE.test(answer.trim())) bad.push('hedge inside answer');
	}
	if (type === 'mcq') {
		const options = q.options.map(reviewText);
		if (options.length < 3 || options.length > 6) bad.push(`${options.length} options`);
		if (new Set(options).size !== options.length) bad.push('duplicate options');
		if (options.filter((o) => o === reviewedAnswer).length !== 1) bad.push('answer not exactly once among options');
		if (q.options.some((o) => HEDGE.test(o.trim()))) bad.push('hedge inside an option');
	}
	if (type === 'true-false' && reviewedAnswer !== 'true' && reviewedAnswer !== 'false') bad.push('true-false answer not true/false');
	const article = ARTICLE_BEFORE_GAP.exec(prompt);
	if (article && answer) {
		const word = answer.trim();
		const vowel = VOWEL_LETTER.test(word) && !CONSONANT_DESPITE_VOWEL.test(word);
		if ((article[1]!.toLowerCase() === 'a') === vowel) bad.push('a/an disagrees with answer');
	}
	return bad;
}

function nearDuplicates(questions: readonly CheckedQuestion[]): number {
	const words = questions.map((q) => ({ type: q.type ?? null, words: wordSet(q.prompt) }));
	let pairs = 0;
	for (let i = 0; i < words.length; i++) {
		for (let j = i + 1; j < words.length; j++) {
			if (words[i]!.type === words[j]!.type && similarWords(words[i]!.words, words[j]!.words)) pairs++;
		}
	}
	return pairs;
}

/** Every figure of the review; the coverage ones only with a fact list. */
export function checkDeck(articleText: string, deck: CheckedDeck, facts?: FactList): DeckCheck {
	const questions = deck.questions;
	const reviewedArticle = reviewText(articleText);
	const byType: Record<string, number> = {};
	const examples: Record<string, string[]> = {};
	let failing = 0;
	for (const q of questions) {
		const type = q.type ?? 'null';
		byType[type] = (byType[type] ?? 0) + 1;
		const defects = questionDefects(q, reviewedArticle);
		if (defects.length) failing++;
		for (const defect of defects) (examples[defect] ??= []).push(q.prompt.slice(0, 90));
	}
	const ids = questions.map((q) => q.id ?? null);
	const result: DeckCheck = {
		questions: questions.length,
		by_type: byType,
		failing,
		structural_pct: questions.length ? roundHalfEven((100 * (questions.length - failing)) / questions.length, 1) : 0,
		defects: Object.fromEntries(Object.entries(examples).map(([defect, prompts]) => [defect, prompts.length])),
		defect_examples: Object.fromEntries(Object.entries(examples).map(([defect, prompts]) => [defect, prompts.slice(0, 3)])),
		pronoun_start: questions.filter((q) => PRONOUN_START.test(q.prompt.trim())).length,
		near_duplicates: nearDuplicates(questions),
		duplicate_ids: ids.length - new Set(ids).size
	};
	if (!facts) return result;
	const asGraded = questions.map((q) => ({ ...q, type: q.type ?? '' }));
	const coverage = measureCoverage(facts, asGraded);
	// Strict: only the questions that make the learner produce or pick the answer.
	const strict = measureCoverage(facts, asGraded.filter((q) => ASKS_FOR_ANSWER.has(q.type)));
	return {
		...result,
		coverage: coverage.covered,
		strict_coverage: strict.covered,
		facts: coverage.total,
		missed: coverage.missed,
		must_not_hits: coverage.mustNotHits.length
	};
}

/** The one line a reviewer reads: 'deck: N questions, structural P%, …, must-not M'. */
export function summaryLine(check: DeckCheck): string {
	let line = `deck: ${check.questions} questions, structural ${check.structural_pct.toFixed(1)}%, near-dup ${check.near_duplicates}, dup-ids ${check.duplicate_ids}, pronoun-start ${check.pronoun_start}`;
	if (check.facts !== undefined) {
		const share = check.facts ? roundHalfEven((100 * check.coverage!) / check.facts) : 100;
		line += `, coverage ${check.coverage}/${check.facts} (${share}%), strict ${check.strict_coverage}/${check.facts}, must-not ${check.must_not_hits}`;
	}
	return line;
}
