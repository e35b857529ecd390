/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. Not cryptographic: it names
 * questions and facts, and must give the same digits in Node and in every browser. Computed on
 * four 16-bit limbs, exact in doubles and many times faster than BigInt. The UTF-8 bytes are
 * produced on the fly from the UTF-16 code units (as TextEncoder would, lone surrogates as
 * U+FFFD), which is about five times faster than encoding into a new array first.
 */
export function hash64(text: string): string {
	// The offset basis 0xcbf29ce484222325, least significant limb first.
	let h0 = 0x2325;
	let h1 = 0x8422;
	let h2 = 0x9ce4;
	let h3 = 0xcbf2;
	const mix = (byte: number) => {
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
	};
	for (let i = 0; i < text.length; i++) {
		let code = text.charCodeAt(i);
		if (code < 0x80) {
			mix(code);
			continue;
		}
		if (code < 0x800) {
			mix(0xc0 | (code >> 6));
			mix(0x80 | (code & 0x3f));
			continue;
		}
		if (code >= 0xd800 && code <= 0xdfff) {
			const next = text.charCodeAt(i + 1);
			if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
				// A surrogate pair: one code point, four bytes.
				code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
				i++;
				mix(0xf0 | (code >> 18));
				mix(0x80 | ((code >> 12) & 0x3f));
				mix(0x80 | ((code >> 6) & 0x3f));
				mix(0x80 | (code & 0x3f));
				continue;
			}
			// A lone surrogate is encoded as U+FFFD, the replacement character.
			code = 0xfffd;
		}
		mix(0xe0 | (code >> 12));
		mix(0x80 | ((code >> 6) & 0x3f));
		mix(0x80 | (code & 0x3f));
	}
	return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(limb: number): string {
	return limb.toString(16).padStart(4, '0');
}
