/** An article file: optional YAML front matter between `---` lines, then the body. */
export interface ArticleFile {
	frontMatter: string | undefined;
	body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)(?:[ \t]*\r?\n)?/;
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
/** A line of front matter: `key: value`, or a list item / continuation indented under one. */
const FIELD_LINE = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t].*)?|[ \t]+\S.*|[ \t]*-[ \t].*)\r?$/;

/**
 * Splits front matter from the body. The body starts after the closing `---` and one blank line,
 * and is the text that question offsets index into. Front matter someone forgot to close (`---`,
 * then `key: value` lines, then a blank line) is read as front matter up to the blank line, so that
 * it never becomes the article's title or first sentence.
 */
export function splitFrontMatter(text: string): ArticleFile {
	const match = FRONT_MATTER.exec(text);
	if (match) return { frontMatter: match[1], body: text.slice(match[0].length) };
	const opening = OPENING.exec(text);
	if (opening) {
		const unclosed = readUnclosed(text, opening[0].length);
		if (unclosed) return unclosed;
	}
	return { frontMatter: undefined, body: text.replace(/^\uFEFF/, '') };
}

function readUnclosed(text: string, from: number): ArticleFile | undefined {
	const lines: string[] = [];
	let at = from;
	while (at < text.length) {
		const newline = text.indexOf('\n', at);
		const end = newline < 0 ? text.length : newline;
		const line = text.slice(at, end);
		at = newline < 0 ? text.length : newline + 1;
		if (!line.trim()) break;
		if (!FIELD_LINE.test(line)) return undefined;
		lines.push(line.replace(/\r$/, ''));
	}
	if (!lines.length) return undefined;
	// The blank line after it goes with it, as after a closed one.
	return { frontMatter: lines.join('\n'), body: text.slice(at) };
}
