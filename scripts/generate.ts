// Article → deck: `npm run generate -- <article.txt|.md> [--out <deck.json>]`.
// Writes the deck as JSON (stdout without --out); any bad input exits 1 with one line on stderr.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MAX_ARTICLE_BYTES, describeSize } from '../src/lib/deck/article-input';

const USAGE = 'usage: npm run generate -- <article.txt|.md> [--out <deck.json>] [--density <questions per 100 words> | --max <n> | --all]';

class InputError extends Error {}

interface Args {
	input: string;
	out?: string;
	/** How many of the ranked questions the deck keeps as its best; the rest go to `more`. */
	selection: { density?: number; max?: number; all?: boolean };
}

function positiveNumber(option: string, value: string | undefined): number {
	const number = Number(value);
	if (!value || !Number.isFinite(number) || number <= 0) throw new InputError(`${option} needs a positive number; ${USAGE}`);
	return number;
}

function parseArgs(argv: string[]): Args {
	let input: string | undefined;
	let out: string | undefined;
	const selection: Args['selection'] = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--out') {
			out = argv[++i];
			if (!out) throw new InputError(`--out needs a file name; ${USAGE}`);
		} else if (arg === '--density') {
			selection.density = positiveNumber(arg, argv[++i]);
		} else if (arg === '--max') {
			selection.max = Math.floor(positiveNumber(arg, argv[++i]));
		} else if (arg === '--all') {
			selection.all = true;
		} else if (arg.startsWith('-') && arg !== '-') {
			throw new InputError(`unknown option ${arg}; ${USAGE}`);
		} else if (input === undefined) {
			input = arg;
		} else {
			throw new InputError(`more than one article given (${input}, ${arg}); ${USAGE}`);
		}
	}
	if (input === undefined) throw new InputError(USAGE);
	return { input, selection, ...(out ? { out } : {}) };
}

/**
 * Reads at most MAX_ARTICLE_BYTES, counting bytes as they come: the size a file claims says nothing
 * of /dev/zero, a pipe or a FIFO, which are read until the limit and no further.
 */
function readBounded(path: string): Buffer {
	const fd = openSync(path, 'r');
	try {
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_ARTICLE_BYTES + 1 - total));
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) break;
			chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
			total += read;
			if (total > MAX_ARTICLE_BYTES) throw new InputError(`${path}: too large (over the limit of ${describeSize(MAX_ARTICLE_BYTES)}; read no further)`);
		}
		return Buffer.concat(chunks, total);
	} finally {
		closeSync(fd);
	}
}

function readArticle(path: string): string {
	try {
		if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, not an article file`);
	} catch (error) {
		if (error instanceof InputError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'unknown error'})`);
	}
	let bytes: Buffer;
	try {
		bytes = readBounded(path);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
	if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), not text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${path}: not valid UTF-8 text`);
	}
	if (!text.trim()) throw new InputError(`${path}: empty (no text to make questions from)`);
	return text;
}

async function main(): Promise<void> {
	const { input, out, selection } = parseArgs(process.argv.slice(2));
	const text = readArticle(input);
	// Loaded after the checks: the language model takes a moment, and bad input should not wait for it.
	const { generateDeck } = await import('../src/lib/generator/index');
	const { slugify } = await import('../src/lib/generator/article-meta');
	const { formatDeck } = await import('../src/lib/generator/format');
	const deck = generateDeck(text, { id: slugify(basename(input, extname(input))), ...selection });
	const json = formatDeck(deck);
	if (!out) {
		process.stdout.write(json);
		return;
	}
	try {
		writeFileSync(out, json);
	} catch (error) {
		throw new InputError(`${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}
	console.error(`wrote ${deck.questions.length} questions (and ${deck.more.length} more) to ${out}`);
}

main().catch((error: unknown) => {
	const message = error instanceof InputError ? error.message : `generation failed: ${error instanceof Error ? error.message : String(error)}`;
	console.error(`generate: ${message.split('\n')[0]}`);
	process.exitCode = 1;
});
