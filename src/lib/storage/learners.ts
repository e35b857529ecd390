import { normalizeText } from '$lib/deck/normalize';
import type { StudyDatabase } from './db';
import { prefixRange } from './keys';
import { LearnerSchema, describeZodError, type Learner } from './records';

const CURRENT = 'currentLearner';

export class LearnerError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'LearnerError';
	}
}

/** Names compared as a person reads them: "Maya", "maya" and " MAYA " are one name. */
export function sameName(a: string, b: string): boolean {
	return normalizeText(a) === normalizeText(b);
}

/** Why `learner` cannot take its name, when another profile has it already; null when it can. */
function nameTaken(others: readonly Learner[], learner: Learner): string | null {
	const clash = others.find((o) => o.id !== learner.id && sameName(o.name, learner.name));
	return clash ? `There is already a profile named "${clash.name}": choose another name.` : null;
}

/** What deleting a learner would lose, for the confirmation. */
export interface LearnerFootprint {
	cards: number;
	studied: number;
	reviews: number;
}

/** Learner profiles, and which one is using the device. */
export class LearnerRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	async list(): Promise<Learner[]> {
		const all = await this.#db.getAll('learners');
		return all.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
	}

	async get(id: string): Promise<Learner | undefined> {
		return this.#db.get('learners', id);
	}

	async create(learner: Learner): Promise<Learner> {
		const parsed = LearnerSchema.safeParse(learner);
		if (!parsed.success) throw new LearnerError(describeZodError(parsed.error, 'The profile').join('; '));
		const tx = this.#db.transaction('learners', 'readwrite');
		const taken = nameTaken(await tx.store.getAll(), parsed.data);
		if (taken) throw new LearnerError(taken);
		await Promise.all([tx.store.add(parsed.data), tx.done]);
		return parsed.data;
	}

	async rename(id: string, name: string): Promise<Learner> {
		const tx = this.#db.transaction('learners', 'readwrite');
		const learner = await tx.store.get(id);
		if (!learner) throw new LearnerError(`There is no learner ${id}.`);
		const parsed = LearnerSchema.safeParse({ ...learner, name });
		if (!parsed.success) throw new LearnerError(parsed.error.issues.map((i) => i.message).join('; '));
		const taken = nameTaken(await tx.store.getAll(), parsed.data);
		if (taken) throw new LearnerError(taken);
		await Promise.all([tx.store.put(parsed.data), tx.done]);
		return parsed.data;
	}

	async footprint(id: string): Promise<LearnerFootprint> {
		const tx = this.#db.transaction(['cards', 'reviewLog'], 'readonly');
		const [cards, reviews] = await Promise.all([
			tx.objectStore('cards').getAll(prefixRange(id)),
			tx.objectStore('reviewLog').count(prefixRange(id))
		]);
		await tx.done;
		return { cards: cards.length, studied: cards.filter((c) => c.reps > 0).length, reviews };
	}

	/** Deletes a learner with all their cards, review log and settings, in one transaction. */
	async delete(id: string): Promise<void> {
		const tx = this.#db.transaction(['learners', 'cards', 'reviewLog', 'settings', 'meta'], 'readwrite');
		const current = await tx.objectStore('meta').get(CURRENT);
		await Promise.all([
			tx.objectStore('learners').delete(id),
			tx.objectStore('cards').delete(prefixRange(id)),
			tx.objectStore('reviewLog').delete(prefixRange(id)),
			tx.objectStore('settings').delete(prefixRange(id)),
			current?.value === id ? tx.objectStore('meta').delete(CURRENT) : undefined,
			tx.done
		]);
	}

	/** Records that an update could not read (kept in setAside, with the reason), for a notice. */
	async setAsideCount(): Promise<number> {
		return this.#db.count('setAside');
	}

	async currentId(): Promise<string | undefined> {
		return (await this.#db.get('meta', CURRENT))?.value;
	}

	async setCurrent(id: string): Promise<void> {
		await this.#db.put('meta', { key: CURRENT, value: id });
	}
}
