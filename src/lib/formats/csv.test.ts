import fc from 'fast-check';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import { CSV_COLUMNS, exportCsv, importCsv, joinValues, splitValues } from './csv';
import { HOSTILE, hostileDeck, kept, keptOfImport } from './testing';

const seed = DeckSchema.parse(JSON.parse(readFileSync('questions/decks/nvidia-huang-chinese-ai-models.json', 'utf8')));

function roundTrip(deck: Deck) {
	const result = importCsv(exportCsv(deck));
	expect(result.problems).toEqual([]);
	expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept));
	expect(result.questions.map((q) => q.tags)).toEqual(deck.questions.map((q) => q.tags));
	return result;
}

describe('CSV export', () => {
	it('is read by papaparse with the expected columns and one row a question', () => {
		const parsed = Papa.parse<Record<string, string>>(exportCsv(seed), { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
		expect(parsed.data).toHaveLength(seed.questions.length);
		seed.questions.forEach((q, i) => {
			const row = parsed.data[i] ?? {};
			expect(row.type).toBe(q.type);
			expect(row.prompt).toBe(q.prompt);
			expect(row.answer).toBe(q.answer);
			expect(row.source).toBe(q.source.sentence);
			if (q.type === 'mcq') expect(row.options).toBe(q.options.join(' | '));
		});
	});

	it('writes a formula-like cell with an apostrophe, so a spreadsheet does not run it', () => {
		const csv = exportCsv(hostileDeck('x', 'T'));
		const deck = hostileDeck('x');
		deck.questions = deck.questions.map((q) => (q.type === 'flashcard' ? { ...q, answer: '=HYPERLINK("http://evil")' } : q));
		expect(exportCsv(deck)).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(csv).not.toContain(`'=`);
		expect(importCsv(exportCsv(deck)).questions[4]?.answer).toBe('=HYPERLINK("http://evil")');
	});
});

describe('CSV cells with several values', () => {
	it('escape the separator and the backslash', () => {
		const values = ['a | b', 'c\\|d', '\\', 'e'];
		expect(joinValues(values)).toBe('a \\| b | c\\\\\\|d | \\\\ | e');
		expect(splitValues(joinValues(values))).toEqual(values);
		expect(splitValues('x|y |  z')).toEqual(['x', 'y', 'z']);
	});
});

describe('CSV round trip', () => {
	it('gives back the seed deck and the sample deck', () => {
		const result = roundTrip(seed);
		expect(result.questions[0]?.line).toBe(2);
		roundTrip(sampleDeck());
	});

	it('gives back hostile text', () => {
		for (const text of HOSTILE) roundTrip(hostileDeck(text));
	});

	it('gives back any text (property)', () => {
		const unit = fc.constantFrom(...[...'ab {}:~=#\\\n\t"\'<>&/|;,*%_😀é@+-'], 'ü', '中', '\r\n');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
				// Carriage returns are read as line breaks.
				const deck = hostileDeck(`a${text.replace(/\r\n/g, '\n')}z`);
				const result = importCsv(exportCsv(deck));
				expect(result.problems).toEqual([]);
				expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('CSV import of a spreadsheet written by hand', () => {
	it('reads the columns in any order, friendly type names, and reports bad rows by line', () => {
		const csv = [
			'Prompt,Answer,Type,Options,Notes',
			'What is 2+2?,4,multiple choice,3|4|5,',
			'"Water boils at ___ °C.",100,Gap-fill,,',
			'The sun is a star.,TRUE,true/false,,',
			'Hamlet?,Shakespeare,essay,,',
			',answer,flashcard,,',
			'No options,a,mcq,,',
			'"Multi',
			'line",back,flashcard,,',
			'Not true,maybe,true-false,,',
			'Gap?,x,cloze,,',
			'"unclosed,x,flashcard'
		].join('\n');
		const result = importCsv(csv);
		expect(result.questions.map(({ type, prompt, answer, options, line }) => ({ type, prompt, answer, options, line }))).toEqual([
			{ type: 'mcq', prompt: 'What is 2+2?', answer: '4', options: ['3', '4', '5'], line: 2 },
			{ type: 'cloze', prompt: 'Water boils at ___ °C.', answer: '100', options: [], line: 3 },
			{ type: 'true-false', prompt: 'The sun is a star.', answer: 'true', options: [], line: 4 },
			{ type: 'flashcard', prompt: 'Multi\nline', answer: 'back', options: [], line: 8 }
		]);
		expect(result.problems).toEqual([
			{ line: 5, message: 'Unknown type "essay": use mcq, cloze, true-false, short-answer or flashcard.' },
			{ line: 6, message: 'The prompt is empty.' },
			{ line: 7, message: expect.stringContaining('needs its options') },
			{ line: 10, message: expect.stringContaining('"true" or "false"') },
			{ line: 11, message: expect.stringContaining('needs a gap') },
			{ line: 12, message: expect.stringContaining('Cannot read this row') }
		]);
	});

	it('requires a header row naming type, prompt and answer', () => {
		const result = importCsv('mcq,What?,a\nflashcard,Front,Back\n');
		expect(result.questions).toEqual([]);
		expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('no "type", "prompt", "answer" column') }]);
	});

	it('gives a problem and no questions for a file that is not a CSV of questions', () => {
		for (const text of ['', '\n\n', 'type,prompt,answer\n', '{"a": 1}', '\u0000\u0001']) {
			const result = importCsv(text);
			expect(result.questions).toEqual([]);
			expect(result.problems.length).toBeGreaterThan(0);
		}
	});
});
