import { describe, expect, it } from 'vitest';
import { fitsGap } from './stems';

describe('options that fit the stem', () => {
	it('none for a person the stem gives a sex ("his wife _____", "Queen _____"): the only woman among them would be the answer', () => {
		expect(fitsGap('Harald and his wife _____ took the throne in 1290.', 'person')?.('Ingrid Lund')).toBe(false);
		expect(fitsGap('The crown passed to Queen _____.', 'person')?.('Astrid')).toBe(false);
		expect(fitsGap('Harald and his adviser _____ took the throne in 1290.', 'person')).toBeUndefined();
	});

	it('"an _____" wants a vowel sound', () => {
		const fits = fitsGap('The prize went to an _____ firm.', 'organisation')!;
		expect(fits('Oslo firm')).toBe(true);
		expect(fits('Bergen firm')).toBe(false);
	});
});
