import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1';

describe('sha1', () => {
	it('gives the published digests of the standard test messages', () => {
		expect(sha1(strToU8(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
		expect(sha1(strToU8('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
		expect(sha1(strToU8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
	});

	it("agrees with Node's crypto on every length around the block edges and on non-ASCII text", () => {
		for (let n = 0; n < 200; n++) {
			const text = 'é☃😀x'.repeat(n).slice(0, n);
			expect(sha1(strToU8(text))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
		}
	});
});
