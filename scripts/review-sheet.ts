// Blind review (docs/QUALITY.md):
//   npm run review-sheet -- sample DECK.json... [--per-deck N] [--seed S] > sheet.md
//   npm run review-sheet -- tally sheet.md
// A bad argument or an unreadable or invalid file exits 2 with one line on stderr.
import { readFileSync } from 'node:fs';
import { parseDeck, type Deck } from '../src/lib/deck';
import { reviewSheet, tallySheet } from './blind-review';

const USAGE = 'usage: npm run review-sheet -- sample DECK.json... [--per-deck N] [--seed S] | tally SHEET.md';

class InputError extends Error {}

function read(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'unknown error'})`);
	}
}

function readDeck(path: string): Deck {
	let data: unknown;
	try {
		data = JSON.parse(read(path));
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(`${path}: not JSON (${(error as Error).message})`);
	}
	const result = parseDeck(data);
	if (!result.ok) throw new InputError(`${path}: not a valid deck: ${result.errors[0]}`);
	return result.deck;
}

function count(option: string, value: string | undefined): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) throw new InputError(`${option} needs a whole number; ${USAGE}`);
	return n;
}

function main(argv: string[]): string {
	const [command, ...rest] = argv;
	if (command === 'tally' && rest.length === 1) {
		const line = tallySheet(read(rest[0]!));
		if (!line) throw new InputError(`${rest[0]}: no verdicts found`);
		return line;
	}
	if (command !== 'sample') throw new InputError(USAGE);
	let perDeck = 5;
	let seed = 1;
	const paths: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i]!;
		if (arg === '--per-deck') perDeck = count(arg, rest[++i]);
		else if (arg === '--seed') seed = count(arg, rest[++i]);
		else if (arg.startsWith('-')) throw new InputError(`unknown option ${arg}; ${USAGE}`);
		else paths.push(arg);
	}
	if (!paths.length) throw new InputError(USAGE);
	return reviewSheet(paths.map(readDeck), { perDeck, seed });
}

try {
	console.log(main(process.argv.slice(2)));
} catch (error) {
	if (!(error instanceof InputError)) throw error;
	console.error(error.message);
	process.exitCode = 2;
}
