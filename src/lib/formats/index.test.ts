import { zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { sampleDeck } from '$lib/deck/testing';
import { EXPORT_FORMATS, IMPORT_FORMATS, exportDeck, importFile, type ExportFormat } from './index';
import { kept, keptOfImport } from './testing';

// The dispatcher over the real format modules: every export named and typed, every import format
// found from the file and read back to the same questions, and files no reader fits refused.

const NOW = Date.UTC(2026, 11, 2, 9, 30);
const sql = () => initSqlJs();
const deck = sampleDeck({ id: 'markets' });
const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

const EXPECTED: Record<ExportFormat, { filename: string; mime: RegExp; start: RegExp | number[] }> = {
	gift: { filename: 'markets.gift.txt', mime: /^text\/plain/, start: /^\/\/ / },
	'moodle-xml': { filename: 'markets.xml', mime: /^application\/xml/, start: /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<quiz>/ },
	anki: { filename: 'markets.txt', mime: /^text\/plain/, start: /^#separator:tab\n/ },
	apkg: { filename: 'markets.apkg', mime: /^application\/octet-stream$/, start: [0x50, 0x4b, 0x03, 0x04] },
	csv: { filename: 'markets.csv', mime: /^text\/csv/, start: /^type,prompt,answer,/ }
};

describe('exportDeck', () => {
	it.each(EXPORT_FORMATS)('makes %s: the deck id with the format’s ending, its media type, its content', async (format) => {
		const file = await exportDeck(deck, format, { sql, now: NOW });
		const expected = EXPECTED[format];
		expect(file.filename).toBe(expected.filename);
		expect(file.mime).toMatch(expected.mime);
		if (Array.isArray(expected.start)) expect([...(file.data as Uint8Array).subarray(0, 4)]).toEqual(expected.start);
		else expect(file.data).toMatch(expected.start);
	});

	it('needs sql.js for a package only', async () => {
		await expect(exportDeck(deck, 'apkg', { now: NOW })).rejects.toThrow('Anki packages need sql.js');
		expect((await exportDeck(deck, 'csv', { now: NOW })).filename).toBe('markets.csv');
	});
});

describe('importFile', () => {
	it.each(IMPORT_FORMATS)('reads back what %s export wrote, the format told from the file', async (format) => {
		const file = await exportDeck(deck, format, { sql, now: NOW });
		const read = await importFile(file.filename, bytesOf(file.data), { sql });
		expect(read.format).toBe(format);
		expect(read.problems).toEqual([]);
		expect(read.questions.map(keptOfImport)).toEqual(deck.questions.map(kept));
	});

	it('tells GIFT from Anki text in a .txt by its content', async () => {
		const gift = await exportDeck(deck, 'gift', { sql, now: NOW });
		const anki = await exportDeck(deck, 'anki', { sql, now: NOW });
		expect((await importFile('quiz.txt', bytesOf(gift.data), {})).format).toBe('gift');
		expect((await importFile('quiz.txt', bytesOf(anki.data), {})).format).toBe('anki');
	});

	it('reads a zip that is no Anki package, or a damaged one, as no questions and a problem saying so', async () => {
		const notAnki = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
		const read = await importFile('deck.apkg', notAnki, { sql });
		expect(read.questions).toEqual([]);
		expect(read.problems).toEqual([{ line: 0, message: 'This zip file is not an Anki package: it has no collection.anki2 inside.' }]);
		const cut = bytesOf((await exportDeck(deck, 'apkg', { sql, now: NOW })).data).subarray(0, 200);
		const damaged = await importFile('cut.apkg', cut, { sql });
		expect(damaged.questions).toEqual([]);
		expect(damaged.problems).toEqual([{ line: 0, message: expect.stringMatching(/not an Anki package|damaged/) }]);
	});

	it('refuses a package over 100 MB before opening it', async () => {
		const huge = new Uint8Array(100 * 1024 * 1024 + 1);
		huge.set([0x50, 0x4b, 0x03, 0x04]);
		let opened = false;
		const watch = async () => ((opened = true), initSqlJs());
		await expect(importFile('huge.apkg', huge, { sql: watch })).rejects.toThrow('huge.apkg is too large (100 MB, over the limit of 100 MB for a package).');
		expect(opened).toBe(false);
	});
});
