import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDeck } from './index';
import { closeQuotation } from './quotations';

const ARTICLE = [
	'The first crew of the Aurora station reached orbit on 12 March 2031 after a nine-hour flight.',
	'"Aurora control, we are docked. The hatch seals are holding," commander Lena Okafor reported.',
	'Mission director Tomas Reyes said the docking had gone "better than any rehearsal in Houston or Cologne, and faster than planned in every single step of the approach."',
	'Reyes added, “The crew will open the hatch within two hours. They will spend 180 days aboard the station and run 42 experiments.',
	'The station cost the agency $14 billion over eleven years.'
].join('\n\n');

describe('quotations in prompts', () => {
	const prompts = generateDeck(ARTICLE, { id: 'quotations', all: true }).questions.map((q) => q.prompt);

	it('closes every quotation a prompt opens', () => {
		for (const prompt of prompts) {
			expect((prompt.match(/“/g) ?? []).length, prompt).toBe((prompt.match(/”/g) ?? []).length);
			expect((prompt.match(/"/g) ?? []).length % 2, prompt).toBe(0);
		}
	});

	it('gives a quotation that ends with its speaker back its opening mark, not a second speaker', () => {
		const docked = prompts.filter((p) => p.includes('hatch seals are holding'));
		expect(docked.length).toBeGreaterThan(0);
		for (const prompt of docked) expect(prompt).not.toMatch(/said: “/);
	});

	it('closes with the mark the quotation opened with', () => {
		expect(closeQuotation('He said, “We are docked.')).toBe('He said, “We are docked.”');
		expect(closeQuotation('He said the docking went "better than planned …')).toBe('He said the docking went "better than planned …"');
		expect(closeQuotation('“Done,” she said.')).toBe('“Done,” she said.');
	});

	it('agrees with its definition, a count of the marks character by character, on any text', () => {
		const byDefinition = (prompt: string) => {
			let open = 0;
			let straight = 0;
			for (const c of prompt) {
				if (c === '“') open++;
				else if (c === '”') open--;
				else if (c === '"') straight++;
			}
			if (straight % 2 === 1) return `${prompt}"`;
			return open > 0 ? `${prompt}”` : prompt;
		};
		const text = fc.oneof(fc.string({ unit: fc.constantFrom('“', '”', '"', 'a', ' ', '’', '😀') }), fc.string({ unit: 'grapheme' }));
		fc.assert(
			fc.property(text, (t) => {
				expect(closeQuotation(t)).toBe(byDefinition(t));
			}),
			{ numRuns: 3000 }
		);
	});
});

describe('a quotation names its speaker only when the speaker is certain', () => {
	const prompts = (text: string) => generateDeck(text, { id: 'speakers', all: true }).questions.map((q) => q.prompt);

	it('never the one spoken to, nor the place where it was said', () => {
		const all = prompts(
			'Lena Holm lost in the first round in January 2025.\n\n"Physically, it is clear that I reached my limit," said the 31-year-old, who will return at the Baltic Open from 10-16 May. "Since March, with the exception of the national championships, I have not played much. "Now it is time to train twice as hard."\n\nBut she told Radio Nord: "The team in Malmo is the answer both now and in 2026. "We will be back."'
		);
		for (const prompt of all) expect(prompt).not.toMatch(/(Radio Nord|Baltic Open) said/);
	});

	it('a name of unknown kind only right beside the verb of saying', () => {
		const all = prompts('"We expect the new plant in Gdansk to employ 1,200 people by 2027," Okafor said at the launch.\n\n"The first trucks leave in March," Okafor added.');
		expect(all.some((p) => /1,200|2027|Gdansk/.test(p))).toBe(true);
	});
});

describe('a paragraph whose quotation marks do not pair up', () => {
	it('gives no narration to a speaker as a quotation', () => {
		const text =
			'Former captain Erik Moen believes coach Lars Aas must recall Jonas Vik.\n\nBut he told Radio Nord: "Vik is the answer both now and for the future. Dahl deserved his chance but the time has come. "He has weaknesses but can beat Sweden." The 24-year-old Vik has spent much of the 2024 season on the bench after Dahl impressed for Molde.';
		const prompts = generateDeck(text, { id: 'unpaired', all: true }).questions.map((q) => q.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/said: “The 24-year-old|said: "The 24-year-old/);
	});
});
