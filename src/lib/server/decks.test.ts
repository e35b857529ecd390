import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '$lib/generator/front-matter';
import { deckIds, getDeck, listDecks } from './decks';

const root = new URL('../../../', import.meta.url);
const deckFiles = readdirSync(new URL('questions/decks/', root)).filter((f) => f.endsWith('.json'));

describe('the committed question banks', () => {
	it('are all loaded and valid (the loader throws on any invalid deck)', () => {
		expect(deckIds().sort()).toEqual(deckFiles.map((f) => f.replace(/\.json$/, '')).sort());
		expect(deckIds()).toContain('nvidia-huang-chinese-ai-models');
	});

	it.each(deckFiles)('%s quotes the body of its article in questions/articles', (file) => {
		const deck = getDeck(file.replace(/\.json$/, ''))!;
		const markdown = readFileSync(new URL(`questions/articles/${deck.id}.md`, root), 'utf8');
		expect(deck.article).toBe(splitFrontMatter(markdown).body);
	});

	it('are listed by title with their counts', () => {
		const list = listDecks();
		expect(list.map((d) => d.title)).toEqual([...list.map((d) => d.title)].sort((a, b) => a.localeCompare(b)));
		for (const summary of list) {
			expect(summary.questionCount).toBe(getDeck(summary.id)!.questions.length);
		}
	});

	it('do not answer for ids that are not decks', () => {
		for (const id of ['', '..', '../package', 'NVIDIA-huang-chinese-ai-models', 'constructor', '__proto__']) {
			expect(getDeck(id), id).toBeUndefined();
		}
	});
});
