import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, checkArticleText, decodeArticleBytes, utf8Length } from './article-input';

describe('an article brought in', () => {
	it('is refused when empty, wordless, binary, not UTF-8 or too large, with the reason', () => {
		expect(checkArticleText(' \n\t ')).toEqual({ ok: false, problem: 'The text is empty: paste an article or open a file.' });
		expect(checkArticleText('12 34 -- 56')).toEqual({ ok: false, problem: 'The text has no words to make questions from.' });
		expect(checkArticleText('PK\u0003\u0004\u0000\u0000text')).toMatchObject({ ok: false, problem: expect.stringMatching(/binary data \(it contains NUL/) });
		expect(checkArticleText(`words ${'\u0001\u0002'.repeat(20)}`)).toMatchObject({ ok: false, problem: expect.stringMatching(/looks like binary data/) });
		expect(decodeArticleBytes(new Uint8Array([0x68, 0x69, 0xff, 0xfe]))).toEqual({ ok: false, problem: 'This file is not UTF-8 text.' });
		expect(decodeArticleBytes(new Uint8Array([0x68, 0, 0x69]))).toMatchObject({ ok: false, problem: expect.stringMatching(/binary file/) });
		expect(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toEqual({ ok: false, problem: 'The file is too large (5 MB, over the limit of 5 MB).' });
		const big = 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1);
		expect(checkArticleText(big)).toMatchObject({ ok: false, problem: expect.stringMatching(/^The text is too large/) });
	});

	it('is accepted as it is otherwise: text with words, any script', () => {
		const text = 'Ünïcödé text — 漢字 and emoji 🙂.\r\n\tTabs too.';
		expect(decodeArticleBytes(new TextEncoder().encode(text))).toEqual({ ok: true, text });
		expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
	});
});
