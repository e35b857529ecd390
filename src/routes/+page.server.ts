import { listDecks } from '$lib/server/decks';
import { studyItems } from '$lib/server/study';
import type { PageServerLoad } from './$types';

// Prerendered: the list is written into the page and into its __data.json, both cacheable.
export const load: PageServerLoad = () => ({ decks: listDecks(), studyItems: studyItems() });
