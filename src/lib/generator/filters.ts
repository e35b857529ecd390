import { CLOZE_GAP } from '../deck/schema';
import { ARTICLE_BEFORE_GAP, GAPS } from './gap';
import { alternatives, DEMONSTRATIVES, HEDGES, OBJECT_ONLY_PRONOUNS, THIRD_PERSON_PRONOUNS } from './lexicon';
import { answerKey, reviewText, wordSet } from './text-forms';

/** A question as the filters see it: what a learner reads, and where it came from. */
export interface Draft {
	type: 'mcq' | 'cloze' | 'true-false' | 'short-answer' | 'flashcard';
	prompt: string;
	answer: string;
	options?: string[];
	accept?: string[];
	source: { sentence: string; start: number; end: number };
	/** A pronoun of the prompt points outside it and could not be resolved (found with the parse). */
	unresolved?: boolean;
	/** The source sentence lies in a paragraph of the article (not a heading, not boilerplate). */
	inParagraph: boolean;
}

export interface FilterContext {
	/** Is `option` also right for this question, according to the article? */
	alsoTrue: (draft: Draft, option: string) => boolean;
}

export interface QualityFilter {
	name: string;
	/** Why the draft is rejected, or undefined when it passes. */
	check: (draft: Draft, context: FilterContext) => string | undefined;
}

const ASKS_FOR_ANSWER = new Set(['mcq', 'cloze', 'short-answer']);
const HEDGE_START = new RegExp(`^(${HEDGES.join('|')})\\b`, 'i');
const PRONOUN_START = new RegExp(`^(${alternatives(THIRD_PERSON_PRONOUNS)}|${alternatives(DEMONSTRATIVES)}|such)\\b`, 'i');
const VOWEL_SOUND = /^([aeiou]|8|11\b|18\b|hour|honest|heir|f\b|h\b|l\b|m\b|n\b|r\b|s\b|x\b|mp\b|fbi|mba|nba|nfl|nhs|imf|llc|rnd)/i;
const CONSONANT_SOUND_DESPITE_VOWEL = /^(one\b|once\b|uni|use|usu|eu|u\.s|ufo|ukr|ura|ure)/i;

const GAP_BESIDE_BRACKET = new RegExp(`${CLOZE_GAP.source}\\s*\\(|\\(\\s*${CLOZE_GAP.source}`);
const EXAMPLE_BEFORE_GAP = new RegExp(`\\b(?:like|such as|for example|for instance|say|e\\.g\\.)\\s+${CLOZE_GAP.source}`, 'i');
/** "the last 16", "the Top 40". */
const STOCK_NUMBER = /^(?:last|top) \d+$/i;
const STOCK_NUMBER_BEFORE_GAP = new RegExp(`\\b(?:last|top)\\s+${CLOZE_GAP.source}`, 'i');

/** Capitalised words that open a sentence and are no names. */
const NOT_NAMES = new Set([
	...'the a an in on at during while when after before since for with by from earlier later there speaking as although though if however despite under over meanwhile notably according'.split(' '),
	...DEMONSTRATIVES,
	...[...THIRD_PERSON_PRONOUNS].filter((p) => !OBJECT_ONLY_PRONOUNS.has(p))
]);
const REFERENT_NOUNS = /^(country|company|firm|government|group|economy|party|team|club|bank|giant|maker|city|nation|state|agency|market|business|president|ceo|player|side|mission|telescope|spacecraft|crew|man|woman)$/;

/** A pronoun in the prompt with nothing before it that it could stand for. */
export function hasDanglingPronoun(prompt: string): boolean {
	const words = prompt.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
	return words.some((word, i) => {
		if (!THIRD_PERSON_PRONOUNS.has(word.toLowerCase())) return false;
		const before = words.slice(0, i);
		return !before.some(
			(w) => /^(which|who|whom|what)$/i.test(w) || REFERENT_NOUNS.test(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()))
		);
	});
}

/**
 * The article a reader who goes by the first letter expects ("an" before a, e, i, o, u): "a US
 * court" and "an FBI agent" are right, but such a reader calls them wrong, so no gap after "a" or
 * "an" is filled by a word whose letter and sound disagree.
 */
export function takesArticle(word: string, article: 'a' | 'an'): boolean {
	const text = word.trim();
	const byLetter = /^[aeiou8]|^1[18]\b|^honest|^hour/i.test(text) && !/^(one|uni|eu|use)/i.test(text);
	const bySound = startsWithVowelSound(text);
	return byLetter === bySound && bySound === (article === 'an');
}

export function startsWithVowelSound(word: string): boolean {
	const text = word.replace(/^[^\p{L}\p{N}]+/u, '');
	// An acronym is read letter by letter: "an FBI agent", "a US deal", "an EU rule".
	const acronym = /^([A-Z])[A-Z]{1,4}\b/.exec(text);
	if (acronym) return 'AEFHILMNORSX'.includes(acronym[1]!);
	return VOWEL_SOUND.test(text) && !CONSONANT_SOUND_DESPITE_VOWEL.test(text);
}

function contains(haystack: string, needle: string): boolean {
	const n = reviewText(needle);
	return !!n && reviewText(haystack).includes(n);
}

/** The digits of a number that say which it is: "0.00347" and "3.47" are both "347". */
function significantDigits(text: string): string {
	return text.replace(/\D/g, '').replace(/^0+/, '');
}

/**
 * Part of the answer that the prompt shows elsewhere: a name inside a compound ("the Hoover-Stimson
 * Doctrine" for "Henry Stimson"), or its digits written another way ("3.47" for "0.00347").
 */
function partShown(prompt: string, answer: string): string | undefined {
	const rest = prompt.replace(GAPS, ' ');
	const words = new Set(rest.split(/[^\p{L}\p{N}]+/u));
	const name = answer.split(/[\s-]+/).find((w) => w.length >= 4 && /^\p{Lu}/u.test(w) && words.has(w));
	if (name) return `the prompt shows "${name}" of the answer`;
	// "One light-year is the distance light travels in _____" (one year): a compound in the prompt holds the answer's noun.
	const compounds = rest.match(/\p{L}+-\p{L}+/gu) ?? [];
	const unit = /^(?:one|a|an|1)\s+(\p{L}{3,})$/iu.exec(answer.trim());
	if (unit && compounds.some((c) => c.toLowerCase().endsWith(`-${unit[1]!.toLowerCase()}`))) return `the prompt shows "${unit[1]}" of the answer`;
	const digits = significantDigits(answer);
	if (digits.length >= 3 && /^[\d\s.,$£€¥%-]+(?:bn|m|k)?$/i.test(answer) && (rest.match(/[\d.,]*\d/g) ?? []).some((n) => significantDigits(n).includes(digits))) {
		return "the prompt shows the answer's digits";
	}
	return undefined;
}

export const FILTERS: QualityFilter[] = [
	{
		name: 'answer in the source sentence',
		check: (d) => (ASKS_FOR_ANSWER.has(d.type) && !contains(d.source.sentence, d.answer) ? 'the answer is not in its source sentence' : undefined)
	},
	{
		name: 'stem does not give the answer away',
		check: (d) => {
			if (ASKS_FOR_ANSWER.has(d.type) && contains(d.prompt, d.answer)) return 'the prompt contains the answer';
			if (d.type === 'flashcard' && answerKey(d.prompt) === answerKey(d.answer)) return 'the back repeats the front';
			return undefined;
		}
	},
	{
		name: 'stem shows no part of the answer',
		check: (d) => (ASKS_FOR_ANSWER.has(d.type) ? partShown(d.prompt, d.answer) : undefined)
	},
	{
		// "…to woo the _____ (also accepted: LSE)… the LSE's shareholders": another name for it is in the prompt.
		name: 'stem shows no other name of the answer',
		check: (d) => {
			if (!ASKS_FOR_ANSWER.has(d.type)) return undefined;
			const rest = ` ${d.prompt.replace(GAPS, ' ')} `;
			const shown = (d.accept ?? []).find((a) => a.length >= 3 && /^\p{Lu}/u.test(a) && new RegExp(`[^\\p{L}\\d]${alternatives([a])}[^\\p{L}\\d]`, 'u').test(rest));
			return shown ? `the prompt shows "${shown}", which is accepted for the answer` : undefined;
		}
	},
	{
		// "…laptops and _____ (Personal Digital Assistants)" spells the answer out; "Saturn (_____)" asks an aside.
		name: 'no gap beside a bracket',
		check: (d) =>
			(d.type === 'cloze' || d.type === 'mcq') && GAP_BESIDE_BRACKET.test(d.prompt)
				? 'a bracket beside the gap glosses the answer or is an aside'
				: undefined
	},
	{
		// "the last _____" (16), "in the Top _____" (40): the number belongs to a stock phrase, not to a fact.
		name: 'no number of a stock phrase',
		check: (d) =>
			(d.type === 'cloze' || d.type === 'mcq') && (STOCK_NUMBER.test(d.answer.trim()) || (/^\d+$/.test(d.answer.trim()) && STOCK_NUMBER_BEFORE_GAP.test(d.prompt)))
				? `"${d.answer}" is part of a stock phrase`
				: undefined
	},
	{
		// "Now take a number like _____": an example the text picked, not a fact it teaches.
		name: 'no example number',
		check: (d) =>
			(d.type === 'cloze' || d.type === 'mcq') && /\d/.test(d.answer) && EXAMPLE_BEFORE_GAP.test(d.prompt) ? `"${d.answer}" is an example, not a fact` : undefined
	},
	{
		name: 'options distinct',
		check: (d) => {
			if (d.type !== 'mcq') return undefined;
			const options = (d.options ?? []).map(answerKey);
			if (options.length < 3) return 'fewer than three options';
			if (new Set(options).size !== options.length) return 'two options are the same';
			const right = answerKey(d.answer);
			if (options.filter((o) => o === right).length !== 1) return 'the answer is not among the options exactly once';
			return undefined;
		}
	},
	{
		name: 'no wrong option is also true',
		check: (d, context) => {
			if (d.type !== 'mcq') return undefined;
			const right = answerKey(d.answer);
			const alsoTrue = (d.options ?? []).find((o) => answerKey(o) !== right && context.alsoTrue(d, o));
			return alsoTrue ? `the article also supports "${alsoTrue}"` : undefined;
		}
	},
	{
		name: 'no hedge in an answer or option',
		check: (d) => {
			const hedged = [d.answer, ...(d.options ?? [])].find((o) => HEDGE_START.test(o.trim()));
			return hedged ? `"${hedged}" starts with a hedge` : undefined;
		}
	},
	{
		name: 'a/an agrees',
		check: (d) => {
			const match = ARTICLE_BEFORE_GAP.exec(d.prompt);
			if (!match) return undefined;
			const wantsVowel = match[1]!.toLowerCase() === 'an';
			const bad = [d.answer, ...(d.options ?? [])].find((o) => !takesArticle(o, wantsVowel ? 'an' : 'a'));
			return bad ? `"${match[1]}" before "${bad}"` : undefined;
		}
	},
	{
		name: 'no unresolved pronoun',
		check: (d) =>
			d.unresolved || PRONOUN_START.test(d.prompt.trim()) || (d.type === 'flashcard' && hasDanglingPronoun(`${d.prompt} ${d.answer}`))
				? 'the prompt rests on a pronoun it does not resolve'
				: undefined
	},
	{
		name: 'does not start mid-quote',
		// A straight quote may open a quotation; a closing one or a lower-case letter means the text began before.
		check: (d) => (/^[”’)\]]|^\p{Ll}/u.test(d.prompt.trim()) || /^[”’)\]]/u.test(d.source.sentence.trim()) ? 'the prompt starts inside a quotation' : undefined)
	},
	{
		name: 'not from boilerplate or a heading',
		check: (d) => (d.inParagraph ? undefined : 'the source is a heading or boilerplate')
	},
	{
		name: 'cloze has one gap',
		check: (d) => (d.type === 'cloze' && (d.prompt.match(GAPS) ?? []).length !== 1 ? 'a gap-fill needs exactly one gap' : undefined)
	},
	{
		name: 'readable length',
		check: (d) => {
			const words = d.prompt.split(/\s+/).length;
			if (words > 60) return `the prompt is ${words} words long`;
			if (ASKS_FOR_ANSWER.has(d.type) && d.answer.split(/\s+/).length > 8) return 'the answer is too long to type or pick';
			if (d.type !== 'cloze' && d.type !== 'mcq' && CLOZE_GAP.test(d.prompt)) return 'a gap in a question that is not gap-fill';
			return undefined;
		}
	}
];

/** The first reason a draft fails, or undefined when every filter passes it. */
export function rejection(draft: Draft, context: FilterContext): string | undefined {
	for (const filter of FILTERS) {
		const reason = filter.check(draft, context);
		if (reason) return `${filter.name}: ${reason}`;
	}
	return undefined;
}

/** Two prompts of one type that share more than 90% of their words are one question asked twice. */
export function similarWords(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
	if (!x.size || !y.size) return false;
	// The share is at most the smaller size over the larger: sets that far apart in size need no count.
	if (10 * Math.min(x.size, y.size) <= 9 * Math.max(x.size, y.size)) return false;
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared / (x.size + y.size - shared) > 0.9;
}

export function nearDuplicate(a: string, b: string): boolean {
	return similarWords(wordSet(a), wordSet(b));
}
