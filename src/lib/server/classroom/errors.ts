import { json } from '@sveltejs/kit';
import { GameError, type GameErrorCode } from '$lib/classroom';

// Every refusal the classroom API gives: an HTTP status, a code a program can test, and a sentence
// a person can read, as JSON ({ error, message }).

export class ClassroomError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly headers: Record<string, string> = {}
	) {
		super(message);
	}
}

const GAME_STATUS: Record<GameErrorCode, number> = {
	name_taken: 409,
	game_full: 409,
	game_over: 409,
	unknown_player: 403,
	not_open: 409,
	wrong_question: 409,
	late: 409,
	already_answered: 409,
	invalid_answer: 400,
	stale: 409,
	no_players: 409
};

export function errorResponse(error: unknown): Response {
	if (error instanceof ClassroomError) {
		return json({ error: error.code, message: error.message }, { status: error.status, headers: error.headers });
	}
	if (error instanceof GameError) return json({ error: error.code, message: error.message }, { status: GAME_STATUS[error.code] });
	console.error(error);
	return json({ error: 'server_error', message: 'Something went wrong on the server; the game is unchanged.' }, { status: 500 });
}
