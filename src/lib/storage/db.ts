import { openDB, type IDBPDatabase } from 'idb';
import { upgrade } from './migrations';
import { DB_NAME, DB_VERSION, type StudyDB } from './schema';

export type StudyDatabase = IDBPDatabase<StudyDB>;

export interface OpenOptions {
	name?: string;
	version?: number;
	now?: () => number;
	/** Another tab holds an older version open: this one waits until it closes. */
	onBlocked?: () => void;
	/** Another tab wants a newer version: this connection has been closed so that it can upgrade. */
	onBlocking?: () => void;
	/** The browser closed the database (storage cleared, disk error). */
	onTerminated?: () => void;
}

/** Opens (creating or upgrading) the study database. */
export async function openStudyDb(options: OpenOptions = {}): Promise<StudyDatabase> {
	const now = options.now ?? Date.now;
	const version = options.version ?? DB_VERSION;
	const db: StudyDatabase = await openDB<StudyDB>(options.name ?? DB_NAME, version, {
		upgrade(database, oldVersion, _newVersion, tx) {
			return upgrade(database, oldVersion, tx, now(), version);
		},
		blocked() {
			options.onBlocked?.();
		},
		blocking() {
			// Let the newer tab upgrade: close, then say so (the app asks the learner to reload).
			db.close();
			options.onBlocking?.();
		},
		terminated() {
			options.onTerminated?.();
		}
	});
	return db;
}

/**
 * Asks the browser to keep this site's storage under pressure (progress is the learner's only
 * copy). Returns whether storage is persistent; false where the API is missing or refused.
 */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}
