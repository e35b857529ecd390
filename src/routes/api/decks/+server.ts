import { listDecks } from '$lib/server/decks';
import { serveStaticJson, staticJson } from '$lib/server/static-json';
import type { RequestHandler } from './$types';

const list = staticJson(listDecks());

export const GET: RequestHandler = ({ request }) => serveStaticJson(list, request);
