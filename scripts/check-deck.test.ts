// The deck checker: its checks one by one, then the CLI as a real process on a committed deck and on
// a broken copy of it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactListSchema } from '../src/lib/generator/coverage';
import { CheckedDeckSchema, checkDeck, questionDefects, roundHalfEven, summaryLine } from './deck-checks';

const ROOT = join(import.meta.dirname, '..');
const SEED = 'nvidia-huang-chinese-ai-models';
const ARTICLE = join(ROOT, `questions/articles/${SEED}.md`);
const DECK = join(ROOT, `questions/decks/${SEED}.json`);
const FACTS = join(ROOT, `questions/facts/${SEED}.json`);
const dir = mkdtempSync(join(tmpdir(), 'factdeck-check-deck-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = 'Nvidia said revenue rose 18% to $52 billion in the quarter.';
const reviewedArticle = 'nvidia said revenue rose 18% to $52 billion in the quarter';

function question(fields: Record<string, unknown>) {
	return CheckedDeckSchema.parse({ questions: [{ id: 'q-1', source: { sentence: SENTENCE }, ...fields }] }).questions[0]!;
}

describe('the checks of one question', () => {
	it.each([
		[{ type: 'cloze', prompt: 'Nvidia said revenue rose _____ to $52 billion.', answer: '18%' }, []],
		[{ type: 'essay', prompt: 'Why?', answer: 'Because' }, ["type 'essay'"]],
		[{ type: 'flashcard', prompt: ' ', answer: '' }, ['empty prompt', 'empty answer']],
		[{ type: 'flashcard', prompt: 'Revenue', answer: '$52 billion', source: null }, ['no source sentence']],
		[{ type: 'flashcard', prompt: 'Revenue', answer: '$52 billion', source: { sentence: 'Apple sold phones.' } }, ['source sentence not in article']],
		[{ type: 'short-answer', prompt: 'By how much did Nvidia revenue rise (18%)?', answer: '18%' }, ['prompt leaks answer']],
		[{ type: 'short-answer', prompt: 'Who reported?', answer: 'Apple' }, ['answer not in source']],
		[{ type: 'cloze', prompt: 'Revenue rose to _____.', answer: 'nearly $52 billion' }, ['answer not in source', 'hedge inside answer']],
		[{ type: 'mcq', prompt: 'Who reported?', answer: 'Nvidia', options: ['Nvidia', 'AMD'] }, ['2 options']],
		[{ type: 'mcq', prompt: 'Who reported?', answer: 'Nvidia', options: ['Nvidia', 'AMD', 'amd.'] }, ['duplicate options']],
		[{ type: 'mcq', prompt: 'Who reported?', answer: 'Nvidia', options: ['Intel', 'AMD', 'Arm'] }, ['answer not exactly once among options']],
		[{ type: 'mcq', prompt: 'By how much?', answer: '18%', options: ['18%', 'about 20%', '5%'] }, ['hedge inside an option']],
		[{ type: 'true-false', prompt: 'Nvidia reported revenue.', answer: 'yes' }, ['true-false answer not true/false']],
		[{ type: 'cloze', prompt: 'Revenue rose by a _____.', answer: '18%' }, ['a/an disagrees with answer']],
		[{ type: 'cloze', prompt: 'Revenue rose by an _____.', answer: '18%' }, []],
		[{ type: 'cloze', prompt: 'The news came from an _____ report.', answer: 'Nvidia' }, ['a/an disagrees with answer']],
		[{ type: 'flashcard', prompt: 'It was a _____', answer: 'unicorn' }, []]
	])('%j → %j', (fields, defects) => {
		expect(questionDefects(question(fields), reviewedArticle)).toEqual(defects);
	});
});

describe('Python-compatible figures', () => {
	it('rounds ties to even, as Python does', () => {
		expect([roundHalfEven(12.5), roundHalfEven(13.5), roundHalfEven(12.25, 1), roundHalfEven(97.56, 1), roundHalfEven(2 / 3 * 100)]).toEqual([12, 14, 12.2, 97.6, 67]);
	});

	it('counts pronoun starts, near-duplicate prompts of one type and repeated ids', () => {
		const deck = CheckedDeckSchema.parse({
			questions: [
				{ id: 'q-1', type: 'flashcard', prompt: 'They said revenue rose to $52 billion in the quarter', answer: '$52 billion', source: { sentence: SENTENCE } },
				{ id: 'q-1', type: 'flashcard', prompt: 'They said revenue rose to $52 billion in the quarter!', answer: '$52 billion', source: { sentence: SENTENCE } },
				{ id: 'q-3', type: 'cloze', prompt: 'They said revenue rose to _____ in the quarter', answer: '$52 billion', source: { sentence: SENTENCE } }
			]
		});
		const check = checkDeck(SENTENCE, deck);
		expect([check.pronoun_start, check.near_duplicates, check.duplicate_ids, check.failing]).toEqual([3, 1, 1, 0]);
		expect(summaryLine(check)).toBe('deck: 3 questions, structural 100.0%, near-dup 1, dup-ids 1, pronoun-start 3');
	});
});

function run(...args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/check-deck.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
	return { status: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

describe('npm run check-deck', { timeout: 120_000 }, () => {
	it('passes a committed deck, and its figures agree with the coverage the deck tests measure', () => {
		const jsonOut = join(dir, 'seed.json');
		const { status, lines, stderr } = run(ARTICLE, DECK, FACTS, '--json-out', jsonOut);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const expected = checkDeck(
			readFileSync(ARTICLE, 'utf8'),
			CheckedDeckSchema.parse(JSON.parse(readFileSync(DECK, 'utf8'))),
			FactListSchema.parse(JSON.parse(readFileSync(FACTS, 'utf8')))
		);
		expect(JSON.parse(readFileSync(jsonOut, 'utf8'))).toEqual(expected);
		expect(lines.at(-1)).toBe(summaryLine(expected));
		expect(lines.at(-1)).toMatch(/^deck: \d+ questions, structural 100\.0%, near-dup 0, dup-ids 0, pronoun-start 0, coverage \d+\/\d+ \(\d+%\), strict \d+\/\d+, must-not 0$/);
	});

	it('flags a broken deck: each defect named, the schema problems listed, the figures down, exit 1', () => {
		const deck = JSON.parse(readFileSync(DECK, 'utf8'));
		const mcq = deck.questions.find((q: { type: string }) => q.type === 'mcq');
		mcq.options = mcq.options.filter((o: string) => o !== mcq.answer);
		deck.questions.push({ ...deck.questions[1], prompt: 'It asks about boilerplate.' });
		const broken = join(dir, 'broken.json');
		writeFileSync(broken, JSON.stringify(deck));
		const facts = JSON.parse(readFileSync(FACTS, 'utf8'));
		facts.must_not.push({ id: 'boilerplate', prompt_regex: 'boilerplate' });
		const factsFile = join(dir, 'facts.json');
		writeFileSync(factsFile, JSON.stringify(facts));

		const { status, lines } = run(ARTICLE, broken, factsFile);
		expect(status).toBe(1);
		expect(lines[0]).toMatch(/^answer not exactly once among options: 1 \(".+"\)$/);
		expect(lines).toContain(`schema: question ${deck.questions.indexOf(mcq) + 1} (${mcq.id}): options: the answer must be among the options exactly once (found 0 times)`);
		const count = deck.questions.length;
		const structural = roundHalfEven((100 * (count - 1)) / count, 1).toFixed(1);
		expect(lines.at(-1)).toMatch(new RegExp(`^deck: ${count} questions, structural ${structural}%, near-dup 0, dup-ids 1, pronoun-start 1, coverage .*, must-not 1$`));
	});

	it('refuses a deck of the wrong shape with one line naming the field, and exit 2', () => {
		// Unreadable and non-JSON files: cli-input.test.ts.
		const wrongShape = join(dir, 'wrong.json');
		writeFileSync(wrongShape, JSON.stringify({ questions: [{ prompt: 3 }] }));
		const { status, stderr } = run(ARTICLE, wrongShape);
		expect(status, stderr).toBe(2);
		expect(stderr).toMatch(/^\S*wrong\.json: questions\.0\.prompt: Invalid input: expected string, received number\n$/);
	});
});
