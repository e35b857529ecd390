import { describe, expect, it } from 'vitest';
import { distractorsFor } from './distractors';
import { seededRandom } from './random';
import type { Entity } from './types';

function quantity(text: string, index: number): Entity {
	return { kind: 'quantity', text, start: index * 100, end: index * 100 + text.length, sentence: index, tokenStart: 0, tokenEnd: 1, quoted: false };
}

describe('wrong options of numbers', () => {
	const article = ['17,410,742', '16,141,241', '10', '382', '33,551,983'].map(quantity);

	it('come from the article at the answer’s scale: millions for millions, never "10" or "382"', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const options = distractorsFor(article[1]!, { entities: article, random: seededRandom(seed), alsoTrue: () => false });
			expect(options).toHaveLength(3);
			for (const option of options) expect(Number(option.replace(/,/g, ''))).toBeGreaterThanOrEqual(1_000_000);
		}
	});

	it('come from values that count the same thing ("30 centimetres" is no "35 kilometres")', () => {
		const counted = new Map([['30', 'centimetre'], ['35', 'kilometre'], ['70', 'kilometre'], ['45', 'centimetre']]);
		const values = [...counted.keys()].map(quantity);
		const classOf = (e: Entity) => counted.get(e.text) ?? '';
		for (const seed of ['a', 'b', 'c', 'd']) {
			const options = distractorsFor(values[0]!, { entities: values, random: seededRandom(seed), alsoTrue: () => false, classOf });
			expect(options).not.toContain('35');
			expect(options).not.toContain('70');
		}
	});

	it('are never within 5% of the answer or of each other ("3.9%" beside "3.94%")', () => {
		const rates = ['2.25%', '3.9%', '3.94%', '2.3%', '6.75%', '1.5%'].map((text, i) => ({ ...quantity(text, i), kind: 'percent' as const }));
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const options = [rates[0]!.text, ...distractorsFor(rates[0]!, { entities: rates, random: seededRandom(seed), alsoTrue: () => false })];
			expect(options).not.toContain('2.3%');
			expect(options.includes('3.9%') && options.includes('3.94%'), options.join(' | ')).toBe(false);
		}
	});

	it('never rule themselves out by their look: no "100%" of a share, no three-digit option beside a key of "1,080"', () => {
		const shares = ['16%', '100%', '24%', '8%', '0%'].map((text, i) => ({ ...quantity(text, i), kind: 'percent' as const }));
		const lines = ['1,080', '625', '700', '480'].map(quantity);
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const percents = distractorsFor(shares[0]!, { entities: shares, random: seededRandom(seed), alsoTrue: () => false });
			expect(percents).not.toContain('100%');
			expect(percents).not.toContain('0%');
			for (const option of distractorsFor(lines[0]!, { entities: lines, random: seededRandom(seed), alsoTrue: () => false })) expect(Number(option.replace(/,/g, ''))).toBeGreaterThanOrEqual(1000);
		}
	});

	it('keep small numbers with small numbers', () => {
		const options = distractorsFor(article[3]!, { entities: article, random: seededRandom('x'), alsoTrue: () => false });
		expect(options).toContain('10');
		for (const option of options) expect(Number(option.replace(/,/g, ''))).toBeLessThan(1000);
	});
});

describe('wrong options of sums with a scale word', () => {
	it('stay below a thousand of that scale ("£500 million" has no "£1000 million")', () => {
		const answer: Entity = { kind: 'money', text: '£500 million', start: 0, end: 12, sentence: 0, tokenStart: 0, tokenEnd: 3, quoted: false };
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			for (const option of distractorsFor(answer, { entities: [answer], random: seededRandom(seed), alsoTrue: () => false })) {
				expect(parseFloat(option.slice(1))).toBeLessThan(1000);
			}
		}
	});
});

describe('wrong options of percentages', () => {
	it('stay within 100% for a share of a whole', () => {
		const answer: Entity = { kind: 'percent', text: '75%', start: 0, end: 3, sentence: 0, tokenStart: 0, tokenEnd: 2, quoted: false };
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const options = distractorsFor(answer, { entities: [answer], random: seededRandom(seed), alsoTrue: () => false });
			expect(options).toHaveLength(3);
			for (const option of options) expect(parseFloat(option)).toBeLessThanOrEqual(100);
		}
	});
});

describe('wrong options of names', () => {
	function organisation(text: string, index: number): Entity {
		return { kind: 'organisation', text, start: index * 100, end: index * 100 + text.length, sentence: index, tokenStart: 0, tokenEnd: 1, quoted: false };
	}
	const article = ['Parliament', 'Labour', 'Labour Party', 'Scottish National Party', 'Reform UK', 'Green Party'].map(organisation);

	it('never hold one another ("Labour" and "Labour Party")', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const options = distractorsFor(article[0]!, { entities: article, random: seededRandom(seed), alsoTrue: () => false });
			expect(options.includes('Labour') && options.includes('Labour Party')).toBe(false);
		}
	});
});

describe('wrong options of names are of the answer’s own kind, from the article', () => {
	const named = (kind: Entity['kind'], text: string, index: number): Entity => ({ kind, text, start: index * 100, end: index * 100 + text.length, sentence: index, tokenStart: 0, tokenEnd: 1, quoted: false });
	const options = (answer: Entity, entities: Entity[]) => distractorsFor(answer, { entities, random: seededRandom('names'), alsoTrue: () => false });

	it('no countries from a list the article never names: too few of its own, and no multiple choice', () => {
		const entities = [named('place', 'Ireland', 0), named('place', 'Wales', 1)];
		expect(options(entities[0]!, entities).length).toBeLessThan(3);
	});

	it('no city against a continent', () => {
		const entities = ['Europe', 'Paris', 'Lisbon', 'Oslo', 'Asia'].map((t, i) => named('place', t, i));
		expect(options(entities[0]!, entities)).not.toEqual(expect.arrayContaining(['Paris']));
	});

	it('no title among people ("Maria Full of Grace", "Bill of Rights")', () => {
		const entities = ['Ana Lund', 'Maria Full of Grace', 'Tomas Berg', 'Ivo Brandt', 'Bill of Rights', 'Eva Holm'].map((t, i) => named('person', t, i));
		const picked = options(entities[0]!, entities);
		expect(picked).toHaveLength(3);
		expect(picked).not.toContain('Maria Full of Grace');
		expect(picked).not.toContain('Bill of Rights');
	});
});

describe('wrong options of people', () => {
	const person = (text: string, index: number): Entity => ({ kind: 'person', text, start: index * 100, end: index * 100 + text.length, sentence: index, tokenStart: 0, tokenEnd: 1, quoted: false });

	it('no monarch among commoners ("Sir _____"), and no commoner among monarchs', () => {
		const people = ['Thomas Hale', 'Henry VII', 'Edward Crane', 'Richard III', 'John Marsh', 'Mary Vane', 'Louis XIV', 'Anne II'].map(person);
		for (const seed of ['a', 'b', 'c', 'd']) {
			const commoners = distractorsFor(people[0]!, { entities: people, random: seededRandom(seed), alsoTrue: () => false });
			expect(commoners.filter((o) => /\s[IVX]+$/.test(o))).toEqual([]);
			const monarchs = distractorsFor(people[1]!, { entities: people, random: seededRandom(seed), alsoTrue: () => false });
			expect(monarchs.every((o) => /\s[IVX]+$/.test(o))).toBe(true);
		}
	});
});

describe('wrong options made from the answer', () => {
	it('keep the unit in the plural after any number but one ("two years", never "two year")', () => {
		const answer: Entity = { kind: 'duration', text: 'one year', start: 0, end: 8, sentence: 0, tokenStart: 0, tokenEnd: 2, quoted: false };
		const options = distractorsFor(answer, { entities: [answer], random: seededRandom('a'), alsoTrue: () => false });
		expect(options.length).toBeGreaterThan(0);
		for (const option of options) expect(option).toMatch(/years$/);
	});

	it('none for a "person" whose name holds a small word, which may be a title ("Rose of the Valley")', () => {
		const people = ['Rose of the Valley', 'Tom Hale', 'Ann Crane', 'Lee Marsh'].map((text, i): Entity => ({ kind: 'person', text, start: i * 50, end: i * 50 + text.length, sentence: i, tokenStart: 0, tokenEnd: 1, quoted: false }));
		expect(distractorsFor(people[0]!, { entities: people, random: seededRandom('a'), alsoTrue: () => false })).toEqual([]);
		expect(distractorsFor(people[1]!, { entities: people, random: seededRandom('a'), alsoTrue: () => false })).toHaveLength(2);
	});
});

describe('wrong options of dates', () => {
	it('share neither the day nor the month with the answer or each other, so the answer is not the one most alike', () => {
		const answer: Entity = { kind: 'date', text: '17 March 2003', start: 0, end: 13, sentence: 0, tokenStart: 0, tokenEnd: 3, quoted: false };
		for (const seed of ['a', 'b', 'c']) {
			const options = [answer.text, ...distractorsFor(answer, { entities: [answer], random: seededRandom(seed), alsoTrue: () => false })];
			expect(options).toHaveLength(4);
			const days = options.map((o) => o.split(' ')[0]);
			const months = options.map((o) => o.split(' ')[1]);
			expect(new Set(days).size).toBe(4);
			expect(new Set(months).size).toBe(4);
			for (const option of options) expect(option).toMatch(/^\d{1,2} [A-Z][a-z]+ 2003$/);
		}
	});
});
