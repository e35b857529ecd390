const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex digits. Not cryptographic: it names
 * questions and facts, and must give the same digits in Node and in every browser.
 */
export function hash64(text: string): string {
	let hash = FNV_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= BigInt(byte);
		hash = (hash * FNV_PRIME) & MASK_64;
	}
	return hash.toString(16).padStart(16, '0');
}
