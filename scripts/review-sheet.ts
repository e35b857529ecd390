// Blind review (docs/QUALITY.md):
//   npm run review-sheet -- sample DECK.json... [--per-deck N] [--seed S] > sheet.md
//   npm run review-sheet -- tally sheet.md
// A bad argument or an unreadable or invalid file exits 2 with one line on stderr.
import { parseDeck, type Deck } from '../src/lib/deck';
import { reviewSheet, tallySheet } from './blind-review';
import { InputError, readJson, readText, runCli } from './cli-input';

const USAGE = 'usage: npm run review-sheet -- sample DECK.json... [--per-deck N] [--seed S] | tally SHEET.md';

function readDeck(path: string): Deck {
	const result = parseDeck(readJson(path));
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
		const line = tallySheet(readText(rest[0]!));
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

runCli(() => {
	console.log(main(process.argv.slice(2)));
	return 0;
});
