import { deckIds, getDeck } from './decks';

/** Per deck, its questions' ids and facts in order: what the browser needs to keep cards in step. */
export function studyItems(): Record<string, { id: string; factId: string }[]> {
	return Object.fromEntries(
		deckIds().map((id) => [id, (getDeck(id)?.questions ?? []).map((q) => ({ id: q.id, factId: q.factId }))])
	);
}
