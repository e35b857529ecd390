/**
 * Text normalisation shared by ids and answer comparison: two strings that a reader would call
 * "the same words" normalise to the same string.
 */
const QUOTES: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u201b': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u00ab': '"',
	'\u00bb': '"'
};

/** NFKC, lower case, typographic quotes made plain, runs of white space collapsed, trimmed. */
export function normalizeText(text: string): string {
	// NFKC is costly and changes nothing in plain ASCII.
	return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text)
		.toLowerCase()
		.replace(/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb]/g, (c) => QUOTES[c] ?? c)
		.replace(/\s+/g, ' ')
		.trim();
}

/** normalizeText, then without the punctuation that wraps or ends an answer ("Alibaba." = "alibaba"). */
export function normalizeAnswer(text: string): string {
	return normalizeText(text)
		.replace(/^["'([{\s]+/, '')
		.replace(/["')\]}\s.,;:!?]+$/, '');
}
