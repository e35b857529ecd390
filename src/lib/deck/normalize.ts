/**
 * Text normalisation shared by ids and answer comparison: two strings that a reader would call
 * "the same words" normalise to the same string.
 */

/**
 * Characters NFKC leaves as they are and that fill news text: ASCII, typographic quotes and dashes.
 * NFKC is the costliest step and is skipped for text made of these alone (the generator normalises
 * thousands of sentences per article).
 */
const NFKC_STABLE = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
// Only what changes: a run of two or more, or one white-space character that is not a space.
const WHITE_SPACE = /\s{2,}|[^\S ]/g;

/** NFKC, lower case, typographic quotes made plain, runs of white space collapsed, trimmed. */
export function normalizeText(text: string): string {
	return (NFKC_STABLE.test(text) ? text : text.normalize('NFKC'))
		.toLowerCase()
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(WHITE_SPACE, ' ')
		.trim();
}

/** normalizeText, then without the punctuation that wraps or ends an answer ("Alibaba." = "alibaba"). */
export function normalizeAnswer(text: string): string {
	return normalizeText(text)
		.replace(/^["'([{\s]+/, '')
		.replace(/["')\]}\s.,;:!?]+$/, '');
}
