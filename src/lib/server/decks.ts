import { buildCatalog, summarizeDeck, type Deck, type DeckSummary } from '$lib/deck';

// Bundled at build time: an invalid deck file throws here, which fails the prerender and so the
// build, with a message naming the file, the question and the field. Lookups go through this map,
// never through the file system, so no request can reach a file outside questions/decks.
const files = import.meta.glob('/questions/decks/*.json', { eager: true, import: 'default' });
const decks = buildCatalog(files);

export function deckIds(): string[] {
	return [...decks.keys()];
}

export function getDeck(id: string): Deck | undefined {
	return decks.get(id);
}

export function listDecks(): DeckSummary[] {
	return [...decks.values()].map(summarizeDeck).sort((a, b) => a.title.localeCompare(b.title));
}
