import { json } from '@sveltejs/kit';

/** The API's 404: JSON with a message, whatever was asked. */
export function notFound(message: string): Response {
	return json({ error: 'not_found', message }, { status: 404 });
}
