// Storage: the only module that touches IndexedDB (through idb).
import { BackupRepository } from './backup';
import { CardRepository } from './cards';
import { ClassResultRepository } from './class-results';
import { openStudyDb, type OpenOptions, type StudyDatabase } from './db';
import { LearnerRepository } from './learners';

export { openStudyDb, requestPersistentStorage, type OpenOptions, type StudyDatabase } from './db';
export { DB_NAME, DB_VERSION, type CardKey, type ReviewKey, type SetAside, type StudyDB } from './schema';
export { CardRepository, type DayWindow, type DeckCounts, type QuestionRef, type QueueData, type SyncResult } from './cards';
export { LearnerError, LearnerRepository, type LearnerFootprint } from './learners';
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
export { ClassResultRepository, ClassResultSchema, type ClassResult } from './class-results';
export { LearnerSchema, StudyCardSchema, ReviewEntrySchema, type Learner } from './records';

export interface Repositories {
	db: StudyDatabase;
	learners: LearnerRepository;
	cards: CardRepository;
	backup: BackupRepository;
	classResults: ClassResultRepository;
}

export async function openRepositories(options?: OpenOptions): Promise<Repositories> {
	const db = await openStudyDb(options);
	return { db, learners: new LearnerRepository(db), cards: new CardRepository(db), backup: new BackupRepository(db), classResults: new ClassResultRepository(db) };
}
