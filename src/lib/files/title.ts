/** The text a title line adds in front of an article, as the front matter the generator reads. */
export function withTitle(text: string, title: string | null | undefined): string {
	const clean = title?.replace(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
	return clean ? `---\ntitle: ${JSON.stringify(clean)}\n---\n\n${text}` : text;
}
