// SM-2 (Wozniak, 1990), the baseline every scheduler is compared with: easiness factor from 2.5,
// never under 1.3; intervals 1 day, 6 days, then the last interval × EF; a failed item starts over.

export interface Sm2State {
	reps: number;
	ef: number;
	intervalDays: number;
	due: number;
}

export const SM2_START: Sm2State = { reps: 0, ef: 2.5, intervalDays: 0, due: 0 };

/** Quality 0–5 from the app's ratings: Again 2 (a failure), Hard 3, Good 4, Easy 5. */
export function sm2Quality(rating: 1 | 2 | 3 | 4): number {
	return rating + 1;
}

export function sm2Review(state: Sm2State, quality: number, now: number): Sm2State {
	const DAY = 86_400_000;
	if (quality < 3) return { reps: 0, ef: state.ef, intervalDays: 1, due: now + DAY };
	const ef = Math.max(1.3, state.ef + (0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02)));
	const reps = state.reps + 1;
	const intervalDays = reps === 1 ? 1 : reps === 2 ? 6 : Math.round(state.intervalDays * ef);
	return { reps, ef, intervalDays, due: now + intervalDays * DAY };
}
