import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeck, type Deck } from '../src/lib/deck';
import { reviewSheet, tallySheet } from './blind-review';

const ROOT = join(import.meta.dirname, '..');

function deck(id: string): Deck {
	const result = parseDeck(JSON.parse(readFileSync(join(ROOT, `questions/decks/${id}.json`), 'utf8')));
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.deck;
}

// Two short decks with five questions or more each.
const decks = [deck('apple-record-revenue-iphone-sales'), deck('who-recommends-second-malaria-vaccine')];

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

describe('npm run review-sheet', { timeout: 120_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-review-sheet-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/review-sheet.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

	it('writes a sheet of valid decks, and tallies it once judged', () => {
		const paths = ['apple-record-revenue-iphone-sales', 'who-recommends-second-malaria-vaccine'].map((id) => join(ROOT, `questions/decks/${id}.json`));
		const sampled = run('sample', ...paths, '--per-deck', '2', '--seed', '9');
		expect(sampled.status, sampled.stderr).toBe(0);
		expect(sampled.stdout).toBe(`${reviewSheet(decks, { perDeck: 2, seed: 9 })}\n`);
		const sheet = join(dir, 'sheet.md');
		writeFileSync(sheet, sampled.stdout.replace('- verdict: ', '- verdict: W trivia'));
		const tallied = run('tally', sheet);
		expect([tallied.status, tallied.stdout]).toEqual([0, '1 judged (3 blank): acceptable 0 (0%), weak 1 (100%), unacceptable 0 (0%)\n']);
	});

	it('refuses a file that is not a deck with one line and exit 2', () => {
		const result = run('sample', join(ROOT, 'questions/facts/apple-record-revenue-iphone-sales.json'));
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/apple-record-revenue-iphone-sales\.json: not a valid deck: \S.*\n$/);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});
