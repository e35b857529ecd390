// An article someone brings (pasted, opened, or given to the CLI): checked before the generator
// sees it, so that bad input gets a message saying what is wrong, never a frozen page or a crash.

/** The most an article may take, in UTF-8 bytes: the CLI and the browser refuse more. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleInput = { ok: true; text: string } | { ok: false; problem: string };

const MB = 1024 * 1024;

export function describeSize(bytes: number): string {
	return bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLarge(bytes: number): string {
	return `too large (${describeSize(bytes)}, over the limit of ${describeSize(MAX_ARTICLE_BYTES)})`;
}

/** UTF-8 bytes of a string, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

// Control characters other than tab, line feed, form feed and carriage return: text has few or none.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Checks text typed or pasted (or decoded from a file): not empty, not too large, not binary. */
export function checkArticleText(text: string): ArticleInput {
	// A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no counting.
	const bytes = text.length > MAX_ARTICLE_BYTES / 3 ? utf8Length(text) : text.length;
	if (bytes > MAX_ARTICLE_BYTES) return { ok: false, problem: `The text is ${tooLarge(bytes)}.` };
	if (!text.trim()) return { ok: false, problem: 'The text is empty: paste an article or open a file.' };
	if (text.includes('\u0000')) return { ok: false, problem: 'This is binary data (it contains NUL characters), not text.' };
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls > Math.max(8, text.length / 100)) {
		return { ok: false, problem: `This looks like binary data, not text (${controls} control characters).` };
	}
	if (!/\p{L}{2}/u.test(text)) return { ok: false, problem: 'The text has no words to make questions from.' };
	return { ok: true, text };
}

/** Reads a file's bytes as an article: at most MAX_ARTICLE_BYTES, no NUL bytes, valid UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): ArticleInput {
	if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, problem: `The file is ${tooLarge(bytes.length)}.` };
	if (bytes.includes(0)) return { ok: false, problem: 'This is a binary file (it contains NUL bytes), not text.' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: 'This file is not UTF-8 text.' };
	}
	return checkArticleText(text);
}
