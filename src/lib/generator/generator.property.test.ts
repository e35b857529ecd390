// Properties of the generator over inputs nobody would write: it never throws, always returns a
// deck that the schema accepts, and gives the same bytes for the same text. Adversarial inputs
// (long runs that make a backtracking or quadratic rule blow up) run in a worker thread, so that a
// hang is stopped and reported instead of blocking the test run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../deck';
import { generateDeck } from './index';

const ARTICLES = join(import.meta.dirname, '../../../questions/articles');
const BODIES = readdirSync(ARTICLES)
	.filter((f) => f.endsWith('.md'))
	.sort()
	.map((f) => readFileSync(join(ARTICLES, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, ''));
const SENTENCES = BODIES.flatMap((b) => b.split(/(?<=[.!?”])\s+/)).filter((s) => s.trim());

/** Generates, validates and generates again: the same text must give the same bytes. */
function checkDeck(text: string): void {
	const first = generateDeck(text, { id: 'prop' });
	const parsed = parseDeck(first);
	if (!parsed.ok) throw new Error(`invalid deck for ${JSON.stringify(text.slice(0, 200))}: ${parsed.errors.slice(0, 3).join('; ')}`);
	const again = JSON.stringify(generateDeck(text, { id: 'prop' }));
	if (again !== JSON.stringify(first)) throw new Error(`not deterministic for ${JSON.stringify(text.slice(0, 200))}`);
}

const property = (arbitrary: fc.Arbitrary<string>, numRuns: number) => fc.assert(fc.property(arbitrary, (text) => checkDeck(text)), { numRuns, seed: 20251128 });

const words = (list: string[]) => fc.array(fc.constantFrom(...list), { minLength: 1, maxLength: 400 });

describe('generateDeck on arbitrary text', { timeout: 60_000 }, () => {
	it('Unicode strings (graphemes, any code point)', () => {
		property(fc.string({ unit: 'grapheme', maxLength: 300 }), 80);
		property(fc.string({ unit: 'binary', maxLength: 300 }), 60);
	});

	it('lone surrogates, control characters, BOMs and odd line ends', () => {
		const odd = fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u0007', '\uFEFF', '\r', '\r\n', '\u2028', '\u2029', '\u200B', '\u0301', 'A', '.', ' ', '\n\n', '$', '%');
		property(fc.array(odd, { maxLength: 200 }).map((parts) => parts.join('')), 80);
	});

	it('huge sentences without punctuation', () => {
		property(words(['the', 'Alibaba', 'invested', 'billion', 'in', 'March', 'company', 'Nvidia', 'CEO', 'Jensen', 'Huang', 'said', 'it', 'would', 'grow', 'three', 'years']).map((w) => w.join(' ')), 30);
	});

	it('only numbers', () => {
		const number = fc.oneof(fc.integer(), fc.double({ noNaN: false }).map(String), fc.constantFrom('$52 billion', '18%', '2023', '1,000,000', '3.5', 'Q1', '1st', '½'));
		property(fc.array(number, { maxLength: 200 }).map((parts) => parts.join(fc.sample(fc.constantFrom(' ', ', ', '. ', '\n'), { numRuns: 1, seed: parts.length })[0]!)), 40);
	});

	it('only quotes, and only punctuation', () => {
		property(fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n'), maxLength: 500 }), 40);
		property(fc.string({ unit: fc.constantFrom(...'.,;:!?…—–-()[]{}/\\*_#`~|<>@&^= \n'), maxLength: 500 }), 40);
	});

	it('Markdown only: headings, lists, code, and front matter with broken YAML', () => {
		const line = fc.oneof(
			fc.constantFrom('---', '# ', '## Heading', '###### H6', '- item', '1. item', '> quote', '```', '    code', '***', '| a | b |', '', 'title: "unclosed', 'title: [a, b', ': :', '&a *a', '*a', 'key: !!binary x', '\t- : -'),
			fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((s) => `## ${s}`)
		);
		property(fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n')), 80);
		property(fc.array(line, { maxLength: 30 }).map((lines) => `---\n${lines.join('\n')}\n---\n\n${lines.join('\n')}`), 60);
	});

	it('article sentences shuffled into new articles (about 5 KB each)', () => {
		const article = fc.shuffledSubarray(SENTENCES, { minLength: 20, maxLength: 40 }).map((s) => s.join(' ').replace(/([.!?”]) (?=\S)/g, (m, p: string, i: number) => (i % 5 === 0 ? `${p}\n\n` : m)));
		property(article, 8);
	});
});

// ---- Big and adversarial inputs, in a worker thread that a timeout can stop ----

const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const WORKER = `
const { parentPort } = require('node:worker_threads');
const ready = import(${JSON.stringify(TSX_API)}).then(({ register }) => {
	register();
	return Promise.all([import(${JSON.stringify(join(import.meta.dirname, 'index.ts'))}), import(${JSON.stringify(join(import.meta.dirname, '../deck/index.ts'))})]);
});
parentPort.on('message', async (text) => {
	const [{ generateDeck }, { parseDeck }] = await ready;
	try {
		const started = performance.now();
		const deck = generateDeck(text, { id: 'adversarial' });
		const parsed = parseDeck(deck);
		parentPort.postMessage({ ok: parsed.ok, errors: parsed.ok ? [] : parsed.errors.slice(0, 3), questions: deck.questions.length, ms: performance.now() - started });
	} catch (error) {
		parentPort.postMessage({ threw: String(error && error.stack || error) });
	}
});`;

interface Outcome {
	ok?: boolean;
	errors?: string[];
	questions?: number;
	ms?: number;
	threw?: string;
	timedOut?: boolean;
}

/** One worker, reused while it answers in time; stopped (and replaced next time) when it does not. */
let worker: Worker | undefined;
afterAll(async () => {
	await worker?.terminate();
});

function ask(current: Worker, text: string, budgetMs: number): Promise<Outcome> {
	return new Promise<Outcome>((resolve, reject) => {
		const timer = setTimeout(() => resolve({ timedOut: true }), budgetMs);
		current.once('message', (message: Outcome) => {
			clearTimeout(timer);
			resolve(message);
		});
		current.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		current.postMessage(text);
	});
}

/** Runs one text in the worker (started and warmed up first, outside the budget). */
async function inWorker(text: string, budgetMs: number): Promise<Outcome> {
	if (!worker) {
		worker = new Worker(WORKER, { eval: true });
		await ask(worker, 'Alibaba vowed to invest $52 billion over three years.', 60_000);
	}
	const current = worker;
	const outcome = await ask(current, text, budgetMs);
	if (outcome.timedOut || outcome.threw) {
		worker = undefined;
		await current.terminate();
	} else {
		current.removeAllListeners('error');
	}
	return outcome;
}

const BUDGET = 20_000;

function expectCompletes(outcome: Outcome, label: string) {
	expect(outcome.timedOut, `${label}: did not finish within ${BUDGET / 1000} s (a backtracking regular expression or a quadratic loop)`).toBeUndefined();
	expect(outcome.threw, `${label}: threw`).toBeUndefined();
	expect(outcome.errors ?? [], `${label}: invalid deck`).toEqual([]);
	expect(outcome.ok, label).toBe(true);
}

const ADVERSARIAL: [string, string][] = [
	['50,000 × "a "', 'a '.repeat(50_000)],
	['50,000 × "A."', 'A.'.repeat(50_000)],
	['50,000 × "$1,"', '$1,'.repeat(50_000)],
	['50,000 × "“"', '“'.repeat(50_000)],
	['50,000 × "-"', '-'.repeat(50_000)],
	['50,000 × ","', ','.repeat(50_000)],
	['50,000 × "_"', '_'.repeat(50_000)],
	['10,000 capitalised words', 'Alpha Beta Gamma Delta Epsilon '.repeat(2_000)],
	['a 100 KB line with no spaces', 'x'.repeat(100_000)],
	['a 100 KB line of "nearly " hedges', 'nearly '.repeat(15_000)]
];

describe('big and adversarial inputs complete', () => {
	it.each(ADVERSARIAL)('%s', async (label, text) => {
		expectCompletes(await inWorker(text, BUDGET), label);
	}, BUDGET + 10_000);

	it('a 100 KB article made of the sample articles', async () => {
		let text = '';
		for (let i = 0; text.length < 100_000; i++) text += `${BODIES[i % BODIES.length]}\n\n`;
		expectCompletes(await inWorker(text.slice(0, 100_000), 60_000), '100 KB article');
	}, 70_000);
});
