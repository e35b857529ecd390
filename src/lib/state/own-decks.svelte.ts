import { readDeckFile } from '$lib/authoring';
import { summarizeDeck, type DeckSummary } from '$lib/deck';
import type { OwnDeckRepository } from '$lib/storage';

/** The home page's list of the learner's own decks, and importing a deck file into it. */
export class OwnDecksState {
	decks = $state.raw<DeckSummary[]>([]);
	/** Per deck, its questions' ids and facts: what the progress counts need. */
	items = $state.raw<Record<string, { id: string; factId: string }[]>>({});
	unreadable = $state.raw<string[]>([]);
	loaded = $state(false);
	message = $state('');
	importErrors = $state.raw<string[]>([]);
	readonly #repo: OwnDeckRepository;
	readonly #servedIds: ReadonlySet<string>;
	readonly #now: () => number;

	constructor(repo: OwnDeckRepository, servedIds: ReadonlySet<string>, now: () => number) {
		this.#repo = repo;
		this.#servedIds = servedIds;
		this.#now = now;
	}

	async load(): Promise<void> {
		const { decks, unreadable } = await this.#repo.list();
		this.decks = decks.map((r) => summarizeDeck(r.deck));
		this.items = Object.fromEntries(decks.map((r) => [r.id, r.deck.questions.map((q) => ({ id: q.id, factId: q.factId }))]));
		this.unreadable = unreadable.map((u) => `${u.id}: ${u.problems.join('; ')}`);
		this.loaded = true;
	}

	/** Imports a deck file; a file that fails validation writes nothing and says why. */
	async importFile(name: string, text: string): Promise<boolean> {
		this.message = '';
		this.importErrors = [];
		const taken = new Set([...this.#servedIds, ...(await this.#repo.ids())]);
		const read = readDeckFile(text, taken);
		if (!read.ok) {
			this.importErrors = read.errors;
			this.message = `${name} was not imported:`;
			return false;
		}
		try {
			await this.#repo.add({ deck: read.deck, origin: 'imported', text: null }, this.#now());
		} catch (e) {
			this.importErrors = [(e as Error).message];
			this.message = `${name} was not imported:`;
			return false;
		}
		await this.load();
		this.message = `Imported “${read.deck.title}” (${read.deck.questions.length} questions)${read.renamed ? `, as a copy named ${read.renamed}, since a deck with its id is already here` : ''}.`;
		return true;
	}
}
