// Deck → another app's file: `npm run export -- <deck.json> --format gift|moodle-xml|anki|apkg|csv [--out FILE]`.
// Text formats go to stdout without --out; an Anki package, being bytes, goes to --out or <deck id>.apkg.
// A bad input (usage, a file that cannot be read, a deck that breaks its schema) exits 2 with one line
// on stderr.
import { writeFileSync } from 'node:fs';
import { parseDeck } from '../src/lib/deck';
import { EXPORT_FORMATS, type ExportFormat } from '../src/lib/formats/types';
import { InputError, readJson, runCliAsync } from './cli-input';

const USAGE = `usage: npm run export -- <deck.json> --format ${EXPORT_FORMATS.join('|')} [--out FILE]`;

interface Args {
	input: string;
	format: ExportFormat;
	out?: string;
}

const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

function parseArgs(argv: string[]): Args {
	let input: string | undefined;
	let format: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--format') {
			format = argv[++i];
			if (!format) throw new InputError(`--format needs one of ${EXPORT_FORMATS.join(', ')}; ${USAGE}`);
		} else if (arg === '--out') {
			out = argv[++i];
			if (!out) throw new InputError(`--out needs a file name; ${USAGE}`);
		} else if (arg.startsWith('-')) {
			throw new InputError(`unknown option ${arg}; ${USAGE}`);
		} else if (input === undefined) {
			input = arg;
		} else {
			throw new InputError(`more than one deck given (${input}, ${arg}); ${USAGE}`);
		}
	}
	if (input === undefined || format === undefined) throw new InputError(USAGE);
	if (!isFormat(format)) throw new InputError(`unknown format "${format}": choose ${EXPORT_FORMATS.join(', ')}`);
	return { input, format, ...(out ? { out } : {}) };
}

async function main(): Promise<number> {
	const { input, format, out } = parseArgs(process.argv.slice(2));
	const parsed = parseDeck(readJson(input));
	if (!parsed.ok) {
		const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
		throw new InputError(`${input}: not a valid deck: ${parsed.errors[0]}${more}`);
	}
	const deck = parsed.deck;
	// Loaded after the checks, and only the format asked for (and sql.js only for packages).
	const { exportDeck } = await import('../src/lib/formats/index');
	const file = await exportDeck(deck, format, {
		sql: () => import('sql.js').then(({ default: initSqlJs }) => initSqlJs()),
		now: Date.now()
	});
	const target = out ?? (typeof file.data === 'string' ? null : file.filename);
	if (target === null) {
		process.stdout.write(file.data);
		return 0;
	}
	try {
		writeFileSync(target, file.data);
	} catch (error) {
		throw new InputError(`${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
	console.error(`wrote ${deck.questions.length} questions to ${target}`);
	return 0;
}

void runCliAsync(main);
