import { json } from '@sveltejs/kit';
import { listDecks } from '$lib/server/decks';

export function GET() {
	return json(listDecks());
}
