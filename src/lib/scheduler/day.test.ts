import { describe, expect, it } from 'vitest';
import { dayNumber, dayStart, dayWindow, isTimeZone, nextDayStart, zoneOffset } from './day';

const H = 3_600_000;

describe('the learner day', () => {
	it('starts at 4 a.m. in the learner zone', () => {
		// 2026-03-10 03:59 in Paris (02:59 UTC) still belongs to 9 March.
		const before = Date.UTC(2026, 2, 10, 2, 59);
		const after = Date.UTC(2026, 2, 10, 3, 0);
		expect(dayNumber(after, 'Europe/Paris') - dayNumber(before, 'Europe/Paris')).toBe(1);
		expect(dayStart(after, 'Europe/Paris')).toBe(after);
		expect(dayStart(before, 'Europe/Paris')).toBe(after - 24 * H);
		expect(nextDayStart(before, 'Europe/Paris')).toBe(after);
	});

	it('follows the zone, not UTC', () => {
		const t = Date.UTC(2026, 2, 10, 12, 0);
		expect(dayStart(t, 'UTC')).toBe(Date.UTC(2026, 2, 10, 4, 0));
		expect(dayStart(t, 'America/New_York')).toBe(Date.UTC(2026, 2, 10, 8, 0)); // EDT, UTC−4
		expect(dayStart(t, 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 9, 19, 0)); // 04:00 JST on 10 March
		expect(zoneOffset(t, 'Asia/Kolkata')).toBe(5.5 * H);
	});

	it('is 23 or 25 hours long across a daylight-saving change', () => {
		// Paris springs forward on 2026-03-29 at 02:00 and falls back on 2026-10-25 at 03:00.
		const spring = Date.UTC(2026, 2, 28, 12);
		expect(nextDayStart(spring, 'Europe/Paris') - dayStart(spring, 'Europe/Paris')).toBe(23 * H);
		expect(nextDayStart(spring, 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 2)); // 04:00 CEST
		const autumn = Date.UTC(2026, 9, 24, 12);
		expect(nextDayStart(autumn, 'Europe/Paris') - dayStart(autumn, 'Europe/Paris')).toBe(25 * H);
	});

	it('honours another start hour, and knows real zones', () => {
		const t = Date.UTC(2026, 2, 10, 1, 0);
		expect(dayStart(t, 'UTC', 0)).toBe(Date.UTC(2026, 2, 10, 0, 0));
		expect(isTimeZone('Europe/Paris')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
	});

	it('gives the day window around an instant', () => {
		const t = Date.UTC(2026, 2, 10, 12, 0);
		expect(dayWindow(t, 'UTC')).toEqual({ now: t, dayStart: Date.UTC(2026, 2, 10, 4), dayEnd: Date.UTC(2026, 2, 11, 4) });
	});
});
