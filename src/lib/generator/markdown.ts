// Markdown an article may come in, read as the plain text a reader sees: "**European Union**" is
// "European Union", "[electric cars](https://…)" is "electric cars", a list item is a paragraph of
// its own, and images and code are no part of the story. The deck's article is this text, so that
// every question's offsets point into what the learner reads. Headings keep their "#": splitBlocks
// reads them as headings. Line by line, in time linear in the line's length: links, images, autolinks
// and strong emphasis are found by scanners (replaceScanned, plainStrong) rather than regular expressions,
// which took time quadratic in the length of a line of "[" or "__a " (100 KB of "[": 13.5 s).
// Bidirectional overrides and isolates are dropped: they can make text read differently from what it is.

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE_MARKER = /^\s{0,3}(>\s?)+/;
const LIST_MARKER = /^\s{0,6}([-*+]|\d{1,3}[.)])\s+(?=\S)/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/;
const CODE = /`([^`\n]+)`/g;
const EMPHASIS = /(?<![\p{L}\p{N}*])([*_])([^*_\s](?:[^*_\n]*?[^*_\s])?)\1(?![\p{L}\p{N}*])/gu;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>\n]*)?\/?>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>', '&mdash;': '—', '&ndash;': '–', '&hellip;': '…', '&rsquo;': '’', '&lsquo;': '‘', '&rdquo;': '”', '&ldquo;': '“' };
const ENTITY = new RegExp(Object.keys(ENTITIES).join('|'), 'g');

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces, left to right and without overlap, every match that `matchAt` finds: it returns the end
 * of a match at `i` and its replacement, or where the next match may start at the earliest. That
 * skip is what keeps a scan linear: every start before it would fail for the same reason.
 */
function replaceScanned(line: string, starts: string, matchAt: (line: string, i: number) => { end: number; text: string } | { skipTo: number }): string {
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < line.length) {
		const next = line.indexOf(starts, i);
		if (next < 0) break;
		const found = matchAt(line, next);
		if ('end' in found) {
			out += line.slice(copied, next) + found.text;
			copied = i = found.end;
		} else {
			i = Math.max(found.skipTo, next + 1);
		}
	}
	return copied === 0 ? line : out + line.slice(copied);
}

/** `[text]` at i (text not empty, no "]"): the index of its "]", or -1 / the place to skip to. */
function bracketClose(line: string, i: number): number {
	return line.indexOf(']', i + 1);
}

/** `![alt](url)` → "": as /!\[[^\]\n]*\]\([^)\n]*\)/g. */
function image(line: string, i: number) {
	const close = bracketClose(line, i + 1);
	if (close < 0) return { skipTo: line.length };
	if (line[close + 1] !== '(') return { skipTo: close + 1 };
	const paren = line.indexOf(')', close + 2);
	return paren < 0 ? { skipTo: line.length } : { end: paren + 1, text: '' };
}

/** `[text](url)` → text: as /\[([^\]\n]+)\]\([^)\n]*\)/g. */
function link(line: string, i: number) {
	const close = bracketClose(line, i);
	if (close < 0) return { skipTo: line.length };
	if (close === i + 1 || line[close + 1] !== '(') return { skipTo: close + 1 };
	const paren = line.indexOf(')', close + 2);
	return paren < 0 ? { skipTo: line.length } : { end: paren + 1, text: line.slice(i + 1, close) };
}

/** `[text][ref]` → text: as /\[([^\]\n]+)\]\[[^\]\n]*\]/g. */
function referenceLink(line: string, i: number) {
	const close = bracketClose(line, i);
	if (close < 0) return { skipTo: line.length };
	if (close === i + 1 || line[close + 1] !== '[') return { skipTo: close + 1 };
	const second = line.indexOf(']', close + 2);
	// The "[" after the first "]" may itself start a link: the scan goes on from there.
	return second < 0 ? { skipTo: close + 1 } : { end: second + 1, text: line.slice(i + 1, close) };
}

const AUTOLINK_SCHEMES = ['http://', 'https://', 'mailto:'];
const AUTOLINK_STOP = /[>\s]/g;

/** `<https://…>` → the address: as /<((?:https?:\/\/|mailto:)[^>\s]+)>/g. */
function autolink(line: string, i: number) {
	const scheme = AUTOLINK_SCHEMES.find((s) => line.startsWith(s, i + 1));
	if (!scheme) return { skipTo: i + 1 };
	const from = i + 1 + scheme.length;
	AUTOLINK_STOP.lastIndex = from;
	const stop = AUTOLINK_STOP.exec(line)?.index ?? line.length;
	if (stop > from && line[stop] === '>') return { end: stop + 1, text: line.slice(i + 1, stop) };
	// Every "<" before the stop ends at the same stop, and fails the same way.
	return { skipTo: stop };
}

const NOT_EDGE = /[*_\s]/;

/**
 * Strong emphasis, `**text**` or `__text__` → text: as /(\*\*|__)([^*_\s](?:[^*\n]*?[^*_\s])?)\1/g.
 * The text has no "*"; it starts and ends with a character other than "*", "_" or a space; the
 * closing delimiter is the first one after a character that may end the text (and, the expression's
 * optional group being greedy, a text of two or more characters is preferred to one). For "__" the
 * candidates are precomputed right to left, so that no start scans the line again.
 */
function plainStrong(line: string): string {
	if (!line.includes('**') && !line.includes('__')) return line;
	const n = line.length;
	// nextStar[p]: the first "*" at or after p; nextUnderscoreClose[p]: the first e >= p where "__"
	// starts after a character that may end the text.
	const nextStar = new Int32Array(n + 1).fill(n);
	const nextUnderscoreClose = new Int32Array(n + 2).fill(n);
	for (let p = n - 1; p >= 0; p--) {
		nextStar[p] = line[p] === '*' ? p : nextStar[p + 1]!;
		const closes = p > 0 && line[p] === '_' && line[p + 1] === '_' && !NOT_EDGE.test(line[p - 1]!);
		nextUnderscoreClose[p] = closes ? p : nextUnderscoreClose[p + 1]!;
	}
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < n - 1) {
		const a = line[i];
		if ((a === '*' || a === '_') && line[i + 1] === a && i + 2 < n && !NOT_EDGE.test(line[i + 2]!)) {
			let end = -1;
			if (a === '*') {
				const e = nextStar[i + 2]!;
				if (e < n && line[e + 1] === '*' && !NOT_EDGE.test(line[e - 1]!)) end = e;
			} else {
				// The optional middle is tried first: a close after two or more characters of text
				// wins; only without one does "__x__" close right after its one character.
				const e = nextUnderscoreClose[i + 4]!;
				if (e < n && nextStar[i + 2]! >= e) end = e;
				else if (line[i + 3] === '_' && line[i + 4] === '_') end = i + 3;
			}
			if (end >= 0) {
				out += line.slice(copied, i) + line.slice(i + 2, end);
				copied = i = end + 2;
				continue;
			}
		}
		i++;
	}
	return copied === 0 ? line : out + line.slice(copied);
}

/** The inline markup of one line taken away: links keep their text, images go. */
function plainLine(line: string): string {
	const linked = replaceScanned(replaceScanned(replaceScanned(replaceScanned(line, '![', image), '[', link), '[', referenceLink), '<', autolink);
	return plainStrong(linked.replace(CODE, '$1'))
		.replace(EMPHASIS, '$2')
		.replace(HTML_TAG, '')
		.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity)
		.replace(CHARACTER_REFERENCE, decodeReference);
}

/** "&#163;", "&#xA3;": a character written as its number, read as the character ("£"), never as a number. */
const CHARACTER_REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;

function decodeReference(reference: string, decimal: string | undefined, hex: string | undefined): string {
	const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
	// Control characters, surrogates and numbers past Unicode stay as written.
	return code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0x7f && code < 0xa0) ? String.fromCodePoint(code) : reference;
}

export function plainFromMarkdown(markdown: string): string {
	const text = markdown.replace(BIDI_CONTROLS, '');
	const out: string[] = [];
	let inCode = false;
	let wasQuoted = false;
	for (const line of text.split('\n')) {
		if (FENCE.test(line)) {
			inCode = !inCode;
			out.push('');
			continue;
		}
		if (inCode || RULE.test(line) || LINK_DEFINITION.test(line)) {
			out.push('');
			continue;
		}
		const quoted = QUOTE_MARKER.test(line);
		let body = line.replace(QUOTE_MARKER, '');
		// A list item, or a quotation after other text, is a paragraph of its own: a blank line before
		// it keeps it apart from the line above.
		const item = LIST_MARKER.test(body);
		if (item) body = body.replace(LIST_MARKER, '');
		if ((item || (quoted && !wasQuoted)) && out.length && out[out.length - 1]!.trim()) out.push('');
		wasQuoted = quoted;
		const plain = plainLine(body);
		// Markup taken from the end of a line ("… ![A factory](f.jpg)") leaves no trailing space.
		out.push(plain === body ? plain : plain.replace(/[ \t]+$/, ''));
	}
	return out.join('\n');
}
