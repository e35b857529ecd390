import type { Deck } from '$lib/deck';
import type { StudyDatabase } from './db';
import { prefixRange } from './keys';
import type { OwnDeckRecord } from './own-deck-record';
import { describeZodError } from './records';

// The learner's own decks: made from a text, written by hand or imported, kept on this device
// beside the served ones. Every record is validated with the deck schema on the way in and on the
// way out (a record written by an older version is not trusted).

export class OwnDeckError extends Error {
	constructor(
		message: string,
		readonly problems: string[] = []
	) {
		super(message);
		this.name = 'OwnDeckError';
	}
}

export type NewOwnDeck = Pick<OwnDeckRecord, 'deck' | 'origin' | 'text'>;

/** What deleting a deck takes with it, over every learner on the device, for the confirmation. */
export interface OwnDeckFootprint {
	learners: number;
	cards: number;
	studied: number;
	reviews: number;
}

export interface OwnDeckList {
	decks: OwnDeckRecord[];
	/** Stored records that no longer pass validation: named, never dropped silently. */
	unreadable: { id: string; problems: string[] }[];
}

/**
 * The stored record's schema holds the whole deck schema (full zod): loaded when an own deck is
 * first read or written, not with every page that opens the database. Awaited before any
 * transaction opens (a transaction does not survive an await of anything but IndexedDB).
 */
type RecordSchema = (typeof import('./own-deck-record'))['OwnDeckRecordSchema'];
let recordSchema: Promise<RecordSchema> | null = null;
function loadRecordSchema(): Promise<RecordSchema> {
	recordSchema ??= import('./own-deck-record').then(
		(m) => m.OwnDeckRecordSchema,
		(e: unknown) => {
			// A failed load (the connection dropped before the service worker had the file) is tried
			// again on the next call, not kept: otherwise every later save would fail until a reload.
			recordSchema = null;
			throw e;
		}
	);
	return recordSchema;
}

function validated(OwnDeckRecordSchema: RecordSchema, record: unknown): OwnDeckRecord {
	const parsed = OwnDeckRecordSchema.safeParse(record);
	if (parsed.success) return parsed.data;
	const problems = describeZodError(parsed.error);
	throw new OwnDeckError(`This deck is not valid: ${problems.join('; ')}`, problems);
}

export class OwnDeckRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	/** Every own deck, the most recently changed first. */
	async list(): Promise<OwnDeckList> {
		const OwnDeckRecordSchema = await loadRecordSchema();
		const all = await this.#db.getAllFromIndex('ownDecks', 'by-updated');
		const out: OwnDeckList = { decks: [], unreadable: [] };
		for (const record of all.reverse()) {
			const parsed = OwnDeckRecordSchema.safeParse(record);
			if (parsed.success) out.decks.push(parsed.data);
			else out.unreadable.push({ id: String((record as { id?: unknown }).id), problems: describeZodError(parsed.error) });
		}
		return out;
	}

	/**
	 * Loads what reading and writing a deck needs. A page that saves decks awaits it as it opens, so a
	 * deck made after the connection drops can still be saved.
	 */
	async ready(): Promise<void> {
		await loadRecordSchema();
	}

	async ids(): Promise<string[]> {
		return this.#db.getAllKeys('ownDecks');
	}

	/** The deck, validated; undefined when there is none. Throws OwnDeckError when it is unreadable. */
	async get(id: string): Promise<OwnDeckRecord | undefined> {
		const schema = await loadRecordSchema();
		const record = await this.#db.get('ownDecks', id);
		return record === undefined ? undefined : validated(schema, record);
	}

	/** Saves a new deck. Its id must be free; nothing is written when it is invalid or taken. */
	async add(input: NewOwnDeck, now: number): Promise<OwnDeckRecord> {
		const record = validated(await loadRecordSchema(), { ...input, id: input.deck.id, createdAt: now, updatedAt: now });
		const tx = this.#db.transaction('ownDecks', 'readwrite');
		if (await tx.store.getKey(record.id)) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw new OwnDeckError(`There is already a deck with the id "${record.id}".`);
		}
		await Promise.all([tx.store.add(record), tx.done]);
		return record;
	}

	/**
	 * Replaces a deck's content (after an edit or a regeneration), keeping its id, origin and
	 * creation time. Learners' cards are matched to the new questions when it is next studied:
	 * questions that kept their id keep their progress.
	 */
	async replace(id: string, deck: Deck, text: string | null, now: number): Promise<OwnDeckRecord> {
		if (deck.id !== id) throw new OwnDeckError(`The deck's id "${deck.id}" is not "${id}".`);
		const schema = await loadRecordSchema();
		const tx = this.#db.transaction('ownDecks', 'readwrite');
		const old = await tx.store.get(id);
		if (!old) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw new OwnDeckError(`There is no deck "${id}" to replace (was it deleted in another tab?).`);
		}
		let record: OwnDeckRecord;
		try {
			record = validated(schema, { ...old, deck, text, updatedAt: Math.max(now, old.updatedAt) });
		} catch (e) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw e;
		}
		await Promise.all([tx.store.put(record), tx.done]);
		return record;
	}

	async footprint(id: string): Promise<OwnDeckFootprint> {
		const tx = this.#db.transaction(['learners', 'cards', 'reviewLog'], 'readonly');
		const learnerIds = await tx.objectStore('learners').getAllKeys();
		const out: OwnDeckFootprint = { learners: 0, cards: 0, studied: 0, reviews: 0 };
		for (const learnerId of learnerIds) {
			const [cards, reviews] = await Promise.all([
				tx.objectStore('cards').index('by-learner-deck').getAll([learnerId, id]),
				tx.objectStore('reviewLog').index('by-learner-deck-time').count(prefixRange(learnerId, id))
			]);
			const studied = cards.filter((c) => c.reps > 0).length;
			if (studied || reviews) out.learners += 1;
			out.cards += cards.length;
			out.studied += studied;
			out.reviews += reviews;
		}
		await tx.done;
		return out;
	}

	/** Deletes the deck and every learner's cards, review log and settings for it, in one transaction. */
	async delete(id: string): Promise<void> {
		const tx = this.#db.transaction(['ownDecks', 'learners', 'cards', 'reviewLog', 'settings'], 'readwrite');
		const learnerIds = await tx.objectStore('learners').getAllKeys();
		const cards = tx.objectStore('cards');
		const log = tx.objectStore('reviewLog');
		const [cardKeys, logKeys] = await Promise.all([
			Promise.all(learnerIds.map((l) => cards.index('by-learner-deck').getAllKeys([l, id]))),
			Promise.all(learnerIds.map((l) => log.index('by-learner-deck-time').getAllKeys(prefixRange(l, id))))
		]);
		await Promise.all([
			tx.objectStore('ownDecks').delete(id),
			...cardKeys.flat().map((k) => cards.delete(k)),
			...logKeys.flat().map((k) => log.delete(k)),
			...learnerIds.map((l) => tx.objectStore('settings').delete([l, id])),
			tx.done
		]);
	}
}
