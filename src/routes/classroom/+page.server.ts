import { listDecks } from '$lib/server/decks';
import type { PageServerLoad } from './$types';

// Prerendered with the deck list; games are created from the browser through the classroom API.
export const load: PageServerLoad = () => ({ decks: listDecks() });
