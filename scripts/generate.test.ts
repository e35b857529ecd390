// The generate CLI, run as a real process on temporary files. Each spawn costs about a second,
// so the cases are few and each asserts everything it can.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../src/lib/deck';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'questions/articles/nvidia-huang-chinese-ai-models.md');
const dir = mkdtempSync(join(tmpdir(), 'factdeck-generate-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generate.ts'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 60_000,
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** A failed run: non-zero, one line on stderr that names the problem (and the path), no stack. */
function expectOneLineError(result: ReturnType<typeof run>, problem: RegExp, path?: string) {
	expect(result.status).not.toBe(0);
	expect(result.stdout).toBe('');
	const lines = result.stderr.trimEnd().split('\n');
	expect(lines, result.stderr).toHaveLength(1);
	expect(lines[0]).toMatch(problem);
	if (path) expect(lines[0]).toContain(path);
	expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('npm run generate', { timeout: 120_000 }, () => {
	it('writes a valid deck with questions for the seed article to --out, tab-indented with a final newline', () => {
		const out = join(dir, 'seed.json');
		const result = run(SEED, '--out', out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toBe('');
		const json = readFileSync(out, 'utf8');
		expect(json.endsWith('}\n')).toBe(true);
		expect(json).toMatch(/^\{\n\t"schemaVersion": 1,/);
		const parsed = parseDeck(JSON.parse(json));
		expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.deck.id).toBe('nvidia-huang-chinese-ai-models');
		expect(parsed.deck.questions.length).toBeGreaterThan(0);
	});

	it('writes the deck to stdout without --out; the id is the slug of the file name', () => {
		const path = file('My Article_2025.txt', 'Alibaba vowed to invest $52 billion over three years. In March, Alibaba debuted Qwen2.5-Omni-7B.\n');
		const result = run(path);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.endsWith('\n')).toBe(true);
		const parsed = parseDeck(JSON.parse(result.stdout));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.deck.id).toBe('my-article-2025');
	});

	it('without arguments, and with an unknown option, prints the usage line', () => {
		expectOneLineError(run(), /usage: npm run generate -- <article/);
		expectOneLineError(run(SEED, '--frobnicate'), /unknown option --frobnicate.*usage:/);
	});

	it('names a missing file and a directory', () => {
		const missing = join(dir, 'no-such-article.md');
		expectOneLineError(run(missing), /no such file/, missing);
		expectOneLineError(run(dir), /is a directory/, dir);
	});

	it('refuses an empty and a whitespace-only file', () => {
		const empty = file('empty.md', '');
		expectOneLineError(run(empty), /empty/, empty);
		const blank = file('blank.txt', ' \n\t\n  \r\n');
		expectOneLineError(run(blank), /empty/, blank);
	});

	it('refuses binary files: NUL bytes, or bytes that are not UTF-8', () => {
		const nul = file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
		expectOneLineError(run(nul), /binary/, nul);
		const latin1 = file('latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait co\xfbte 3 euros.', 'latin1')]));
		expectOneLineError(run(latin1), /not valid UTF-8/, latin1);
	});

	it('refuses a file over 5 MB', () => {
		const big = file('huge.txt', 'Alibaba vowed to invest $52 billion over three years.\n'.repeat(100_000));
		expectOneLineError(run(big), /too large.*5 MB/, big);
	});

	it('stops reading a device or a FIFO at the limit, whatever size it claims', () => {
		// /dev/zero claims a size of 0 and never ends: bytes are counted as they are read.
		expectOneLineError(run('/dev/zero'), /too large \(over the limit of 5 MB; read no further\)/, '/dev/zero');
		const fifo = join(dir, 'article.fifo');
		spawnSync('mkfifo', [fifo]);
		// A writer that would go on for 50 MB; the reader stops after 5 MB and the writer gets SIGPIPE.
		const writer = spawn('sh', ['-c', `head -c 52428800 /dev/zero | tr '\\0' 'a' > ${fifo}`], { stdio: 'ignore' });
		try {
			expectOneLineError(run(fifo), /too large/, fifo);
		} finally {
			writer.kill();
		}
	});
});
