import { hash64 } from '../deck/hash';

/** A seeded generator (mulberry32): the same seed gives the same sequence in every runtime. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Random {
	next(): number;
	pick<T>(items: readonly T[]): T;
	shuffle<T>(items: readonly T[]): T[];
}

/** Randomness seeded from a text (an article), so the same text gives the same deck. */
export function seededRandom(seedText: string): Random {
	const next = mulberry32(Number.parseInt(hash64(seedText).slice(0, 8), 16));
	return {
		next,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		shuffle: <T>(items: readonly T[]): T[] => {
			// Copied by push: a spread copies a holey array as holey, and readers of the result deoptimise.
			const out: T[] = [];
			for (let i = 0; i < items.length; i++) out.push(items[i]!);
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[out[i], out[j]] = [out[j]!, out[i]!];
			}
			return out;
		}
	};
}
