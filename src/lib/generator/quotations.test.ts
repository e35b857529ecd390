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
