/** Where a deck's pages are: served decks have prerendered pages of their own; own decks, one page each for all. */
export interface DeckLinks {
	view: string;
	study: string;
	/** Cards and settings: served decks only for now (that page links back to /study/<id>). */
	cards: string | null;
	edit: string | null;
}

export function deckLinks(id: string, own: boolean): DeckLinks {
	if (!own) return { view: `/decks/${id}`, study: `/study/${id}`, cards: `/study/${id}/cards`, edit: null };
	const q = `?id=${encodeURIComponent(id)}`;
	return { view: `/own/deck${q}`, study: `/own/study${q}`, cards: null, edit: `/own/edit${q}` };
}
