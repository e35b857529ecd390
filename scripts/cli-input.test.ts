import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InputError, readJson, readText, runCli, runCliAsync } from './cli-input';

const dir = mkdtempSync(join(tmpdir(), 'factdeck-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading inputs', () => {
	it('names a missing file, a directory and a file that is not JSON, each in one line', () => {
		const notJson = join(dir, 'not.json');
		writeFileSync(notJson, '{"questions": [');
		expect(() => readText(join(dir, 'missing.md'))).toThrow(new InputError(`${join(dir, 'missing.md')}: no such file`));
		expect(() => readText(dir)).toThrow(new InputError(`${dir}: cannot read (EISDIR)`));
		expect(() => readJson(notJson)).toThrow(InputError);
		expect(() => readJson(notJson)).toThrow(/^\S+not\.json: not JSON \(.+\)$/);
		writeFileSync(join(dir, 'ok.json'), '{"a": [1]}');
		expect(readJson(join(dir, 'ok.json'))).toEqual({ a: [1] });
	});
});

describe('runCli', () => {
	afterEach(() => {
		process.exitCode = undefined;
		vi.restoreAllMocks();
	});

	it("exits with main's status, or 2 and one line for a bad input; other errors are not hidden", () => {
		const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
		runCli(() => 1);
		expect(process.exitCode).toBe(1);
		runCli(() => {
			throw new InputError('deck.json: no such file');
		});
		expect(process.exitCode).toBe(2);
		expect(stderr.mock.calls).toEqual([['deck.json: no such file']]);
		expect(() =>
			runCli(() => {
				throw new TypeError('a bug');
			})
		).toThrow('a bug');
	});

	it('runCliAsync: the same, for a main that awaits', async () => {
		const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
		await runCliAsync(async () => 0);
		expect(process.exitCode).toBe(0);
		await runCliAsync(async () => {
			throw new InputError('deck.json: not a valid deck');
		});
		expect(process.exitCode).toBe(2);
		expect(stderr.mock.calls).toEqual([['deck.json: not a valid deck']]);
		await expect(
			runCliAsync(async () => {
				throw new TypeError('a bug');
			})
		).rejects.toThrow('a bug');
	});
});
