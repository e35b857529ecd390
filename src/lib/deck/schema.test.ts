import { describe, expect, it } from 'vitest';
import { parseDeck } from './validate';
import { sampleDeck } from './testing';

/** A sample deck as plain JSON, with one change applied, as a file on disk would be. */
function deckWith(change: (deck: Record<string, any>) => void): unknown {
	const deck = structuredClone(sampleDeck()) as Record<string, any>;
	change(deck);
	return deck;
}

function errorsOf(data: unknown): string[] {
	const result = parseDeck(data);
	if (result.ok) throw new Error('expected the deck to be rejected');
	return result.errors;
}

describe('deck schema', () => {
	it('accepts a valid deck with every question type, unchanged', () => {
		const deck = sampleDeck();
		const result = parseDeck(structuredClone(deck));
		expect(result).toEqual({ ok: true, deck });
		expect(new Set(deck.questions.map((q) => q.type)).size).toBe(5);
	});

	it('names a missing top-level field', () => {
		expect(errorsOf(deckWith((d) => delete d.title))).toEqual([expect.stringMatching(/^title: /)]);
	});

	it('rejects another schema version', () => {
		expect(errorsOf(deckWith((d) => (d.schemaVersion = 2)))).toEqual([expect.stringMatching(/^schemaVersion: /)]);
	});

	it('rejects an id that is not a slug', () => {
		expect(errorsOf(deckWith((d) => (d.id = '../etc/passwd')))).toEqual([
			expect.stringMatching(/^id: must be a slug/)
		]);
	});

	it('rejects a blank prompt, naming the question by number and id and the field', () => {
		const data = deckWith((d) => (d.questions[1].prompt = '   '));
		const id = sampleDeck().questions[1]!.id;
		expect(errorsOf(data)).toContain(`question 2 (${id}): prompt: must not be blank`);
	});

	it('rejects an unknown question type', () => {
		const [error] = errorsOf(deckWith((d) => (d.questions[0].type = 'essay')));
		expect(error).toMatch(/^question 1 \(q-[0-9a-f]{16}\): type: /);
	});

	it('rejects a multiple-choice question whose answer is not among its options', () => {
		const data = deckWith((d) => (d.questions[0].options = ['$1 billion', '$2 billion', '$3 billion']));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/^question 1 \(q-\w+\): options: the answer must be among the options exactly once \(found 0 times\)$/)]);
	});

	it('rejects options that are the same after normalisation', () => {
		const data = deckWith((d) => (d.questions[0].options = ['$52 billion', '$6 million', '$6 Million.', '$25 billion']));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/options: options must be distinct$/)]);
	});

	it('rejects too few options', () => {
		const data = deckWith((d) => (d.questions[0].options = ['$52 billion', '$6 million']));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/options: needs at least 3 options$/)]);
	});

	it('rejects a cloze prompt without a gap', () => {
		const data = deckWith((d) => (d.questions[1].prompt = 'Alibaba vowed to invest money.'));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/^question 2 \(q-\w+\): prompt: a cloze prompt needs a gap/)]);
	});

	it('rejects a true-false answer other than true or false', () => {
		const data = deckWith((d) => (d.questions[2].answer = 'yes'));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/^question 3 \(q-\w+\): answer: a true-false answer is "true" or "false"$/)]);
	});

	it('rejects a source sentence that is not the article text at its offsets', () => {
		const data = deckWith((d) => (d.questions[3].source.start += 1));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/^question 4 \(q-\w+\): source\.sentence: is not the article's text at \d+–\d+$/)]);
	});

	it('rejects offsets past the end of the article, and an end before the start', () => {
		expect(errorsOf(deckWith((d) => (d.questions[4].source.end = 10_000)))).toEqual([
			expect.stringMatching(/question 5 .*source\.end: end 10000 is past the end of the article/)
		]);
		expect(errorsOf(deckWith((d) => (d.questions[4].source.end = d.questions[4].source.start)))).toContainEqual(
			expect.stringMatching(/question 5 .*source\.end: end must be greater than start/)
		);
	});

	it('rejects two questions with the same id', () => {
		const data = deckWith((d) => (d.questions[1].id = d.questions[0].id));
		expect(errorsOf(data)).toEqual([expect.stringMatching(/^question 2 \(q-\w+\): id: duplicate question id q-/)]);
	});

	it('rejects malformed ids and names the question by number when its id is unusable', () => {
		expect(errorsOf(deckWith((d) => (d.questions[0].id = 'Q1')))).toEqual([
			'question 1 (Q1): id: must be "q-" and 16 hex digits'
		]);
		expect(errorsOf(deckWith((d) => delete d.questions[0].id))).toEqual([expect.stringMatching(/^question 1: id: /)]);
	});

	it('rejects a bad publication date and a bad url', () => {
		expect(errorsOf(deckWith((d) => (d.source.published = 'July 2025')))).toEqual([
			expect.stringMatching(/^source\.published: must be a date/)
		]);
		expect(errorsOf(deckWith((d) => (d.source.url = 'not a url')))).toEqual([expect.stringMatching(/^source\.url: /)]);
	});

	it('says what is wrong when the input is not a deck at all', () => {
		expect(errorsOf(null)).toEqual([expect.stringMatching(/^\(the deck itself\): /)]);
		expect(errorsOf([])).toHaveLength(1);
		expect(errorsOf('{"questions": []}')).toHaveLength(1);
	});

	it('reports every problem at once', () => {
		const data = deckWith((d) => {
			d.title = '';
			d.questions[0].answer = '';
			d.questions[2].answer = 'maybe';
		});
		expect(errorsOf(data).length).toBeGreaterThanOrEqual(3);
	});
});
