// Anki keeps a note's fields as HTML. Our text goes in escaped, so that nothing in it is read as a
// tag, an entity, a cloze or a field separator; text comes out with tags and media removed and
// entities decoded.

/** Named where HTML has a name, as Anki's editor writes them. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as an Anki field: `& < > "` as references, braces too (a `{{c1::…}}` in a question is text,
 * not a cloze), and `[` (a `[sound:x.mp3]` in a question is text, not a sound to play); newlines as
 * `<br>`; the field separator U+001F as a reference.
 */
export function escapeField(text: string): string {
	return text.replace(/[&<>"{}[\x1f]/g, (c) => ESCAPES[c] ?? `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>');
}

/** Inside a cloze, `::` would start a hint: colons are written as references too. */
export function escapeClozeAnswer(text: string): string {
	return escapeField(text).replace(/:/g, '&#58;');
}

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	shy: '',
	zwj: '\u200d',
	zwnj: '\u200c',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	middot: '·',
	bull: '•',
	deg: '°',
	copy: '©',
	reg: '®',
	trade: '™',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	times: '×',
	divide: '÷',
	plusmn: '±',
	minus: '−',
	micro: 'µ',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup2: '²',
	sup3: '³',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔',
	le: '≤',
	ge: '≥',
	ne: '≠',
	asymp: '≈',
	infin: '∞'
};

/** Decodes numeric references and the common named entities; an unknown name is left as written. */
export function decodeEntities(html: string): string {
	return html.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
		const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		// NUL, surrogates and numbers past Unicode are not characters: the replacement character, as browsers do.
		if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
		return String.fromCodePoint(code);
	});
}

/** Sounds (`[sound:x.mp3]`) and pictures (`<img>`), and the other embedded players. */
const MEDIA = /\[sound:[^\]]*\]|<img\b[^>]*>|<(audio|video|object|embed|iframe|svg)\b[\s\S]*?<\/\1\s*>|<(?:audio|video|embed|source|iframe)\b[^>]*>/gi;

/** A field without its media, and how many media it had. */
export function stripMedia(html: string): { html: string; media: number } {
	let media = 0;
	const rest = html.replace(MEDIA, () => {
		media++;
		return ' ';
	});
	return { html: media ? rest : html, media };
}

/**
 * The text of a field we wrote ourselves: `<br>` back to a newline, entities decoded, nothing else
 * touched, so that our own export reads back exactly.
 */
export function exactText(html: string): string {
	return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
}

/**
 * The text of a field written by anyone: scripts and styles dropped, line breaks and block ends as
 * newlines, other tags removed, entities decoded, spaces and blank lines tidied.
 */
export function fieldText(html: string): string {
	const text = decodeEntities(
		html
			.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			// Raw newlines in Anki's HTML are source formatting; line breaks are tags.
			.replace(/[\r\n]+/g, ' ')
			.replace(/<br\s*\/?>|<\/(?:div|p|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
			.replace(/<[^>]*>/g, '')
	);
	return text
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** What Anki sorts and checks duplicates by: the field with tags removed and entities decoded. */
export function sortText(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, ''));
}
