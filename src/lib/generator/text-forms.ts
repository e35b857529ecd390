// The forms in which the generator compares text: plain words (is an option also true?), review
// text (does a prompt give its answer away?) and word sets (are two prompts one question?).
// Each is defined by Unicode regular expressions; V8 runs those 3–4× slower than their ASCII twins,
// and they run on every prompt and option, so text whose letters and digits are all ASCII takes
// the ASCII twin. `text-forms.test.ts` checks both paths give the same on any text.
import { normalizeAnswer, normalizeText } from '../deck/normalize';

/**
 * No letter or digit outside ASCII: only ASCII, general punctuation and spaces (U+2000–U+206F:
 * dashes, quotes, ellipses), currency signs, "£" and "°". For such text \p{L} is [A-Za-z] and
 * \p{N} is [0-9].
 */
const ASCII_WORDS = /^[\x00-\x7f\u2000-\u206f\u20a0-\u20bf\u00a3\u00b0]*$/;

const PLAIN_DROP = { ascii: /[^A-Za-z0-9$%.,]+/g, unicode: /[^\p{L}\p{N}$%.,]+/gu };
const REVIEW_DROP = { ascii: /[^A-Za-z0-9_%$.'\- ]+/g, unicode: /[^\p{L}\p{N}_%$.'\- ]+/gu };
const WORD = { ascii: /[A-Za-z0-9_]+/g, unicode: /[\p{L}\p{N}_]+/gu };

function pick<T>(text: string, forms: { ascii: T; unicode: T }): T {
	return ASCII_WORDS.test(text) ? forms.ascii : forms.unicode;
}

/** Lower case, possessives and punctuation gone, number punctuation kept: " alibaba business 52 billion ". */
export function plain(text: string): string {
	const normal = normalizeText(text);
	const words = normal
		.replace(/'s\b/g, '')
		.replace(pick(normal, PLAIN_DROP), ' ')
		.replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
		// Only spaces are left of the white space: runs of them become one.
		.replace(/ {2,}/g, ' ')
		.trim();
	return ` ${words} `;
}

const STOP = new Set('the a an of in on at to for and or but with by from as is was were are be been has have had its it this that which who what when where how than then their there these those also into over after before about said says will would could can may not no'.split(' '));

/** The words of `text` that carry meaning: three letters or more, no function words. */
export function contentWords(text: string): string[] {
	return plain(text)
		.trim()
		.split(' ')
		.filter((w) => w.length > 2 && !STOP.has(w));
}

export function isStopWord(word: string): boolean {
	return STOP.has(word);
}

/** Every memo made by `memoized`, so that a new generation can empty them all. */
const memos: Map<string, unknown>[] = [];

/**
 * A memo for a form of text, for one generation: the same sentences, answers and options are
 * compared many times within one. Emptied when full, and by `forgetTextForms` when a generation
 * starts: one article's work is never another's, so a deck costs the same whatever was read before
 * (and a benchmark over articles that share sentences measures no work left over from the last).
 */
export function memoized<T>(form: (text: string) => T): (text: string) => T {
	const memo = new Map<string, T>();
	memos.push(memo);
	return (text) => {
		let value = memo.get(text);
		if (value === undefined) {
			if (memo.size > 4096) memo.clear();
			memo.set(text, (value = form(text)));
		}
		return value;
	};
}

/** Empties every memo of text forms: called as a generation starts. */
export function forgetTextForms(): void {
	for (const memo of memos) memo.clear();
}

/**
 * Text as a reviewer compares it: lower case, plain quotes, only word characters and `%$.'-` kept.
 * Containment is plain substring containment, as strict as the review: an answer "AI" is given
 * away by any prompt with "said" in it.
 */
export const reviewText = memoized(reviewUncached);

/** normalizeAnswer, remembered: options are compared with each other and the answer many times. */
export const answerKey = memoized(normalizeAnswer);

function reviewUncached(text: string): string {
	const normal = normalizeText(text);
	return normal
		.replace(pick(normal, REVIEW_DROP), ' ')
		.replace(/\s+/g, ' ')
		.replace(/^[ .]+|[ .]+$/g, '');
}

/**
 * Words as a reviewer counts them: a gap of underscores is a word too. Taken from the review text
 * (the same runs of letters, digits and underscores) rather than normalised anew; remembered, as
 * every prompt's words are compared with those of the prompts kept before it.
 */
export const wordSet = memoized((text): ReadonlySet<string> => {
	const review = reviewText(text);
	return new Set(review.match(pick(review, WORD)) ?? []);
});
