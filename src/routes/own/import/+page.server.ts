import { deckIds } from '$lib/server/decks';
import type { PageServerLoad } from './$types';

// The served decks' ids: a new deck never takes one.
export const load: PageServerLoad = () => ({ servedIds: deckIds() });
