/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. Not cryptographic: it names
 * questions and facts, and must give the same digits in Node and in every browser. Computed on
 * four 16-bit limbs, exact in doubles and many times faster than BigInt.
 */
export function hash64(text: string): string {
	// The offset basis 0xcbf29ce484222325, least significant limb first.
	let h0 = 0x2325;
	let h1 = 0x8422;
	let h2 = 0x9ce4;
	let h3 = 0xcbf2;
	for (const byte of new TextEncoder().encode(text)) {
		h0 ^= byte;
		// h × 0x100000001b3 mod 2^64 = h × 0x1b3 + (h << 40).
		let c = h0 * 0x1b3;
		const r0 = c & 0xffff;
		c = h1 * 0x1b3 + (c >>> 16);
		const r1 = c & 0xffff;
		c = h2 * 0x1b3 + ((h0 << 8) & 0xffff) + (c >>> 16);
		const r2 = c & 0xffff;
		c = h3 * 0x1b3 + (((h1 << 8) | (h0 >>> 8)) & 0xffff) + (c >>> 16);
		h3 = c & 0xffff;
		h2 = r2;
		h1 = r1;
		h0 = r0;
	}
	return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
