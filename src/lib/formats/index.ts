import type { SqlJsStatic } from 'sql.js';
import type { Deck } from '$lib/deck/schema';
import {
	ImportFileError,
	MAX_PACKAGE_IMPORT_BYTES,
	decodeImportText,
	megabytes,
	packageFormat,
	textFormat
} from './detect';
import { EXPORT_FORMAT_INFO } from './names';
import type { ExportFormat, ExportedFile, ImportFormat, ImportResult } from './types';

// Decks out to other apps' files and their files in: one entry for each way. Each format's module is
// loaded only when a file of it is made or read, so no page carries a format it does not use.

export { EXPORT_FORMATS, IMPORT_FORMATS } from './types';
export type { ExportFormat, ExportedFile, ImportFormat, ImportProblem, ImportResult, ImportedQuestion } from './types';
export { IMPORT_EXTENSIONS, ImportFileError } from './detect';
export { EXPORT_FORMAT_INFO, IMPORT_FORMAT_LABELS } from './names';

export interface FormatDeps {
	/** sql.js, needed by Anki packages only: the browser's loader, or Node's initSqlJs. */
	sql?: () => Promise<SqlJsStatic>;
	/** The time a package's notes and cards are stamped with. */
	now: number;
}

function needSql(deps: Pick<FormatDeps, 'sql'>): Promise<SqlJsStatic> {
	if (!deps.sql) throw new Error('Anki packages need sql.js, and none was given.');
	return deps.sql();
}

async function exportData(deck: Deck, format: ExportFormat, deps: FormatDeps): Promise<string | Uint8Array> {
	switch (format) {
		case 'gift':
			return (await import('./gift')).exportGift(deck);
		case 'moodle-xml':
			return (await import('./moodle-xml')).exportMoodleXml(deck);
		case 'anki':
			return (await import('./anki-text')).exportAnkiText(deck);
		case 'csv':
			return (await import('./csv')).exportCsv(deck);
		case 'apkg': {
			const [sql, { exportApkg }] = await Promise.all([needSql(deps), import('./apkg')]);
			return exportApkg(deck, sql, deps.now);
		}
	}
}

/** The deck as a file of another app: its name (the deck's id and the format's ending), type and content. */
export async function exportDeck(deck: Deck, format: ExportFormat, deps: FormatDeps): Promise<ExportedFile> {
	const info = EXPORT_FORMAT_INFO[format];
	if (!info) throw new Error(`Unknown export format "${String(format)}".`);
	return { filename: `${deck.id}${info.extension}`, mime: info.mime, data: await exportData(deck, format, deps) };
}

/** The format a file is in, from its first bytes, its name and its text; throws ImportFileError when none fits. */
export function detectImportFormat(name: string, bytes: Uint8Array): ImportFormat {
	return packageFormat(name, bytes) ?? textFormat(name, decodeImportText(name, bytes));
}

/**
 * Reads another app's file as questions, saying which format it was read as. A file no reader fits
 * (unknown kind, binary, not UTF-8, too large, a damaged package) throws ImportFileError; rows or
 * notes that cannot be read are the result's problems, with their lines.
 */
export async function importFile(name: string, bytes: Uint8Array, deps: Pick<FormatDeps, 'sql'>): Promise<ImportResult & { format: ImportFormat }> {
	if (packageFormat(name, bytes) === 'apkg') {
		if (bytes.length > MAX_PACKAGE_IMPORT_BYTES) {
			throw new ImportFileError(`${name} is too large (${megabytes(bytes.length)} MB, over the limit of ${megabytes(MAX_PACKAGE_IMPORT_BYTES)} MB for a package).`);
		}
		const [sql, { importApkg }] = await Promise.all([needSql(deps), import('./apkg')]);
		return { ...readPackage(name, () => importApkg(bytes, sql)), format: 'apkg' };
	}
	const text = decodeImportText(name, bytes);
	const format = textFormat(name, text);
	switch (format) {
		case 'gift':
			return { ...(await import('./gift')).importGift(text), format };
		case 'csv':
			return { ...(await import('./csv')).importCsv(text), format };
		case 'anki':
			return { ...(await import('./anki-text')).importAnkiText(text), format };
	}
}

/** A package that cannot be opened at all (a broken zip, no collection inside) is the file's problem, named with it. */
function readPackage(name: string, read: () => ImportResult): ImportResult {
	try {
		return read();
	} catch (e) {
		throw new ImportFileError(`${name}: ${(e as Error).message}`);
	}
}
