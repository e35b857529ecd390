import { describe, expect, it } from 'vitest';
import { SM2_START, sm2Quality, sm2Review } from './sm2';

const DAY = 86_400_000;

describe('SM-2', () => {
	it('goes 1 day, 6 days, then multiplies by the easiness factor', () => {
		let s = sm2Review(SM2_START, 4, 0);
		expect(s).toMatchObject({ reps: 1, intervalDays: 1, ef: 2.5, due: DAY });
		s = sm2Review(s, 4, s.due);
		expect(s.intervalDays).toBe(6);
		s = sm2Review(s, 4, s.due);
		expect(s.intervalDays).toBe(15);
	});

	it('lowers the factor on hard answers, never under 1.3, and starts a failed item over', () => {
		let s = SM2_START;
		for (let i = 0; i < 20; i++) s = sm2Review(s, 3, 0);
		expect(s.ef).toBe(1.3);
		expect(sm2Review(s, sm2Quality(1), 0)).toMatchObject({ reps: 0, intervalDays: 1, ef: 1.3 });
		expect(sm2Review(SM2_START, 5, 0).ef).toBeCloseTo(2.6);
	});
});
