// Text from HTML as a reader sees it: one paragraph per block, headings as Markdown headings (the
// generator never asks about them), list items as their own lines. Shared by the HTML and Word readers.

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, figcaption, dd, dt';

export function textFromHtml(root: ParentNode): string {
	const out: string[] = [];
	for (const el of root.querySelectorAll(BLOCKS)) {
		// A block inside another block is read with its outer one.
		if (el.parentElement?.closest(BLOCKS)) continue;
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!text) continue;
		out.push(/^H[1-6]$/.test(el.tagName) ? `## ${text}` : text);
	}
	if (!out.length) {
		const all = (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
		if (all) out.push(all);
	}
	return out.join('\n\n');
}
