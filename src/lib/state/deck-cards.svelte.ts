import type { Question } from '$lib/deck';
import { DeckSettingsSchema, type DeckSettings, type StudyCard } from '$lib/scheduler';
import type { CardRepository, Learner } from '$lib/storage';

/** A deck's cards and settings for one learner: suspend, unsuspend, reset, retention and limits. */
export class DeckCardsState {
	cards = $state.raw<StudyCard[]>([]);
	settings = $state.raw<DeckSettings | null>(null);
	message = $state('');
	problem = $state<string | null>(null);
	readonly #repo: CardRepository;
	readonly #learner: Learner;
	readonly #deckId: string;
	readonly #questions: readonly Question[];

	constructor(repo: CardRepository, learner: Learner, deckId: string, questions: readonly Question[]) {
		this.#repo = repo;
		this.#learner = learner;
		this.#deckId = deckId;
		this.#questions = questions;
	}

	async load(): Promise<void> {
		await this.#repo.syncDeck(this.#learner.id, this.#deckId, this.#questions.map((q) => ({ id: q.id, factId: q.factId })));
		const [cards, settings] = await Promise.all([
			this.#repo.deckCards(this.#learner.id, this.#deckId),
			this.#repo.settings(this.#learner.id, this.#deckId)
		]);
		this.cards = cards;
		this.settings = settings;
	}

	async setSuspended(questionId: string, suspended: boolean): Promise<void> {
		const updated = await this.#repo.setSuspended(this.#learner.id, this.#deckId, questionId, suspended);
		this.cards = this.cards.map((c) => (c.questionId === questionId ? updated : c));
		this.message = suspended ? 'Card suspended: it will not be shown until you unsuspend it.' : 'Card unsuspended.';
	}

	/** Saves settings after checking them; returns false, with the reason in `problem`, when invalid. */
	async saveSettings(settings: DeckSettings): Promise<boolean> {
		const parsed = DeckSettingsSchema.safeParse(settings);
		if (!parsed.success) {
			this.problem = parsed.error.issues.map((i) => i.message).join('; ');
			return false;
		}
		this.settings = await this.#repo.saveSettings(this.#learner.id, this.#deckId, parsed.data);
		this.problem = null;
		this.message = 'Settings saved.';
		return true;
	}

	async reset(): Promise<void> {
		const n = await this.#repo.resetDeck(this.#learner.id, this.#deckId);
		await this.load();
		this.message = `Progress reset: ${n} cards are new again.`;
	}
}
