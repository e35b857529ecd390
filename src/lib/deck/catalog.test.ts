import { describe, expect, it } from 'vitest';
import { DeckFileError, buildCatalog, summarizeDeck } from './catalog';
import { sampleDeck } from './testing';

describe('buildCatalog', () => {
	it('indexes valid deck files by id', () => {
		const catalog = buildCatalog({
			'/questions/decks/sample.json': sampleDeck(),
			'/questions/decks/other.json': sampleDeck({ id: 'other', title: 'Other' })
		});
		expect([...catalog.keys()].sort()).toEqual(['other', 'sample']);
		expect(catalog.get('sample')).toEqual(sampleDeck());
	});

	it('fails with the file, the question and the field of every problem', () => {
		const broken = structuredClone(sampleDeck()) as Record<string, any>;
		broken.questions[2].answer = 'perhaps';
		const build = () =>
			buildCatalog({
				'/questions/decks/sample.json': broken,
				'/questions/decks/good.json': sampleDeck({ id: 'good' }),
				'/questions/decks/empty.json': {}
			});
		expect(build).toThrow(DeckFileError);
		expect(build).toThrow(/\/questions\/decks\/sample\.json: question 3 \(q-[0-9a-f]{16}\): answer: /);
		expect(build).toThrow(/\/questions\/decks\/empty\.json: schemaVersion: /);
		expect(build).not.toThrow(/good\.json/);
	});

	it('requires a deck id to be its file name', () => {
		expect(() => buildCatalog({ '/questions/decks/renamed.json': sampleDeck() })).toThrow(
			'/questions/decks/renamed.json: id: "sample" must match the file name "renamed"'
		);
	});

	it('accepts an empty library', () => {
		expect(buildCatalog({}).size).toBe(0);
	});
});

describe('summarizeDeck', () => {
	it('counts questions by type, listing every type', () => {
		expect(summarizeDeck(sampleDeck())).toEqual({
			id: 'sample',
			title: 'A sample deck',
			source: { title: 'A sample article', published: '2025-07' },
			questionCount: 5,
			countsByType: { mcq: 1, cloze: 1, 'true-false': 1, 'short-answer': 1, flashcard: 1 }
		});
		expect(summarizeDeck(sampleDeck({ questions: [] })).countsByType).toEqual({
			mcq: 0,
			cloze: 0,
			'true-false': 0,
			'short-answer': 0,
			flashcard: 0
		});
	});
});
