import { describe, expect, it } from 'vitest';
import { hash64 } from './hash';
import { FACT_ID_PATTERN, QUESTION_ID_PATTERN, factId, questionId } from './ids';

describe('hash64', () => {
	it('is 64-bit FNV-1a over UTF-8', () => {
		// Published FNV-1a 64 test vectors.
		expect(hash64('')).toBe('cbf29ce484222325');
		expect(hash64('a')).toBe('af63dc4c8601ec8c');
		expect(hash64('foobar')).toBe('85944171f73967e8');
	});

	it('hashes the UTF-8 bytes of non-ASCII text', () => {
		expect(hash64('é')).not.toBe(hash64('e'));
		expect(hash64('😀')).toMatch(/^[0-9a-f]{16}$/);
	});

	it('agrees with a plain BigInt FNV-1a over TextEncoder bytes, lone surrogates included', () => {
		const reference = (text: string) => {
			let h = 0xcbf29ce484222325n;
			for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
			return h.toString(16).padStart(16, '0');
		};
		for (const text of ['', 'a', 'é', '\u07ff', '\u0800', '’', '\uffff', '😀', 'a😀b', '\ud83d', '\ude00', 'x\udc00\ud800y', 'Qwen2.5\u0000mcq\u0000“$52 billion”'])
			expect(hash64(text)).toBe(reference(text));
	});
});

describe('fact and question ids', () => {
	const fact = factId('Alibaba vowed to invest $52 billion in AI and cloud computing');

	it('have the documented shape', () => {
		expect(fact).toMatch(FACT_ID_PATTERN);
		expect(questionId(fact, 'mcq', '$52 billion')).toMatch(QUESTION_ID_PATTERN);
	});

	it('do not change from one release to the next: learners\u2019 progress is keyed by them', () => {
		// Pinned values: if this fails, every learner loses their progress on every deck.
		expect(fact).toBe('f-92085cb5f73ff173');
		expect(questionId(fact, 'mcq', '$52 billion')).toBe('q-c1c925f9b381a02e');
	});

	it('ignore case, spacing, typographic quotes and end punctuation', () => {
		expect(factId('  ALIBABA vowed to invest $52 billion in AI and  cloud computing')).toBe(fact);
		expect(factId('Huang called them \u201cworld-class\u201d')).toBe(factId('Huang called them "world-class"'));
		expect(questionId(fact, 'cloze', '$52 Billion.')).toBe(questionId(fact, 'cloze', '$52 billion'));
	});

	it('differ when the fact, the type or the answer differs', () => {
		const base = questionId(fact, 'cloze', '$52 billion');
		expect(questionId(factId('Another fact'), 'cloze', '$52 billion')).not.toBe(base);
		expect(questionId(fact, 'short-answer', '$52 billion')).not.toBe(base);
		expect(questionId(fact, 'cloze', '$50 billion')).not.toBe(base);
	});
});
