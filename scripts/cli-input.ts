// What the reviewers' CLIs (check-deck, review-sheet) share: files read with one-line errors, and an
// exit with status 2 and that one line on stderr when an input is bad.
import { readFileSync } from 'node:fs';

export class InputError extends Error {}

export function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'unknown error'})`);
	}
}

export function readJson(path: string): unknown {
	const text = readText(path);
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new InputError(`${path}: not JSON (${(error as Error).message})`);
	}
}

/** Runs a CLI's main: its result is the exit status; a bad input exits 2 with one line, no stack. */
export function runCli(main: () => number): void {
	try {
		process.exitCode = main();
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		console.error(error.message);
		process.exitCode = 2;
	}
}

/** runCli for a main that awaits (loading a module, sql.js): the same statuses and one-line errors. */
export async function runCliAsync(main: () => Promise<number>): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		console.error(error.message);
		process.exitCode = 2;
	}
}
