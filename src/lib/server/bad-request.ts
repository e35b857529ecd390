import { json } from '@sveltejs/kit';

/** The API's 400: JSON with a message, like its 404. */
export function badRequest(message: string): Response {
	return json({ error: 'bad_request', message }, { status: 400 });
}
