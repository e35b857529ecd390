import type { Verdict } from '$lib/deck';

// Kahoot's rule, in short: a right answer is worth 1,000 points given at once, falling linearly to
// 500 at the last moment; a wrong one nothing. "Almost" (a forgiven typo) is right, as in study.

export const MAX_POINTS = 1000;

export function isRight(verdict: Verdict): boolean {
	return verdict !== 'wrong';
}

export function pointsFor(verdict: Verdict, elapsedMs: number, limitMs: number): number {
	if (!isRight(verdict)) return 0;
	const share = Math.min(1, Math.max(0, elapsedMs / limitMs));
	return Math.round(MAX_POINTS * (1 - share / 2));
}

/** Standard competition ranking (1, 2, 2, 4): equal scores share a rank. */
export function ranks(scores: readonly number[]): number[] {
	return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}
