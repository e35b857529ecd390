import { describe, expect, it } from 'vitest';
import { parseDeck } from '$lib/deck';
import type { ImportResult, ImportedQuestion } from '$lib/formats/types';
import { deckFromImport, importedTitle, retitledImport, titleFromFileName } from './import-questions';

const q = (fields: Partial<ImportedQuestion> & Pick<ImportedQuestion, 'type' | 'prompt' | 'answer' | 'line'>): ImportedQuestion => ({
	options: [],
	accept: [],
	sentence: null,
	tags: [],
	...fields
});

const result = (questions: ImportedQuestion[], extra: Partial<ImportResult> = {}): ImportResult => ({
	title: null,
	questions,
	problems: [],
	skipped: { media: 0, unsupported: 0 },
	...extra
});

const NONE = new Set<string>();

describe('questions imported from a file become a deck', () => {
	it('points each question at its sentence in an article made of them; questions of one sentence share it', () => {
		const sentence = 'Alibaba vowed to invest $52 billion over three years.';
		const made = deckFromImport(
			result([
				q({ type: 'mcq', prompt: 'How much did Alibaba vow to invest?', answer: '$52 billion', options: ['$52 billion', '$6 million', '$50 billion'], sentence, line: 2 }),
				q({ type: 'cloze', prompt: 'Alibaba vowed to invest _____ over three years.', answer: '$52 billion', accept: ['52 billion dollars'], sentence, line: 3 }),
				q({ type: 'flashcard', prompt: 'Mitochondria', answer: 'the powerhouse of the cell', tags: ['biology', ' ', 'biology'], line: 4 }),
				q({ type: 'true-false', prompt: 'The sun is a star.', answer: 'True', line: 5 }),
				q({ type: 'short-answer', prompt: 'Who leads Nvidia?', answer: 'Jensen Huang', line: 6 })
			]),
			{ fileName: 'markets.csv', taken: NONE }
		);
		expect(made.problems).toEqual([]);
		expect(made.errors).toEqual([]);
		const deck = made.deck!;
		expect(parseDeck(deck).ok).toBe(true);
		expect(deck.article).toBe(
			[sentence, 'Mitochondria: the powerhouse of the cell', 'The sun is a star. (true)', 'Who leads Nvidia? Jensen Huang'].join('\n\n')
		);
		for (const question of deck.questions) expect(deck.article.slice(question.source.start, question.source.end)).toBe(question.source.sentence);
		expect(deck.questions[0]!.source).toEqual(deck.questions[1]!.source);
		expect(deck.questions.map((x) => x.type)).toEqual(['mcq', 'cloze', 'flashcard', 'true-false', 'short-answer']);
		expect(deck.questions[2]!.tags).toEqual(['biology']);
		expect(deck.questions[3]!.answer).toBe('true');
		expect(made.counts).toEqual({ mcq: 1, cloze: 1, 'true-false': 1, 'short-answer': 1, flashcard: 1 });
		expect(deck.id).toBe('own-markets');
		expect(deck.title).toBe('Markets');
		expect(deck.source).toEqual({ title: 'Markets', note: 'Imported from markets.csv.' });
		expect(deck.generator).toEqual({ name: 'factdeck-import', version: '1' });
	});

	it('leaves out questions the deck schema refuses, each a problem with its line, among the file’s own problems in line order', () => {
		const made = deckFromImport(
			result(
				[
					q({ type: 'mcq', prompt: 'Pick one', answer: 'a', options: ['a', 'b'], line: 7 }),
					q({ type: 'flashcard', prompt: 'Front', answer: 'Back', line: 3 }),
					q({ type: 'cloze', prompt: 'No gap here', answer: 'gap', line: 9 }),
					q({ type: 'flashcard', prompt: '  ', answer: 'Back', line: 11 }),
					q({ type: 'flashcard', prompt: 'Front', answer: 'Back', line: 12 })
				],
				{ problems: [{ line: 5, message: 'A row with 1 field: a question needs a prompt and an answer.' }] }
			),
			{ fileName: 'cards.txt', taken: NONE }
		);
		expect(made.deck?.questions).toHaveLength(1);
		expect(made.problems).toEqual([
			{ line: 5, message: 'A row with 1 field: a question needs a prompt and an answer.' },
			{ line: 7, message: 'Options: needs at least 3 options.' },
			{ line: 9, message: 'Prompt: a cloze prompt needs a gap: three or more underscores.' },
			{ line: 11, message: 'Prompt: must not be blank.' },
			{ line: 12, message: 'The same question as line 3 (same prompt, type and answer): left out.' }
		]);
		// A refused question adds nothing to the article.
		expect(made.deck!.article).toBe('Front: Back');
	});

	it('names a repeated note of a package as a note', () => {
		const made = deckFromImport(
			result([q({ type: 'flashcard', prompt: 'A', answer: 'B', line: 1 }), q({ type: 'flashcard', prompt: 'A', answer: 'B', line: 2 })]),
			{ fileName: 'x.apkg', taken: NONE, unit: 'note' }
		);
		expect(made.problems).toEqual([{ line: 2, message: 'The same question as note 1 (same prompt, type and answer): left out.' }]);
	});

	it('makes a deck of 5,000 cards with every source in place', () => {
		const many = Array.from({ length: 5000 }, (_, i) => q({ type: 'flashcard', prompt: `Front ${i}`, answer: `Back ${i}`, line: i + 1 }));
		const deck = deckFromImport(result(many), { fileName: 'many.txt', taken: NONE }).deck!;
		expect(deck.questions).toHaveLength(5000);
		const last = deck.questions[4999]!;
		expect(deck.article.slice(last.source.start, last.source.end)).toBe('Front 4999: Back 4999');
		expect(deck.article.endsWith('Front 4999: Back 4999')).toBe(true);
	});

	it('gives no deck when no question can be used, and keeps the skipped counts', () => {
		const made = deckFromImport(
			result([q({ type: 'mcq', prompt: 'Pick', answer: 'z', options: ['a', 'b', 'c'], line: 2 })], { skipped: { media: 3, unsupported: 2 } }),
			{ fileName: 'bad.csv', taken: NONE }
		);
		expect(made.deck).toBeNull();
		expect(made.problems).toEqual([{ line: 2, message: 'Options: the answer must be one of the options (add it as a line of its own).' }]);
		expect(made.skipped).toEqual({ media: 3, unsupported: 2 });
		expect(deckFromImport(result([]), { fileName: 'empty.csv', taken: NONE }).deck).toBeNull();
	});

	it('takes the file’s title, else the name’s; the person’s title over both; a free own- id', () => {
		const one = [q({ type: 'flashcard', prompt: 'A', answer: 'B', line: 1 })];
		const titled = deckFromImport(result(one, { title: '  Biology\n  chapter 3 ' }), { fileName: 'x.txt', taken: new Set(['own-biology-chapter-3']) });
		expect(titled.deck?.title).toBe('Biology chapter 3');
		expect(titled.deck?.id).toBe('own-biology-chapter-3-2');
		const renamed = deckFromImport(result(one, { title: 'Biology' }), { fileName: 'x.txt', title: 'My cards', taken: NONE });
		expect(renamed.deck?.title).toBe('My cards');
		expect(renamed.deck?.id).toBe('own-my-cards');
		const blank = deckFromImport(result(one), { fileName: 'x.txt', title: '   ', taken: NONE });
		expect(blank.deck).toBeNull();
		expect(blank.errors).toEqual(['Title: give the deck a title.']);
	});

	it('renames a previewed deck without making it again: a free id for the new title, a blank one refused', () => {
		const deck = deckFromImport(result([q({ type: 'flashcard', prompt: 'A', answer: 'B', line: 1 })]), { fileName: 'x.txt', taken: NONE }).deck!;
		const renamed = retitledImport(deck, '  Spanish\n verbs ', new Set(['own-spanish-verbs']));
		expect(renamed).toEqual({ ok: true, deck: { ...deck, id: 'own-spanish-verbs-2', title: 'Spanish verbs', source: { ...deck.source, title: 'Spanish verbs' } } });
		expect(renamed.ok && parseDeck(renamed.deck).ok).toBe(true);
		expect(retitledImport(deck, ' ', NONE)).toEqual({ ok: false, errors: ['Title: give the deck a title.'] });
	});

	it('makes titles from file names without their endings', () => {
		expect(titleFromFileName('biology-ch_3.gift.txt')).toBe('Biology ch 3');
		expect(titleFromFileName('C:\\decks\\Spanish verbs.apkg')).toBe('Spanish verbs');
		expect(titleFromFileName('notes.tsv')).toBe('Notes');
		expect(titleFromFileName('.csv')).toBe('Imported questions');
		expect(importedTitle({ title: null }, 'quiz.csv')).toBe('Quiz');
		expect(importedTitle({ title: ' ' }, 'quiz.csv')).toBe('Quiz');
	});
});
