// Storage: the only module that touches IndexedDB (through idb).
import { BackupRepository } from './backup';
import { CardRepository } from './cards';
import { ClassResultRepository } from './class-results';
import { openStudyDb, type OpenOptions, type StudyDatabase } from './db';
import { LearnerRepository } from './learners';
import { OwnDeckRepository } from './own-decks';

export { openStudyDb, requestPersistentStorage, type OpenOptions, type StudyDatabase } from './db';
export { DB_NAME, DB_VERSION, type CardKey, type ReviewKey, type SetAside, type StudyDB } from './schema';
export type { DayWindow } from '$lib/scheduler';
export { CardRepository, type DeckCounts, type QuestionRef, type QueueData, type SyncResult } from './cards';
export { LearnerError, LearnerRepository, sameName, type LearnerFootprint } from './learners';
export {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BackupRepository,
	BackupSchema,
	parseBackup,
	type Backup,
	type ImportPlan,
	type ParsedBackup
} from './backup';
export { ClassResultRepository, type ClassResult } from './class-results';
export { OwnDeckError, OwnDeckRepository, type NewOwnDeck, type OwnDeckFootprint, type OwnDeckList } from './own-decks';
// The own-deck record's schema (full zod) is imported from './own-deck-record' where it is needed.
export type { OwnDeckRecord } from './own-deck-record';
export { LearnerSchema, StudyCardSchema, ReviewEntrySchema, type Learner } from './records';

export interface Repositories {
	db: StudyDatabase;
	learners: LearnerRepository;
	cards: CardRepository;
	backup: BackupRepository;
	ownDecks: OwnDeckRepository;
	classResults: ClassResultRepository;
}

export async function openRepositories(options?: OpenOptions): Promise<Repositories> {
	const db = await openStudyDb(options);
	return {
		db,
		learners: new LearnerRepository(db),
		cards: new CardRepository(db),
		backup: new BackupRepository(db),
		ownDecks: new OwnDeckRepository(db),
		classResults: new ClassResultRepository(db)
	};
}
