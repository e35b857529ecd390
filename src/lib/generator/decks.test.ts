import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/validate';
import { FactListSchema, measureCoverage } from './coverage';
import { formatDeck } from './format';
import { generateDeck } from './index';

const root = new URL('../../../', import.meta.url);
const articleIds = readdirSync(new URL('questions/articles/', root))
	.filter((f) => f.endsWith('.md'))
	.map((f) => f.replace(/\.md$/, ''))
	.sort();

const TARGET = 0.9;

const generated = new Map(articleIds.map((id) => [id, generateDeck(readFileSync(new URL(`questions/articles/${id}.md`, root), 'utf8'), { id })]));

describe('the committed decks', () => {
	it('include one deck per article, and at least six articles of different kinds', () => {
		const decks = readdirSync(new URL('questions/decks/', root)).filter((f) => f.endsWith('.json'));
		expect(decks.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(articleIds);
		expect(articleIds.length).toBeGreaterThanOrEqual(6);
	});

	it.each(articleIds)('%s is exactly what the generator writes now (run `npm run decks` after changing it)', (id) => {
		const committed = readFileSync(new URL(`questions/decks/${id}.json`, root), 'utf8');
		expect(committed).toBe(formatDeck(generated.get(id)!));
		expect(parseDeck(JSON.parse(committed)).ok).toBe(true);
	});
});

// The fact lists hold 6 to 9 facts per 100 words, more than the 3 to 6 questions a deck keeps as its
// best: they are measured against every question the deck offers, its best and the further ones.
describe('coverage of the facts a teacher would ask about', () => {
	it.each(articleIds)('%s', (id) => {
		const list = FactListSchema.parse(JSON.parse(readFileSync(new URL(`questions/facts/${id}.json`, root), 'utf8')));
		const deck = generated.get(id)!;
		const coverage = measureCoverage(list, [...deck.questions, ...deck.more]);
		expect(coverage.mustNotHits).toEqual([]);
		expect(coverage.share, `missed: ${coverage.missed.join(', ')}`).toBeGreaterThanOrEqual(TARGET);
	});
});
