import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../deck/normalize';
import { contentWords, plain, reviewText, wordSet } from './text-forms';

// The definitions, with Unicode classes only: the ASCII fast paths must agree with them.
const byDefinition = {
	plain: (text: string) =>
		` ${normalizeText(text)
			.replace(/['’]s\b/g, '')
			.replace(/[^\p{L}\p{N}$%.,]+/gu, ' ')
			.replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()} `,
	reviewText: (text: string) =>
		normalizeText(text)
			.replace(/[^\p{L}\p{N}_%$.'\- ]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.replace(/^[ .]+|[ .]+$/g, ''),
	wordSet: (text: string) => [...new Set(normalizeText(text).match(/[\p{L}\p{N}_]+/gu) ?? [])]
};

const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '’s', "'s ", '“', '”', '—', '–', '…', '€', '£', '°', 'é', 'ß', 'Ａ', '²', 'ª', 'µ', '٣', 'ﬁ', '$', '%', '.', ',', '5.3', '1,000', '_', '-', 'Alibaba', 'AI', 'said');
const text = fc.oneof(fc.string({ unit: pieces, maxLength: 30 }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('text forms', () => {
	it('agree with their Unicode definitions on any text', () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(plain(t)).toBe(byDefinition.plain(t));
				expect(reviewText(t)).toBe(byDefinition.reviewText(t));
				expect([...wordSet(t)]).toEqual(byDefinition.wordSet(t));
			}),
			{ numRuns: 3000 }
		);
	});

	it('treat no character of the ASCII fast path as a letter or digit beyond ASCII', () => {
		const ranges = [[0x2000, 0x206f], [0x20a0, 0x20bf], [0xa3, 0xa3], [0xb0, 0xb0]] as const;
		for (const [from, to] of ranges) for (let c = from; c <= to; c++) expect(/[\p{L}\p{N}]/u.test(String.fromCharCode(c)), c.toString(16)).toBe(false);
	});

	it('give the forms the generator compares', () => {
		expect(plain('Alibaba’s cloud business: $52 billion, 5.3%.')).toBe(' alibaba cloud business $52 billion 5.3% ');
		expect(contentWords('The Qwen models of Alibaba’s cloud unit')).toEqual(['qwen', 'models', 'alibaba', 'cloud', 'unit']);
		expect(reviewText('“Huang”, the CEO, said: 5.3%.')).toBe('huang the ceo said 5.3%');
		expect([...wordSet('In _____, Café Qwen2.5 rose')]).toEqual(['in', '_____', 'café', 'qwen2', '5', 'rose']);
	});
});
