import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer, normalizeText } from './normalize';

/** The definition, written the slow and obvious way: the fast paths must agree with it. */
function byDefinition(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201a\u201b]/g, "'")
		.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('normalizeText', () => {
	it('folds case, quotes, compatibility forms and white space', () => {
		expect(normalizeText('  “Alibaba’s”\tQwen\u00a0\u00a0ＡＩ …  ')).toBe('"alibaba\'s" qwen ai ...');
		expect(normalizeText('ﬁscal Q4 — “2025”')).toBe('fiscal q4 — "2025"');
		expect(normalizeText('e\u0301te\u0301')).toBe('été');
	});

	// 2,000 runs take about 4 s on a quiet 2-core machine and over 9 s under load: the time limit is
	// for a hung test, not a speed check (speed is measured in benchmarks).
	it('agrees with its definition on any text', { timeout: 60_000 }, () => {
		const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '’', '‘', '“', '”', '«', '—', '…', 'ﬁ', 'Ａ', 'e\u0301', 'İ', 'ß', 'A', 'z', '9', '.');
		const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: pieces, maxLength: 40 }), fc.string({ unit: 'binary' }));
		fc.assert(fc.property(text, (t) => normalizeText(t) === byDefinition(t)), { numRuns: 2000 });
	});
});

describe('normalizeAnswer', () => {
	it('drops the punctuation around an answer', () => {
		expect(normalizeAnswer('“Alibaba.”')).toBe('alibaba');
		expect(normalizeAnswer('(U.S.)')).toBe('u.s');
	});
});
