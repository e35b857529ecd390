import { sameName, type Learner, type LearnerFootprint, type LearnerRepository } from '$lib/storage';

export interface ProfileEnv {
	now: () => number;
	timeZone: () => string;
	newId: () => string;
}

/** The name of the profile made on a first visit, without any sign-up. */
export const FIRST_NAME = 'Learner 1';

function nextFreeName(names: string[]): string {
	for (let n = 1; ; n++) if (!names.some((name) => sameName(name, `Learner ${n}`))) return `Learner ${n}`;
}

/** Learner profiles on this device, and whose progress is shown. */
export class Profiles {
	list = $state.raw<Learner[]>([]);
	currentId = $state<string | null>(null);
	current = $derived(this.list.find((l) => l.id === this.currentId) ?? null);

	readonly #repo: LearnerRepository;
	readonly #env: ProfileEnv;

	constructor(repo: LearnerRepository, env: ProfileEnv) {
		this.#repo = repo;
		this.#env = env;
	}

	/** Loads the profiles; on a first visit (or when the last was deleted) makes one. */
	async load(): Promise<void> {
		let list = await this.#repo.list();
		if (!list.length) {
			await this.#make(FIRST_NAME);
			list = await this.#repo.list();
		}
		const saved = await this.#repo.currentId();
		const current = list.find((l) => l.id === saved) ?? list[0]!;
		if (current.id !== saved) await this.#repo.setCurrent(current.id);
		this.list = list;
		this.currentId = current.id;
	}

	async #make(name: string): Promise<Learner> {
		return this.#repo.create({ id: this.#env.newId(), name: name.trim(), timeZone: this.#env.timeZone(), createdAt: this.#env.now() });
	}

	suggestedName(): string {
		return nextFreeName(this.list.map((l) => l.name));
	}

	async create(name: string): Promise<Learner> {
		const learner = await this.#make(name);
		await this.#repo.setCurrent(learner.id);
		this.list = await this.#repo.list();
		this.currentId = learner.id;
		return learner;
	}

	async rename(id: string, name: string): Promise<void> {
		await this.#repo.rename(id, name);
		this.list = await this.#repo.list();
	}

	async switchTo(id: string): Promise<void> {
		if (!this.list.some((l) => l.id === id)) throw new Error(`There is no learner ${id}.`);
		await this.#repo.setCurrent(id);
		this.currentId = id;
	}

	footprint(id: string): Promise<LearnerFootprint> {
		return this.#repo.footprint(id);
	}

	/** Deletes a learner and their progress; another becomes current (a new one if none is left). */
	async remove(id: string): Promise<void> {
		await this.#repo.delete(id);
		await this.load();
	}

	/** After a restore, which may bring a learner back. */
	async refresh(): Promise<void> {
		this.list = await this.#repo.list();
	}
}
