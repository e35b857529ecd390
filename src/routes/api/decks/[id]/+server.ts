import { json } from '@sveltejs/kit';
import { getDeck } from '$lib/server/decks';
import { notFound } from '$lib/server/not-found';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const deck = getDeck(params.id);
	return deck ? json(deck) : notFound(`No deck with id "${params.id}"`);
};
