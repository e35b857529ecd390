import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck, type Deck } from '../src/lib/deck';
import { reviewSheet, tallySheet } from './blind-review';

const ROOT = join(import.meta.dirname, '..');

function deck(id: string): Deck {
	const result = parseDeck(JSON.parse(readFileSync(join(ROOT, `questions/decks/${id}.json`), 'utf8')));
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.deck;
}

const decks = [deck('apple-record-revenue-iphone-sales'), deck('water-vapour-found-on-exoplanet-k2-18b')];

describe('the review sheet', () => {
	it('draws the same questions for the same seed, other ones for another, and never one twice', () => {
		const sheet = reviewSheet(decks, { perDeck: 5, seed: 3 });
		expect(reviewSheet(decks, { perDeck: 5, seed: 3 })).toBe(sheet);
		const ids = (s: string) => [...s.matchAll(/^### #\d+ \S+ `(q-[0-9a-f]{16})`$/gm)].map((m) => m[1]);
		expect(ids(sheet)).toHaveLength(10);
		expect(new Set(ids(sheet)).size).toBe(10);
		expect(ids(reviewSheet(decks, { perDeck: 5, seed: 4 }))).not.toEqual(ids(sheet));
	});

	it('shows what the learner sees, then the answer and the source, and an empty verdict', () => {
		const mcq = decks[0]!.questions.find((q) => q.type === 'mcq')!;
		const sheet = reviewSheet([{ ...decks[0]!, questions: [mcq] }], { perDeck: 5, seed: 1 });
		expect(sheet).toContain(`## apple-record-revenue-iphone-sales — 1 questions, `);
		expect(sheet).toContain(
			[`### #1 mcq \`${mcq.id}\``, `- prompt: ${mcq.prompt}`, `- options: ${mcq.options.join(' | ')}`, `- answer: ${mcq.answer}`, `- source: ${mcq.source.sentence}`, '- verdict: ', ''].join('\n')
		);
		expect(tallySheet(sheet)).toBeUndefined();
	});
});

describe('the tally', () => {
	it('counts the verdicts and the blanks, with shares rounded as Python rounds them', () => {
		const sheet = ['- verdict: A clear', '- verdict: W trivia', '- verdict: U two answers fit', '- verdict: A', '- verdict: ', '- verdict: A fine', '- verdict: U', '- verdict: A'].join('\n');
		expect(tallySheet(sheet)).toBe('7 judged (1 blank): acceptable 4 (57%), weak 1 (14%), unacceptable 2 (29%)');
		expect(tallySheet('- verdict: A\n- verdict: U')).toBe('2 judged (0 blank): acceptable 1 (50%), weak 0 (0%), unacceptable 1 (50%)');
		expect(tallySheet('- verdict: A\n- verdict: A\n- verdict: A\n- verdict: A\n- verdict: A\n- verdict: A\n- verdict: A\n- verdict: W')).toBe(
			'8 judged (0 blank): acceptable 7 (88%), weak 1 (12%), unacceptable 0 (0%)'
		);
	});
});
