import type { DBSchema } from 'idb';
import type { QueueNumber, ReviewEntry, StudyCard } from '$lib/scheduler';
import type { ClassResult } from './class-result-record';
import type { OwnDeckRecord } from './own-deck-record';
import type { DeckSettingsRecord, Learner } from './records';

export const DB_NAME = 'factdeck';
/**
 * Bumped with every change of stores, indexes or record shapes; each version has its step in
 * migrations.ts. 1: learners, cards, review log. 2: cards get a `queue` and a due index, the log a
 * per-deck time index; per-deck settings, meta, and a store for records that failed to migrate.
 * 3: the learner's own decks (made, written or imported on the device), by id, with an update index.
 * 4: classResults, the teacher's results of classroom games and assignments.
 */
export const DB_VERSION = 4;

export type CardKey = [learnerId: string, deckId: string, questionId: string];
export type ReviewKey = [learnerId: string, reviewedAt: number, deckId: string, questionId: string];

/** A record that could not be read during a migration: kept, not lost, with the reason. */
export interface SetAside {
	id?: number;
	store: string;
	record: unknown;
	reason: string;
	at: number;
}

export interface StudyDB extends DBSchema {
	learners: { key: string; value: Learner };
	cards: {
		key: CardKey;
		value: StudyCard;
		indexes: {
			'by-learner-deck': [string, string];
			/** [learnerId, deckId, queue, due]: today's reviews are one key range, read in due order. */
			'by-queue': [string, string, QueueNumber, number];
		};
	};
	reviewLog: {
		key: ReviewKey;
		value: ReviewEntry;
		indexes: { 'by-learner-deck-time': [string, string, number] };
	};
	settings: { key: [string, string]; value: DeckSettingsRecord };
	meta: { key: string; value: { key: string; value: string } };
	setAside: { key: number; value: SetAside };
	ownDecks: { key: string; value: OwnDeckRecord; indexes: { 'by-updated': number } };
	classResults: { key: string; value: ClassResult; indexes: { 'by-saved': number } };
}

export type StoreName = 'learners' | 'cards' | 'reviewLog' | 'settings' | 'meta' | 'setAside' | 'ownDecks' | 'classResults';
