// The export CLI, run as a real process on the seed deck and on bad inputs. Each spawn costs about
// a second, so the cases are few and each asserts everything it can.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SEED_ID = 'nvidia-huang-chinese-ai-models';
const SEED = join(ROOT, `questions/decks/${SEED_ID}.json`);
const SEED_DECK = JSON.parse(readFileSync(SEED, 'utf8')) as { questions: unknown[] };
const dir = mkdtempSync(join(tmpdir(), 'factdeck-export-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, by default in the project (as npm does); tsx and the project's tsconfig found from anywhere. */
function run(args: string[], cwd = ROOT) {
	const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
	const result = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'scripts/export.ts'), ...args], {
		cwd,
		env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') },
		encoding: 'buffer',
		timeout: 60_000,
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A failed run: status 2, nothing on stdout, one line on stderr naming the problem, no stack. */
function expectOneLineError(result: ReturnType<typeof run>, problem: RegExp) {
	expect(result.status).toBe(2);
	expect(result.stdout.length).toBe(0);
	const lines = result.stderr.trimEnd().split('\n');
	expect(lines, result.stderr).toHaveLength(1);
	expect(lines[0]).toMatch(problem);
	expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('npm run export', { timeout: 120_000 }, () => {
	it('writes a text format to stdout without --out, and to the file with it', () => {
		const gift = run([SEED, '--format', 'gift']);
		expect(gift.status, gift.stderr).toBe(0);
		expect(gift.stderr).toBe('');
		const text = gift.stdout.toString('utf8');
		expect(text).toMatch(/::[^:]+::/);
		expect(text.match(/\{/g)?.length ?? 0).toBeGreaterThanOrEqual(SEED_DECK.questions.length);

		const out = join(dir, 'seed.xml');
		const xml = run([SEED, '--format', 'moodle-xml', '--out', out]);
		expect(xml.status, xml.stderr).toBe(0);
		expect(xml.stdout.length).toBe(0);
		expect(xml.stderr).toBe(`wrote ${SEED_DECK.questions.length} questions to ${out}\n`);
		expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
	});

	it('writes an Anki package to <deck id>.apkg where it runs when no --out is given, never to stdout', () => {
		const result = run([SEED, '--format', 'apkg'], dir);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.length).toBe(0);
		expect(result.stderr).toBe(`wrote ${SEED_DECK.questions.length} questions to ${SEED_ID}.apkg\n`);
		const bytes = readFileSync(join(dir, `${SEED_ID}.apkg`));
		expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	});

	it('prints the usage without a deck or a format, and names an unknown format or option', () => {
		expectOneLineError(run([]), /^usage: npm run export -- <deck\.json> --format gift\|moodle-xml\|anki\|apkg\|csv \[--out FILE\]$/);
		expectOneLineError(run([SEED]), /^usage: /);
		expectOneLineError(run([SEED, '--format', 'xlsx']), /^unknown format "xlsx": choose gift, moodle-xml, anki, apkg, csv$/);
		expectOneLineError(run([SEED, '--format', 'csv', '--zip']), /^unknown option --zip; usage: /);
		expectOneLineError(run([SEED, '--format']), /^--format needs one of gift, moodle-xml, anki, apkg, csv; usage: /);
	});

	it('names a missing file, a file that is not JSON and a deck that breaks its schema', () => {
		const missing = join(dir, 'missing.json');
		expectOneLineError(run([missing, '--format', 'csv']), new RegExp(`^${missing}: no such file$`));
		const notJson = join(dir, 'not.json');
		writeFileSync(notJson, '{"id": ');
		expectOneLineError(run([notJson, '--format', 'csv']), /not\.json: not JSON \(/);
		const broken = join(dir, 'broken.json');
		const deck = JSON.parse(readFileSync(SEED, 'utf8')) as { questions: { prompt: string }[]; title: string };
		deck.questions[2]!.prompt = ' ';
		deck.title = '';
		writeFileSync(broken, JSON.stringify(deck));
		expectOneLineError(run([broken, '--format', 'csv']), /broken\.json: not a valid deck: title: must not be blank \(and \d+ more problems\)$/);
		const unwritable = run([SEED, '--format', 'csv', '--out', join(dir, 'no-such-dir', 'x.csv')]);
		expectOneLineError(unwritable, /no-such-dir\/x\.csv: cannot write \(ENOENT\)$/);
	});
});
