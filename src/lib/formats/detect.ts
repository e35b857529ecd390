import type { ImportFormat } from './types';

// Which reader an opened file goes to: by its first bytes (a zip is an Anki package), then its name,
// then its text (Anki's header lines and tab-separated rows, GIFT's braces). Pure.

/** A file the import cannot read, said in words: which file, and why. */
export class ImportFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFileError';
	}
}

/** What the import accepts, for the file picker and the messages. */
export const IMPORT_EXTENSIONS = ['.txt', '.tsv', '.csv', '.gift', '.apkg', '.colpkg'] as const;

/** Text files are read whole into a string: 5 MB, like an article. */
export const MAX_TEXT_IMPORT_BYTES = 5 * 1024 * 1024;
/** Anki packages carry their media, which is skipped but still has to be opened. */
export const MAX_PACKAGE_IMPORT_BYTES = 100 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
	return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The name's extension, lower case, with its dot: "Deck.GIFT.txt" → ".txt". */
export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

// Anki's text export starts with header lines such as "#separator:tab" and "#html:true".
const ANKI_HEADER = /^#(separator|html|notetype|deck|tags|columns|guid column|notetype column|deck column|tags column):/im;
// GIFT: a question's answers in braces, with "=" or "~" answers, T/F, or a numeric "#"; or a "::title::".
const GIFT_ANSWERS = /\{\s*(?:[=~#]|T(?:RUE)?\s*\}|F(?:ALSE)?\s*\})/i;
const GIFT_TITLE = /^\s*::[^:]+::/m;
const GIFT_CATEGORY = /^\s*\$CATEGORY:/m;

function looksLikeGift(text: string): boolean {
	return GIFT_CATEGORY.test(text) || GIFT_TITLE.test(text) || GIFT_ANSWERS.test(text);
}

function looksLikeAnki(text: string): boolean {
	if (ANKI_HEADER.test(text)) return true;
	const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
	return lines.length > 0 && lines.filter((l) => l.includes('\t')).length >= Math.ceil(lines.length / 2);
}

/** 'apkg' for an Anki package, null for a file that is not a zip (read as text); throws for a zip of another kind. */
export function packageFormat(name: string, bytes: Uint8Array): 'apkg' | null {
	const ext = extensionOf(name);
	if (isZip(bytes)) {
		if (ext === '.apkg' || ext === '.colpkg' || ext === '.zip') return 'apkg';
		throw new ImportFileError(`${name} is a zip archive, but not an Anki package (.apkg or .colpkg).`);
	}
	if (ext === '.apkg' || ext === '.colpkg') {
		throw new ImportFileError(`${name} is not an Anki package: an .apkg file is a zip archive, and this one is not (is it damaged, or only renamed?).`);
	}
	return null;
}

/** The text format of a file already decoded, by its extension and then its content. */
export function textFormat(name: string, text: string): Exclude<ImportFormat, 'apkg'> {
	const ext = extensionOf(name);
	if (ext === '.csv') return 'csv';
	if (ext === '.gift') return 'gift';
	if (ext === '.txt' || ext === '.tsv') {
		// Anki's headers are unmistakable; a GIFT file may hold tabs, so its markers come next.
		if (ANKI_HEADER.test(text)) return 'anki';
		if (ext === '.txt' && looksLikeGift(text)) return 'gift';
		if (looksLikeAnki(text)) return 'anki';
		throw new ImportFileError(
			`${name} is neither Anki text (a question and its answer on a line, separated by a tab; or Anki's "#separator:" header) nor GIFT (answers in braces: {=right ~wrong}, {T}, {F}).`
		);
	}
	if (ext === '.json') throw new ImportFileError(`${name} is JSON: a deck file goes through "Import a deck file…" on the home page.`);
	throw new ImportFileError(`${name}: this kind of file cannot be imported. Choose Anki text (.txt, .tsv), an Anki package (.apkg), CSV (.csv) or GIFT (.gift, .txt).`);
}

/** Bytes as UTF-8 text, or a message saying why they are not (too large, binary, another encoding). */
export function decodeImportText(name: string, bytes: Uint8Array): string {
	if (bytes.length > MAX_TEXT_IMPORT_BYTES) {
		throw new ImportFileError(`${name} is too large (${megabytes(bytes.length)} MB, over the limit of ${megabytes(MAX_TEXT_IMPORT_BYTES)} MB for a text file).`);
	}
	if (bytes.includes(0)) throw new ImportFileError(`${name} is a binary file (it contains NUL bytes), not text.`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ImportFileError(`${name} is not UTF-8 text: save it as UTF-8 (in a spreadsheet, "CSV UTF-8") and open it again.`);
	}
	if (!text.trim()) throw new ImportFileError(`${name} is empty.`);
	return text;
}

export function megabytes(bytes: number): number {
	return Number((bytes / (1024 * 1024)).toFixed(1));
}
