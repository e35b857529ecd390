import { error } from '@sveltejs/kit';
import { deckIds, getDeck } from '$lib/server/decks';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => deckIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const deck = getDeck(params.id);
	if (!deck) error(404, `There is no question bank called "${params.id}".`);
	return { deck: { id: deck.id, title: deck.title, questions: deck.questions } };
};
