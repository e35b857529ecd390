import { describe, expect, it } from 'vitest';
import { generateDeck } from './index';

/** Every prompt the generator can make of a text, its best and the rest. */
function prompts(text: string): string[] {
	return generateDeck(text, { id: 'span', all: true }).questions.map((q) => q.prompt);
}

describe('a gap covers a whole name or number', () => {
	it('never splits a word: an amount with its scale glued on, a hyphenated number, a range', () => {
		const all = prompts('Northwind Foods will pay Harbour Mills $3bn to end the contract. A 25-strong team of engineers will move to Leeds in 2027. The treaty of 1713–1714 ended the war.');
		expect(all.length).toBeGreaterThan(0);
		for (const prompt of all) expect(prompt).not.toMatch(/_{3,}(bn|-strong)|\$_{3,}|–_{3,}|_{3,}–/);
	});

	it('never leaves the rest of a longer name beside the gap', () => {
		const all = prompts('The Soviet Union launched the probe in October 1961. Supporters of Leeds United travelled to Rome for the final. General Dynamics of the US won a contract worth $900 million.');
		expect(all.length).toBeGreaterThan(0);
		for (const prompt of all) expect(prompt).not.toMatch(/Soviet _{3,}|_{3,} United|_{3,} Union|General _{3,}/);
	});

	it('asks neither number of a pair that predicts the other', () => {
		const all = prompts('The band plays maybe four or five concerts a year in Vienna. The revolution of 1830 and 1831 reshaped the kingdom of Belgium.');
		for (const prompt of all) expect(prompt).not.toMatch(/four or _{3,}|_{3,} or five|_{3,} and 1831|1830 and _{3,}/);
	});

	it('asks no small count', () => {
		const all = prompts('The merger means the two firms will share offices in Oslo from March 2026. Three engineers from Norrland Energy repaired the turbine in 48 hours.');
		for (const prompt of all) expect(prompt).not.toMatch(/the _{3,} firms|^_{3,} engineers/);
	});

	it('asks nothing of a formula', () => {
		const all = prompts('So 4.2×103 km divided by 2.1×101 hours gives 2.0×102 km per hour. The train from Lyon reached Paris in 2 hours and 40 minutes in June 2019.');
		for (const prompt of all) expect(prompt).not.toMatch(/×/);
	});
});

describe('a gap is no slot that another word fills as well', () => {
	it('not a number that is part of a name', () => {
		const all = prompts('Laptops running Orbis 7 and the older Orbis 5 are at risk, the Oslo agency said in May 2024. The statement was not written at Number 10, the minister said on 3 June 2024.');
		for (const prompt of all) expect(prompt).not.toMatch(/Orbis _{3,}|Number _{3,}/);
	});
	it('not a name in a list', () => {
		const all = prompts('Peter Holm, Sara Lind and Jonas Berg have also been nominated for the 2025 Nordic Prize. The poet Anna Vik and Lars Dahl were left off the list in March 2025.');
		for (const prompt of all) expect(prompt).not.toMatch(/and _{3,} (have|were)|_{3,}, Sara Lind/);
	});
});

describe('a gap is on a word that carries a fact, not on one its neighbours give', () => {
	it('not a name used as a modifier, nor the end of a longer name; a model name before its kind stays', () => {
		const all = prompts(
			[
				'Harbour Mills will woo the Lisbon exchange before a crucial Senate vote in May 2026.',
				'The Church of Norway backed the plan in Bergen.',
				'Medica launched its V12 vaccine in Ghana in March 2025.'
			].join('\n\n')
		);
		for (const prompt of all) expect(prompt).not.toMatch(/the _{3,} exchange|crucial _{3,} vote|Church of _{3,}/);
		expect(all.some((p) => /its _{3,} vaccine/.test(p))).toBe(true);
	});

	it('not a pronoun, a title alone, a people, the listener of a quotation, or an abbreviation beside its spelled-out name', () => {
		const all = prompts(
			[
				'"Everything was sold by auction," Ivo Brandt told Radio Sport in Vienna in May 2024.',
				'In Norway, the King and Prince Olav opened the Oslo bridge in June 2023.',
				'The canal gave many Austrians new jobs, and Vienna hired 4,000 Harbour Support Officers (HSOs) in 2024.'
			].join('\n\n')
		);
		for (const prompt of all) expect(prompt).not.toMatch(/^"_{3,} was sold|told _{3,}|the _{3,} and Prince|many _{3,} new|Officers \(_{3,}\)/);
	});
});

describe('more slots that give themselves away (blind round 8)', () => {
	it('not inside a title, not a place that says which of a name is meant, not a version in a list, not a number restated', () => {
		const all = prompts(
			[
				'See the chapter Stars from Youth to Old Age for the full story, Ivo Brandt wrote in May 2024.',
				'General Motors of the US will pay Fiat $2bn to end the deal in 2005.',
				'Computers running Orbis 95, 98, 2000 and XP are at risk, Helsinki researchers said in 2004.',
				'The string would fit around the equator 236 million or 236,000,000 times, the 2019 study said.'
			].join('\n\n')
		);
		for (const prompt of all) expect(prompt).not.toMatch(/Stars from _{3,} to|Motors of the _{3,}|running _{3,}, 98|million or _{3,}|^_{3,} or 236/);
	});
});
