// A deck checked as a reviewer will: `npm run check-deck -- ARTICLE DECK.json [FACTS.json] [--json-out FILE]`.
// Prints each defect found, the deck's schema problems, the facts missed, then one summary line last:
// 'deck: N questions, structural P%, near-dup D, dup-ids I, pronoun-start P[, coverage C/F (X%), strict S/F, must-not M]'.
// Exits 1 when a question is unsound, an id repeats, a must-not pattern is hit or the deck breaks its
// schema; 2 with one line on stderr when an input cannot be read.
import { writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseDeck } from '../src/lib/deck';
import { FactListSchema } from '../src/lib/generator/coverage';
import { InputError, readJson, readText, runCli } from './cli-input';
import { CheckedDeckSchema, checkDeck, summaryLine } from './deck-checks';

const USAGE = 'usage: npm run check-deck -- ARTICLE DECK.json [FACTS.json] [--json-out FILE]';

function parseArgs(argv: string[]): { files: string[]; jsonOut?: string } {
	const files: string[] = [];
	let jsonOut: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--json-out') {
			jsonOut = argv[++i];
			if (!jsonOut) throw new InputError(`--json-out needs a file name; ${USAGE}`);
		} else if (arg.startsWith('-')) throw new InputError(`unknown option ${arg}; ${USAGE}`);
		else files.push(arg);
	}
	if (files.length < 2 || files.length > 3) throw new InputError(USAGE);
	return { files, ...(jsonOut ? { jsonOut } : {}) };
}

function readChecked<T>(path: string, schema: z.ZodType<T>): { raw: unknown; value: T } {
	const raw = readJson(path);
	const result = schema.safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new InputError(`${path}: ${issue.path.join('.') || '(the file itself)'}: ${issue.message}`);
	}
	return { raw, value: result.data };
}

function main(): number {
	const { files, jsonOut } = parseArgs(process.argv.slice(2));
	const [articlePath, deckPath, factsPath] = files as [string, string, string?];
	const article = readText(articlePath);
	const deck = readChecked(deckPath, CheckedDeckSchema);
	const facts = factsPath ? readChecked(factsPath, FactListSchema).value : undefined;
	const check = checkDeck(article, deck.value, facts);

	for (const [defect, count] of Object.entries(check.defects)) {
		console.log(`${defect}: ${count} (${check.defect_examples[defect]!.map((p) => JSON.stringify(p)).join(', ')})`);
	}
	const schema = parseDeck(deck.raw);
	const schemaErrors = schema.ok ? [] : schema.errors;
	for (const error of schemaErrors) console.log(`schema: ${error}`);
	if (check.missed?.length) console.log(`missed facts: ${check.missed.join(', ')}`);
	if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(check, null, 1)}\n`);
	console.log(summaryLine(check));
	return check.failing || check.duplicate_ids || check.must_not_hits || schemaErrors.length ? 1 : 0;
}

runCli(main);
