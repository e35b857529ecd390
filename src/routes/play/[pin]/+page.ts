import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// A live game's page: never prerendered; the game comes from the server's event stream.
export const prerender = false;

export const load: PageLoad = ({ params }) => {
	if (!/^\d{6}$/.test(params.pin)) error(404, 'A game PIN is six digits.');
	return { pin: params.pin };
};
