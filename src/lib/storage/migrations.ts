import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { queueOf } from '$lib/scheduler';
import { StudyCardSchema, describeZodError } from './records';
import { DB_VERSION, type StudyDB } from './schema';

// One step per version, each run once, in order: a database at any older version is brought up to
// date by the steps it has not had. A step is never rewritten once released; a change is a new step.

type UpgradeTx = IDBPTransaction<StudyDB, StoreNames<StudyDB>[], 'versionchange'>;

// The database as version 1 made it, for the steps that read it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = IDBPDatabase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTx = IDBPTransaction<any, string[], 'versionchange'>;

/** Version 1: learners, their cards (keyed by learner, deck and question) and the review log. */
function toV1(db: AnyDb): void {
	db.createObjectStore('learners', { keyPath: 'id' });
	const cards = db.createObjectStore('cards', { keyPath: ['learnerId', 'deckId', 'questionId'] });
	cards.createIndex('by-learner-deck', ['learnerId', 'deckId']);
	db.createObjectStore('reviewLog', { keyPath: ['learnerId', 'reviewedAt', 'deckId', 'questionId'] });
}

/**
 * Version 2: cards gain `queue` (derived from state and flags), `position`, `buriedUntil`, `leech`
 * and `orphaned`, and an index on [learner, deck, queue, due] so that the due query reads only
 * what is due; the log gains a per-deck time index; settings, meta and setAside stores appear.
 * Each old card is validated after filling its new fields; one that fails is moved to setAside.
 */
async function toV2(db: AnyDb, tx: AnyTx, now: number): Promise<void> {
	db.createObjectStore('settings', { keyPath: ['learnerId', 'deckId'] });
	db.createObjectStore('meta', { keyPath: 'key' });
	db.createObjectStore('setAside', { keyPath: 'id', autoIncrement: true });
	const log = tx.objectStore('reviewLog');
	log.createIndex('by-learner-deck-time', ['learnerId', 'deckId', 'reviewedAt']);
	const cards = tx.objectStore('cards');
	cards.createIndex('by-queue', ['learnerId', 'deckId', 'queue', 'due']);
	const setAside = tx.objectStore('setAside');
	let position = 0;
	for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
		const old = cursor.value as Record<string, unknown>;
		const filled = {
			position: position++,
			buriedUntil: 0,
			leech: false,
			orphaned: false,
			...old
		} as Record<string, unknown>;
		filled.queue = queueOf(filled as never);
		const parsed = StudyCardSchema.safeParse(filled);
		if (parsed.success) {
			await cursor.update(parsed.data);
		} else {
			await setAside.add({ store: 'cards', record: old, reason: describeZodError(parsed.error, 'The stored card').join('; '), at: now });
			await cursor.delete();
		}
	}
}

/** Version 3: the learner's own decks, one record per deck (its id is the deck's), newest first by index. */
function toV3(db: AnyDb): void {
	const decks = db.createObjectStore('ownDecks', { keyPath: 'id' });
	decks.createIndex('by-updated', 'updatedAt');
}

/** Version 4: the teacher's class results (a results table per game or assignment), newest first by `savedAt`. */
function toV4(db: AnyDb): void {
	db.createObjectStore('classResults', { keyPath: 'id' }).createIndex('by-saved', 'savedAt');
}

/** Brings a database from `oldVersion` up to `version` (DB_VERSION in the app; older in tests). */
export async function upgrade(db: IDBPDatabase<StudyDB>, oldVersion: number, tx: UpgradeTx, now: number, version = DB_VERSION): Promise<void> {
	const anyDb = db as unknown as AnyDb;
	const anyTx = tx as unknown as AnyTx;
	// Each step starts synchronously (creating stores is only allowed while the upgrade event runs)
	// and awaits nothing but IndexedDB requests, so the versionchange transaction stays alive.
	if (oldVersion < 1 && version >= 1) toV1(anyDb);
	if (oldVersion < 2 && version >= 2) await toV2(anyDb, anyTx, now);
	if (oldVersion < 3 && version >= 3) toV3(anyDb);
	if (oldVersion < 4 && version >= 4) toV4(anyDb);
}
