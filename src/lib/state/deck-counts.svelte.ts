import { dayWindow } from '$lib/scheduler';
import type { CardRepository, DeckCounts, Learner, QuestionRef } from '$lib/storage';

/** The home page's per-deck counts for the current learner. */
export class DeckCountsState {
	byDeck = $state.raw<Record<string, DeckCounts>>({});
	error = $state<string | null>(null);
	readonly #now: () => number;
	#generation = 0;

	constructor(now: () => number) {
		this.#now = now;
	}

	async load(cards: CardRepository, learner: Learner, decks: Record<string, QuestionRef[]>): Promise<void> {
		const generation = ++this.#generation;
		const now = this.#now();
		const day = dayWindow(now, learner.timeZone);
		try {
			const entries = await Promise.all(
				Object.entries(decks).map(async ([deckId, questions]) => {
					await cards.syncDeck(learner.id, deckId, questions);
					return [deckId, await cards.counts(learner.id, deckId, day)] as const;
				})
			);
			if (generation === this.#generation) this.byDeck = Object.fromEntries(entries);
		} catch (e) {
			this.error = `Could not read your progress: ${(e as Error).message}`;
		}
	}
}
