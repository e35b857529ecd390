// Plain text from the HTML other apps put in fields (Anki with #html:true, GIFT's [html] format):
// line breaks kept, tags dropped, entities decoded. No DOM: this runs in the worker, the CLI and tests.

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

/** Decodes &amp;, &lt;, &#39;, &#x1F600; and the like; an unknown entity is left as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

/** `<br>` and block ends become new lines; other tags go; entities are decoded last, so `&lt;b&gt;` stays text. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(text).replace(/\n+$/, '');
}

/** HTML that shows `text` as it is: markup-like text escaped, new lines as `<br>`. */
export function textToHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\r\n|\r|\n/g, '<br>');
}

/** Media an app attaches to a field: Anki's `[sound:…]` and images. */
export const MEDIA = /\[sound:[^\]]*\]|<img\b[^>]*>/gi;
