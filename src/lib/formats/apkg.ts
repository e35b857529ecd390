// Anki packages (.apkg), the legacy layout every Anki since 2.1 imports: a zip of `collection.anki2`
// (SQLite, schema 11) and `media`. Export writes one note and one card per question of the deck;
// import reads Basic-like and Cloze notes of any package in that layout. Pure: sql.js (given, its
// WebAssembly loaded by the caller) does the SQLite and fflate the zip; `now` gives ids and times.
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { z } from 'zod';
import type { Deck } from '$lib/deck/schema';
import { exactText, fieldText, sortText, stripMedia } from './anki-html';
import { BASIC_MODEL, CLOZE_MODEL, COLLECTION_TABLES, collectionRow, FIELD_SEPARATOR, MODEL_CLOZE } from './apkg-collection';
import { IMPORTED_GAP, noteContent, ownType, readOwnNote, TYPE_TAG_PREFIX } from './apkg-notes';
import { sha1 } from './sha1';
import type { ImportedQuestion, ImportProblem, ImportResult } from './types';

export const APKG_MIME = 'application/octet-stream';

const LEGACY_COLLECTION = 'collection.anki2';
/** Anki 2.1.28+ writes its collection under this name too, same schema, beside a stub `collection.anki2`. */
const LEGACY_COLLECTION_21 = 'collection.anki21';
/** Anki 2.1.50+ by default: zstd-compressed, a newer schema; not read. */
const NEW_COLLECTION = 'collection.anki21b';

/** Above this a collection is refused before it is unpacked: a zip can claim any size. */
const MAX_COLLECTION_BYTES = 256 * 1024 * 1024;

// ---- Export ----------------------------------------------------------------------------------

/** Anki reads `::` in a deck name as a subdeck. */
function deckName(title: string): string {
	return title.replace(/::+/g, ':').trim() || 'Factdeck';
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
function fieldChecksum(html: string): number {
	return parseInt(sha1(strToU8(sortText(html))).slice(0, 8), 16);
}

const EARLIEST_ID = Date.UTC(2000, 0, 1);

/** A zip stores dates from 1980 to 2099 only (fflate throws outside them). */
function zipTime(now: number): number {
	return Math.min(Math.max(now, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30));
}

export function exportApkg(deck: Deck, sql: SqlJsStatic, now: number): Uint8Array {
	const seconds = Math.floor(now / 1000);
	// Anki's ids are creation times in ms; a `now` before 2000 would collide with the Default deck (1).
	const deckId = Math.max(Math.trunc(now), EARLIEST_ID);
	const db = new sql.Database();
	try {
		db.run(COLLECTION_TABLES);
		db.run('INSERT INTO col VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)', collectionRow(deckId, deckName(deck.title), deck.questions.length, now));
		const insertNote = db.prepare('INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)');
		const insertCard = db.prepare('INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
		db.run('BEGIN');
		deck.questions.forEach((question, i) => {
			const note = noteContent(question);
			const model = note.kind === 'cloze' ? CLOZE_MODEL : BASIC_MODEL;
			// One ms apart keeps the ids unique and in deck order.
			const id = deckId + i;
			// The guid is the question's own id: exporting the deck again updates the notes in Anki.
			insertNote.run([id, question.id, model.id, seconds, -1, ` ${note.tags.join(' ')} `, note.fields.join(FIELD_SEPARATOR), sortText(note.fields[0]), fieldChecksum(note.fields[0]), 0, '']);
			// A new card (type 0, queue 0), due in deck order; one card: template 0, or cloze 1 (ord 0).
			insertCard.run([id, id, deckId, 0, seconds, -1, 0, 0, i + 1, 0, 0, 0, 0, 0, 0, 0, 0, '']);
		});
		db.run('COMMIT');
		insertNote.free();
		insertCard.free();
		const collection = db.export();
		return zipSync({ [LEGACY_COLLECTION]: collection, media: strToU8('{}') }, { mtime: zipTime(now) });
	} finally {
		db.close();
	}
}

// ---- Import ----------------------------------------------------------------------------------

const ModelSchema = z.looseObject({
	name: z.string(),
	type: z.number().optional(),
	flds: z.array(z.looseObject({ name: z.string(), ord: z.number() })),
	tmpls: z.array(z.looseObject({ qfmt: z.string() })).optional()
});
type Model = z.infer<typeof ModelSchema>;
const ModelsSchema = z.record(z.string(), ModelSchema);
const DecksSchema = z.record(z.string(), z.looseObject({ name: z.string() }));

class PackageError extends Error {}

function failed(message: string): ImportResult {
	return { title: null, questions: [], problems: [{ line: 0, message }], skipped: { media: 0, unsupported: 0 } };
}

/** The collection inside the zip, or why there is none usable. */
function collectionBytes(bytes: Uint8Array): Uint8Array {
	const names = new Set<string>();
	let tooLarge = false;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (file) => {
				names.add(file.name);
				const wanted = file.name === LEGACY_COLLECTION || file.name === LEGACY_COLLECTION_21;
				if (wanted && file.originalSize > MAX_COLLECTION_BYTES) tooLarge = true;
				return wanted && !tooLarge;
			}
		});
	} catch {
		throw new PackageError('This file is not an Anki package (.apkg): it is not a zip archive, or it is damaged.');
	}
	if (tooLarge) throw new PackageError(`This Anki package's collection is larger than ${MAX_COLLECTION_BYTES / 1024 / 1024} MB, too large to import here.`);
	// A package from a newer Anki keeps its cards in `collection.anki21b`; its `collection.anki2` is a
	// stub holding one note that asks to update Anki.
	if (names.has(NEW_COLLECTION)) {
		throw new PackageError(
			'This Anki package uses the newer format, which cannot be read here. In Anki, export the deck again with "Support older Anki versions" ticked (File → Export, Anki Deck Package), then import that file.'
		);
	}
	const collection = files[LEGACY_COLLECTION_21] ?? files[LEGACY_COLLECTION];
	if (!collection) throw new PackageError('This zip file is not an Anki package: it has no collection.anki2 inside.');
	return collection;
}

function parseJson<T>(text: unknown, schema: z.ZodType<T>, what: string): T {
	try {
		return schema.parse(JSON.parse(String(text)));
	} catch {
		throw new PackageError(`This Anki package's ${what} could not be read: the collection is damaged or from an unknown version of Anki.`);
	}
}

/** Whether a note type is one this import leaves out: only Basic-like (2+ fields) and Cloze types are read. */
function unsupportedModel(model: Model): boolean {
	if (/image occlusion/i.test(model.name)) return true;
	if (model.type === MODEL_CLOZE) return !(model.tmpls ?? []).some((t) => t.qfmt.includes('{{cloze:'));
	return model.flds.length < 2;
}

/** The fields of a note in its type's order, as HTML. */
function noteFields(flds: string, model: Model): Map<string, string> {
	const values = flds.split(FIELD_SEPARATOR);
	const byName = new Map<string, string>();
	[...model.flds].sort((a, b) => a.ord - b.ord).forEach((f, i) => byName.set(f.name, values[i] ?? ''));
	return byName;
}

interface NoteRow {
	number: number;
	mid: string;
	tags: string[];
	flds: string;
}

interface ReadNote {
	questions: Omit<ImportedQuestion, 'line' | 'tags' | 'sentence'>[];
	media: number;
	/** Written by our export and read back as such: its text is exact, not tidied. */
	own?: boolean;
	problem?: string;
}

/** Cloze notes written by anyone: one question per cloze number, its gaps empty, the other clozes shown. */
function readClozeText(html: string): ReadNote {
	const { html: text, media } = stripMedia(html);
	const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
	if (!numbers.length) return { questions: [], media, problem: media ? undefined : 'this cloze note has no cloze ({{c1::…}}) in its text' };
	// A character that cannot be in a field's text stands for the gap until the HTML is read.
	const MARK = '\u0000';
	const questions = numbers.flatMap((n) => {
		const answers: string[] = [];
		const marked = text.replace(CLOZE, (_whole, num: string, answer: string) => {
			if (Number(num) !== n) return answer;
			answers.push(fieldText(answer));
			return MARK;
		});
		const prompt = fieldText(marked).replaceAll(MARK, IMPORTED_GAP);
		const answer = [...new Set(answers.filter(Boolean))].join(', ');
		return prompt.replaceAll(IMPORTED_GAP, '').trim() && answer ? [{ type: 'cloze' as const, prompt, answer, options: [], accept: [] }] : [];
	});
	return { questions, media, problem: questions.length || media ? undefined : 'its clozes are empty' };
}

function readNote(row: NoteRow, model: Model, fields: Map<string, string>): ReadNote {
	const [first = '', second = ''] = [...fields.values()];
	const own = ownType(row.tags);
	const isCloze = model.type === MODEL_CLOZE;
	if (own && (own === 'cloze') === isCloze) {
		const question = readOwnNote(own, first, second);
		if (question) return { questions: [question], media: 0, own: true };
	}
	if (isCloze) return readClozeText(first);
	const front = stripMedia(first);
	const back = stripMedia(second);
	const media = front.media + back.media;
	const prompt = fieldText(front.html);
	const answer = fieldText(back.html);
	// A card that asks to type the answer ("Basic (type in the answer)") is a short answer.
	const typed = (model.tmpls ?? []).some((t) => t.qfmt.includes('{{type:'));
	if (prompt && answer) return { questions: [{ type: typed ? 'short-answer' : 'flashcard', prompt, answer, options: [], accept: [] }], media };
	// Left empty by its media going: counted with the media, not a problem.
	if (media) return { questions: [], media };
	return { questions: [], media, problem: prompt ? 'its back (the second field) is empty' : 'its front (the first field) is empty' };
}

export function importApkg(bytes: Uint8Array, sql: SqlJsStatic): ImportResult {
	let db: InstanceType<SqlJsStatic['Database']> | null = null;
	try {
		db = new sql.Database(collectionBytes(bytes));
		let colRow: unknown[] | undefined;
		try {
			colRow = db.exec('SELECT models, decks FROM col LIMIT 1')[0]?.values[0];
		} catch {
			throw new PackageError('This Anki package does not hold a readable collection (collection.anki2 is not an Anki database).');
		}
		if (!colRow) throw new PackageError('This Anki package has an empty collection.');
		const models = parseJson(colRow[0], ModelsSchema, 'note types');
		const decks = parseJson(colRow[1], DecksSchema, 'decks');

		const noteRows = db.exec('SELECT id, mid, tags, flds FROM notes ORDER BY id')[0]?.values ?? [];
		const cardDecks = db.exec('SELECT did, count(*) FROM cards GROUP BY did ORDER BY count(*) DESC, did')[0]?.values ?? [];

		const questions: ImportedQuestion[] = [];
		const problems: ImportProblem[] = [];
		const skipped = { media: 0, unsupported: 0 };
		noteRows.forEach((values, i) => {
			const row: NoteRow = {
				number: i + 1,
				mid: String(values[1]),
				tags: String(values[2] ?? '').split(/\s+/).filter(Boolean),
				flds: String(values[3] ?? '')
			};
			const model = models[row.mid];
			if (!model || unsupportedModel(model)) {
				skipped.unsupported++;
				return;
			}
			const fields = noteFields(row.flds, model);
			const read = readNote(row, model, fields);
			skipped.media += read.media;
			if (read.problem) problems.push({ line: row.number, message: `Note ${row.number}: ${read.problem}.` });
			const source = fields.get('Source');
			const sentence = source ? (read.own ? exactText(source) : fieldText(stripMedia(source).html)) || null : null;
			const tags = row.tags.filter((t) => !t.startsWith(TYPE_TAG_PREFIX));
			for (const q of read.questions) questions.push({ ...q, sentence, tags, line: row.number });
		});

		const mainDeck = cardDecks.length ? decks[String(cardDecks[0]![0])]?.name : undefined;
		return { title: mainDeck?.trim() || null, questions, problems, skipped };
	} catch (error) {
		if (error instanceof PackageError) return failed(error.message);
		return failed('This Anki package could not be read: it is damaged or not an Anki deck package.');
	} finally {
		db?.close();
	}
}
