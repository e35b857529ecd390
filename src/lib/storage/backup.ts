import { z } from '$lib/zod-mini';
import type { ReviewEntry, StudyCard } from '$lib/scheduler';
import type { StudyDatabase } from './db';
import { cardKey, prefixRange, reviewKey } from './keys';
import {
	DeckSettingsRecordSchema,
	LearnerSchema,
	ReviewEntrySchema,
	StudyCardSchema,
	describeZodError,
	type DeckSettingsRecord,
	type Learner
} from './records';

// A learner's progress as a file: the profile, its cards, its review log and its deck settings.
// Restoring validates every record first and writes all of them in one transaction, or nothing.

export const BACKUP_FORMAT = 'factdeck-progress';
export const BACKUP_VERSION = 1;

export const BackupSchema = z
	.object({
		format: z.literal(BACKUP_FORMAT, `is not a Factdeck progress file (format must be "${BACKUP_FORMAT}")`),
		version: z.literal(BACKUP_VERSION, `must be ${BACKUP_VERSION}: this file comes from a newer or unknown version`),
		exportedAt: z.number(),
		learner: LearnerSchema,
		settings: z.array(DeckSettingsRecordSchema),
		cards: z.array(StudyCardSchema),
		reviewLog: z.array(ReviewEntrySchema)
	})
	.check(
		z.superRefine((backup, ctx) => {
			const id = backup.learner.id;
			const check = (list: { learnerId: string }[], name: string) =>
				list.forEach((r, i) => {
					if (r.learnerId !== id) {
						ctx.addIssue({ code: 'custom', message: `belongs to learner "${r.learnerId}", not "${id}"`, path: [name, i, 'learnerId'] });
					}
				});
			check(backup.cards, 'cards');
			check(backup.reviewLog, 'reviewLog');
			check(backup.settings, 'settings');
			const seen = new Set<string>();
			backup.cards.forEach((c, i) => {
				const key = `${c.deckId}\u0000${c.questionId}`;
				if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate card ${c.deckId}/${c.questionId}`, path: ['cards', i] });
				seen.add(key);
			});
			const seenLog = new Set<string>();
			backup.reviewLog.forEach((e, i) => {
				const key = `${e.reviewedAt}\u0000${e.deckId}\u0000${e.questionId}`;
				if (seenLog.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate review entry`, path: ['reviewLog', i] });
				seenLog.add(key);
			});
		})
	);
export type Backup = z.infer<typeof BackupSchema>;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** Reads a backup file's text: JSON, then every record validated. Errors name the record and field. */
export function parseBackup(text: string): ParsedBackup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, errors: [`The file is not JSON: ${(e as Error).message}`] };
	}
	const result = BackupSchema.safeParse(data);
	return result.success ? { ok: true, backup: result.data } : { ok: false, errors: describeZodError(result.error) };
}

export interface ImportPlan {
	learner: { name: string; exists: boolean; renamedFrom?: string };
	cards: { add: number; replace: number };
	reviewLog: { add: number; replace: number };
	settings: { add: number; replace: number };
}

const byKey = (k: IDBValidKey) => JSON.stringify(k);

export class BackupRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	/** Everything of one learner, read in one transaction, ready for JSON. */
	async export(learnerId: string, now: number): Promise<Backup> {
		const tx = this.#db.transaction(['learners', 'cards', 'reviewLog', 'settings'], 'readonly');
		const [learner, cards, reviewLog, settings] = await Promise.all([
			tx.objectStore('learners').get(learnerId),
			tx.objectStore('cards').getAll(prefixRange(learnerId)),
			tx.objectStore('reviewLog').getAll(prefixRange(learnerId)),
			tx.objectStore('settings').getAll(prefixRange(learnerId))
		]);
		await tx.done;
		if (!learner) throw new Error(`There is no learner ${learnerId}.`);
		return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, learner, settings, cards, reviewLog };
	}

	/** What restoring would add and replace, without writing anything. */
	async plan(backup: Backup): Promise<ImportPlan> {
		const id = backup.learner.id;
		const tx = this.#db.transaction(['learners', 'cards', 'reviewLog', 'settings'], 'readonly');
		const [learner, cardKeys, logKeys, settingKeys] = await Promise.all([
			tx.objectStore('learners').get(id),
			tx.objectStore('cards').getAllKeys(prefixRange(id)),
			tx.objectStore('reviewLog').getAllKeys(prefixRange(id)),
			tx.objectStore('settings').getAllKeys(prefixRange(id))
		]);
		await tx.done;
		const count = <T>(records: T[], keys: IDBValidKey[], key: (r: T) => IDBValidKey) => {
			const have = new Set(keys.map(byKey));
			const replace = records.filter((r) => have.has(byKey(key(r)))).length;
			return { add: records.length - replace, replace };
		};
		return {
			learner: {
				name: backup.learner.name,
				exists: !!learner,
				...(learner && learner.name !== backup.learner.name ? { renamedFrom: learner.name } : {})
			},
			cards: count<StudyCard>(backup.cards, cardKeys, cardKey),
			reviewLog: count<ReviewEntry>(backup.reviewLog, logKeys, reviewKey),
			settings: count<DeckSettingsRecord>(backup.settings, settingKeys, (s) => [s.learnerId, s.deckId])
		};
	}

	/** Writes a validated backup: the profile, cards, log and settings, in one transaction. */
	async restore(backup: Backup): Promise<void> {
		const valid = BackupSchema.parse(backup);
		const tx = this.#db.transaction(['learners', 'cards', 'reviewLog', 'settings'], 'readwrite');
		const learner: Learner = valid.learner;
		await Promise.all([
			tx.objectStore('learners').put(learner),
			...valid.cards.map((c) => tx.objectStore('cards').put(c)),
			...valid.reviewLog.map((e) => tx.objectStore('reviewLog').put(e)),
			...valid.settings.map((s) => tx.objectStore('settings').put(s)),
			tx.done
		]);
	}
}
