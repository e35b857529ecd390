import type { QuestionType } from '$lib/deck/question-types';

// What every format module shares: the formats, a file to download, and a question read from another
// app's file before it becomes a deck question (ids, fact ids and source offsets are the deck's to give).

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'anki', 'apkg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMATS = ['gift', 'anki', 'apkg', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file made from a deck: text formats as a string, packages as bytes. */
export interface ExportedFile {
	filename: string;
	mime: string;
	data: string | Uint8Array;
}

/** A question read from a file, in the deck's own terms. */
export interface ImportedQuestion {
	type: QuestionType;
	prompt: string;
	answer: string;
	/** Multiple choice: every option, the answer among them. Empty otherwise. */
	options: string[];
	/** Gap-fill and short answer: other answers accepted when typed. Empty otherwise. */
	accept: string[];
	/** The sentence it comes from (feedback, a field of its own), when the file has one. */
	sentence: string | null;
	tags: string[];
	/** Where it starts in the file, counted from 1 (a row, a line, or a note's number in a package). */
	line: number;
}

/** A row or question that could not be read, said in words with its line. */
export interface ImportProblem {
	line: number;
	message: string;
}

export interface ImportResult {
	/** A name for the new deck, when the file gives one (a GIFT category, an Anki deck). */
	title: string | null;
	questions: ImportedQuestion[];
	problems: ImportProblem[];
	/** Left out on purpose, counted so the import can say so. */
	skipped: { media: number; unsupported: number };
}
