import type { Deck } from '../deck/schema';

/** A deck as written to a file: JSON, tab-indented, one trailing newline. */
export function formatDeck(deck: Deck): string {
	return `${JSON.stringify(deck, null, '\t')}\n`;
}
