import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportFileError } from '$lib/formats/detect';
import type { ImportFormat, ImportResult, ImportedQuestion } from '$lib/formats/types';
import { NOON } from '$lib/scheduler/testing';
import { openRepositories, type Repositories } from '$lib/storage';
import { QuestionImport, type OpenedFile } from './question-import.svelte';

// The import page's state over a real (in-memory) IndexedDB; the file reader is given, as the page
// gives the formats' importFile, so that each case says exactly what the file held.

let repos: Repositories;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories();
});

const card = (prompt: string, answer: string, line: number): ImportedQuestion => ({
	type: 'flashcard',
	prompt,
	answer,
	options: [],
	accept: [],
	sentence: null,
	tags: [],
	line
});

function reading(result: Partial<ImportResult>, format: ImportFormat = 'anki') {
	return async () => ({ title: null, questions: [], problems: [], skipped: { media: 0, unsupported: 0 }, ...result, format });
}

function importer(read: (name: string, bytes: Uint8Array) => Promise<ImportResult & { format: ImportFormat }>) {
	return new QuestionImport({ read, ownDecks: repos.ownDecks, servedIds: new Set(['spanish']), now: () => NOON });
}

const file = (name: string, size = 10): OpenedFile => ({ name, size, bytes: async () => new Uint8Array(size) });

describe('importing questions', () => {
	it('previews the questions and writes the deck only when saved, under the title typed', async () => {
		const state = importer(reading({ title: 'Spanish', questions: [card('perro', 'dog', 3), card('gato', 'cat', 4)], problems: [{ line: 5, message: 'A row with 1 field.' }], skipped: { media: 2, unsupported: 1 } }));
		await state.open(file('spanish.txt'));
		expect(state.phase).toBe('preview');
		expect(state.format).toBe('anki');
		expect(state.title).toBe('Spanish');
		expect(state.preview?.deck?.questions).toHaveLength(2);
		expect(state.preview?.problems).toEqual([{ line: 5, message: 'A row with 1 field.' }]);
		expect(state.preview?.skipped).toEqual({ media: 2, unsupported: 1 });
		expect(state.status).toBe('spanish.txt: 2 questions to add.');
		expect(await repos.ownDecks.ids()).toEqual([]);

		state.title = 'Spanish animals';
		const record = (await state.save())!;
		expect(record.id).toBe('own-spanish-animals');
		expect(record.origin).toBe('imported');
		expect(record.createdAt).toBe(NOON);
		expect(record.deck.title).toBe('Spanish animals');
		expect(state.phase).toBe('saved');
		expect(state.status).toBe('“Spanish animals” is saved on this device with 2 questions.');
		expect((await repos.ownDecks.get('own-spanish-animals'))?.deck.questions.map((q) => q.prompt)).toEqual(['perro', 'gato']);
	});

	it('takes a free id: never a served deck’s, nor an own deck’s made since the preview', async () => {
		const state = importer(reading({ title: 'Spanish', questions: [card('perro', 'dog', 1)] }));
		await state.open(file('a.txt'));
		const first = await state.save();
		expect(first?.id).toBe('own-spanish');
		await state.open(file('a.txt'));
		const other = importer(reading({ title: 'Spanish', questions: [card('gato', 'cat', 1)] }));
		await other.open(file('b.txt'));
		expect((await other.save())?.id).toBe('own-spanish-2');
		expect((await state.save())?.id).toBe('own-spanish-3');
	});

	it('writes nothing from a file with no usable question, and says so', async () => {
		const state = importer(reading({ questions: [{ ...card('Pick', 'z', 2), type: 'mcq', options: ['a', 'b', 'c'] }] }, 'csv'));
		await state.open(file('bad.csv'));
		expect(state.phase).toBe('preview');
		expect(state.preview?.deck).toBeNull();
		expect(state.preview?.problems).toEqual([{ line: 2, message: 'Options: the answer must be one of the options (add it as a line of its own).' }]);
		expect(state.problem).toBe('No question in bad.csv can be used, so nothing will be saved.');
		expect(await state.save()).toBeNull();
		expect(await repos.ownDecks.ids()).toEqual([]);
	});

	it('says why a file cannot be read, and does not read one over the limit at all', async () => {
		const state = importer(async (name) => {
			throw new ImportFileError(`${name} is not an Anki package.`);
		});
		await state.open(file('deck.apkg'));
		expect(state.phase).toBe('choose');
		expect(state.problem).toBe('deck.apkg is not an Anki package.');

		const broken = importer(async () => {
			throw new Error('database disk image is malformed');
		});
		await broken.open(file('deck.apkg'));
		expect(broken.problem).toBe('deck.apkg could not be read: database disk image is malformed');

		let read = false;
		const huge = importer(async () => {
			read = true;
			throw new Error('read');
		});
		await huge.open({ name: 'huge.apkg', size: 300 * 1024 * 1024, bytes: async () => ((read = true), new Uint8Array()) });
		expect(read).toBe(false);
		expect(huge.problem).toBe('huge.apkg is too large (300 MB, over the limit of 100 MB).');
		expect(await repos.ownDecks.ids()).toEqual([]);
	});

	it('keeps the preview and says why when the title is blank; numbers a package’s notes as notes', async () => {
		const state = importer(reading({ questions: [card('A', 'B', 1), card('A', 'B', 2)] }, 'apkg'));
		await state.open(file('cards.apkg'));
		expect(state.preview?.problems).toEqual([{ line: 2, message: 'The same question as note 1 (same prompt, type and answer): left out.' }]);
		expect(state.title).toBe('Cards');
		state.title = ' ';
		expect(await state.save()).toBeNull();
		expect(state.saveErrors).toEqual(['Title: give the deck a title.']);
		expect(state.phase).toBe('preview');
		expect(await repos.ownDecks.ids()).toEqual([]);
	});
});
