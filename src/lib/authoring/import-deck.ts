import { parseDeck, type Deck } from '$lib/deck';
import { ownDeckId } from './deck-draft';

export type ImportedDeck = { ok: true; deck: Deck; renamed: string | null } | { ok: false; errors: string[] };

/**
 * Reads a deck file (exported here, or one of questions/decks): JSON, then the deck schema. A deck
 * whose id is taken (a served deck, or an own deck already here) is given a free "own-" id, so that
 * it never mixes its progress with another deck's.
 */
export function readDeckFile(text: string, taken: ReadonlySet<string>): ImportedDeck {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, errors: [`This file is not JSON: ${(e as Error).message}`] };
	}
	const result = parseDeck(data);
	if (!result.ok) {
		const more = result.errors.length > 10 ? [`… and ${result.errors.length - 10} more problems`] : [];
		return { ok: false, errors: [...result.errors.slice(0, 10), ...more] };
	}
	if (!taken.has(result.deck.id)) return { ok: true, deck: result.deck, renamed: null };
	const id = ownDeckId(result.deck.title, taken);
	return { ok: true, deck: { ...result.deck, id }, renamed: id };
}
