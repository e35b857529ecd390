// Markdown an article may come in, read as the plain text a reader sees: "**European Union**" is
// "European Union", "[electric cars](https://…)" is "electric cars", a list item is a paragraph of
// its own, and images and code are no part of the story. The deck's article is this text, so that
// every question's offsets point into what the learner reads. Headings keep their "#": splitBlocks
// reads them as headings. Line by line, with regular expressions that cannot backtrack far.

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE_MARKER = /^\s{0,3}(>\s?)+/;
const LIST_MARKER = /^\s{0,6}([-*+]|\d{1,3}[.)])\s+(?=\S)/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\]\([^)\n]*\)/g;
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const CODE = /`([^`\n]+)`/g;
const STRONG = /(\*\*|__)([^*_\s](?:[^*\n]*?[^*_\s])?)\1/g;
const EMPHASIS = /(?<![\p{L}\p{N}*])([*_])([^*_\s](?:[^*_\n]*?[^*_\s])?)\1(?![\p{L}\p{N}*])/gu;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>\n]*)?\/?>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>', '&mdash;': '—', '&ndash;': '–', '&hellip;': '…', '&rsquo;': '’', '&lsquo;': '‘', '&rdquo;': '”', '&ldquo;': '“' };
const ENTITY = new RegExp(Object.keys(ENTITIES).join('|'), 'g');

/** The inline markup of one line taken away: links keep their text, images go. */
function plainLine(line: string): string {
	return line
		.replace(IMAGE, '')
		.replace(LINK, '$1')
		.replace(REFERENCE_LINK, '$1')
		.replace(AUTOLINK, '$1')
		.replace(CODE, '$1')
		.replace(STRONG, '$2')
		.replace(EMPHASIS, '$2')
		.replace(HTML_TAG, '')
		.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
}

export function plainFromMarkdown(text: string): string {
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
