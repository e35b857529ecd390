import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeClozeAnswer, escapeField, exactText, fieldText, sortText, stripMedia } from './anki-html';

describe('escapeField and exactText', () => {
	it('write nothing Anki would read as a tag, entity, cloze, sound or field separator, and read it back', () => {
		const text = '<b>x</b> &amp; {{c1::y}} [sound:z.mp3] "q" \x1f\nline\ttab';
		const field = escapeField(text);
		// The only tag left is the line break; no brace, bracket, quote, separator or raw newline.
		expect(field.replaceAll('<br>', '')).not.toMatch(/[<>"{}[\x1f\n]/);
		expect(field).toContain('&amp;amp;');
		expect(exactText(field)).toBe(text);
	});

	it('write colons in a cloze answer as references, so that "::" starts no hint', () => {
		expect(escapeClozeAnswer('a::b')).toBe('a&#58;&#58;b');
		expect(exactText(escapeClozeAnswer('a::b'))).toBe('a::b');
	});
});

describe('decodeEntities', () => {
	it('decodes numeric references and common names, and leaves unknown names alone', () => {
		expect(decodeEntities('&#65;&#x42;&#X43; &lt;&gt;&amp;&quot;&apos; &nbsp;&hellip;&mdash; &bogus; &amp')).toBe('ABC <>&"\'  …— &bogus; &amp');
	});

	it('gives the replacement character for references that are not characters', () => {
		expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
	});
});

describe('fieldText', () => {
	it('reads HTML as a person sees it: breaks and blocks as lines, spaces tidied, scripts, styles and comments gone', () => {
		const html = '<div>First&nbsp;&nbsp;line</div><div><b>Second</b>\n line<br/><br><br>Third</div><script>x()</script><style>p{}</style><!-- note -->';
		expect(fieldText(html)).toBe('First line\nSecond line\n\nThird');
	});
});

describe('stripMedia', () => {
	it('removes sounds, pictures and players, and counts them', () => {
		const { html, media } = stripMedia('a [sound:x.mp3] <img src="y.png"> <IMG SRC=z.gif> <video src="v.mp4"></video> <audio controls><source src="s.ogg"></audio> b');
		expect(media).toBe(5);
		expect(fieldText(html)).toBe('a b');
	});

	it('leaves a field without media as it was', () => {
		expect(stripMedia('<b>plain</b>')).toEqual({ html: '<b>plain</b>', media: 0 });
	});
});

describe('sortText', () => {
	it('is the field without tags, entities decoded, as Anki sorts and checksums it', () => {
		expect(sortText('<b>A</b> &amp; B')).toBe('A & B');
	});
});
