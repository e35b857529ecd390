import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '$lib/generator/article-meta';
import { DeckSourceSchema } from './schema';
import { webAddress } from './links';

// A deck's source url was found to accept `javascript:alert(document.domain)`, which ran when
// "Original" was clicked. Every boundary takes web addresses only.
const HOSTILE = [
	'javascript:alert(document.domain)',
	'JavaScript:alert(1)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'blob:https://example.com/x'
];

describe('a source url', () => {
	it.each(HOSTILE)('%j is refused by the deck schema, with a message', (url) => {
		const result = DeckSourceSchema.safeParse({ title: 'T', url });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['url']);
	});

	it.each(HOSTILE)('%j in front matter is dropped', (url) => {
		expect(readFrontMatter(`title: T\nurl: ${JSON.stringify(url)}`)).toEqual({ title: 'T' });
	});

	it.each(HOSTILE)('%j never becomes a link', (url) => {
		expect(webAddress(url)).toBeNull();
	});

	it('is kept when it is a web address', () => {
		const url = 'https://www.example.com/news/a?b=1#c';
		expect(DeckSourceSchema.parse({ title: 'T', url }).url).toBe(url);
		expect(readFrontMatter(`title: T\nurl: http://example.com/a`)).toEqual({ title: 'T', url: 'http://example.com/a' });
		expect(webAddress(url)).toBe(url);
		expect(webAddress(undefined)).toBeNull();
		expect(webAddress('not a url')).toBeNull();
	});
});
