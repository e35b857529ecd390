import { getDeck } from '$lib/server/decks';
import { notFound } from '$lib/server/not-found';
import { serveStaticJson, staticJsonCache } from '$lib/server/static-json';
import type { RequestHandler } from './$types';

const deckJson = staticJsonCache(getDeck);

export const GET: RequestHandler = ({ params, request }) => {
	const asset = deckJson(params.id);
	return asset ? serveStaticJson(asset, request) : notFound(`No deck with id "${params.id}"`);
};
