import { z } from 'zod';
import { ResultsTableSchema, type ResultsTable } from '$lib/classroom';
import type { StudyDatabase } from './db';

// The teacher's results of classroom games and assignments, kept in this browser. Each record is
// checked when read: one that no longer reads is skipped (and counted), never thrown at the page.

export const ClassResultSchema = z.object({
	/** `live-<pin>-<created>` or `assignment-<code>`: saving a game again replaces its record. */
	id: z.string().min(1).max(200),
	kind: z.enum(['live', 'assignment']),
	code: z.string(),
	savedAt: z.number(),
	table: ResultsTableSchema
});
export type ClassResult = z.infer<typeof ClassResultSchema>;

export class ClassResultRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	async save(result: ClassResult): Promise<void> {
		await this.#db.put('classResults', ClassResultSchema.parse(result));
	}

	/** Newest first; records that fail validation are left out and counted. */
	async list(): Promise<{ results: ClassResult[]; unreadable: number }> {
		const all = await this.#db.getAllFromIndex('classResults', 'by-saved');
		const results: ClassResult[] = [];
		let unreadable = 0;
		for (const record of all.reverse()) {
			const parsed = ClassResultSchema.safeParse(record);
			if (parsed.success) results.push(parsed.data);
			else unreadable += 1;
		}
		return { results, unreadable };
	}

	async get(id: string): Promise<ClassResult | undefined> {
		const parsed = ClassResultSchema.safeParse(await this.#db.get('classResults', id));
		return parsed.success ? parsed.data : undefined;
	}

	async delete(id: string): Promise<void> {
		await this.#db.delete('classResults', id);
	}
}

export type { ResultsTable };
