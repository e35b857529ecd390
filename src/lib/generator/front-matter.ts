/** An article file: optional YAML front matter between `---` lines, then the body. */
export interface ArticleFile {
	frontMatter: string | undefined;
	body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)(?:[ \t]*\r?\n)?/;

/**
 * Splits front matter from the body. The body starts after the closing `---` and one blank line,
 * and is the text that question offsets index into.
 */
export function splitFrontMatter(text: string): ArticleFile {
	const match = FRONT_MATTER.exec(text);
	if (!match) return { frontMatter: undefined, body: text.replace(/^\uFEFF/, '') };
	return { frontMatter: match[1], body: text.slice(match[0].length) };
}
