import type { ResultsTable } from '$lib/classroom/results';
import type { ClassResult } from './class-result-record';
import type { StudyDatabase } from './db';

// The teacher's results of classroom games and assignments, kept in this browser. Each record is
// checked when read: one that no longer reads is skipped (and counted), never thrown at the page.

let schema: Promise<(typeof import('./class-result-record'))['ClassResultSchema']> | null = null;
const loadSchema = () => (schema ??= import('./class-result-record').then((m) => m.ClassResultSchema));

export class ClassResultRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	async save(result: ClassResult): Promise<void> {
		const ClassResultSchema = await loadSchema();
		await this.#db.put('classResults', ClassResultSchema.parse(result));
	}

	/** Newest first; records that fail validation are left out and counted. */
	async list(): Promise<{ results: ClassResult[]; unreadable: number }> {
		const ClassResultSchema = await loadSchema();
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
		const ClassResultSchema = await loadSchema();
		const parsed = ClassResultSchema.safeParse(await this.#db.get('classResults', id));
		return parsed.success ? parsed.data : undefined;
	}

	async delete(id: string): Promise<void> {
		await this.#db.delete('classResults', id);
	}
}

export type { ClassResult, ResultsTable };
