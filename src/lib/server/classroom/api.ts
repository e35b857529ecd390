import { json, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { buildQuiz, MAX_ASSIGNMENT_MS, MAX_TYPED_ANSWER, PHASES, PlayerNameSchema, QuizSettingsSchema, type HostView, type PlayerView } from '$lib/classroom';
import { getDeck } from '$lib/server/decks';
import { ClassroomError, errorResponse } from './errors';
import { bearer, checkPin, readJson } from './http';
import { gameGuards, gameStore } from './instance';
import type { Viewer } from './store';

// The classroom API's handlers: each reads and checks its request, asks the store, and answers JSON
// (or, for events, a stream). The route files only wire these to URLs.

type Handler = (event: RequestEvent) => Promise<Response> | Response;

function guarded(handler: Handler): Handler {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			return errorResponse(error);
		}
	};
}

/** The game's PIN from the URL, after the guessing guard; a PIN with no game counts as a wrong guess. */
function knownPin(event: RequestEvent): string {
	const pin = checkPin(event.params.pin ?? '');
	const client = event.getClientAddress();
	const now = Date.now();
	gameGuards().pinLookup(client, now);
	if (!gameStore().lookup(pin)) {
		gameGuards().wrongPin(client, now);
		throw new ClassroomError(404, 'unknown_pin', `No game has the PIN ${pin}. Check the PIN on the teacher's screen.`);
	}
	return pin;
}

export const createGame = guarded(async (event) => {
	gameGuards().create(event.getClientAddress(), Date.now());
	const { settings, deadline } = await readJson(event.request, z.object({ settings: QuizSettingsSchema, deadline: z.number().int().optional() }));
	const now = Date.now();
	if (deadline !== undefined && (deadline < now + 60_000 || deadline > now + MAX_ASSIGNMENT_MS)) {
		throw new ClassroomError(400, 'bad_deadline', 'An assignment’s deadline must be between a minute and 14 days from now.');
	}
	const decks = settings.deckIds.map((id) => {
		const deck = getDeck(id);
		if (!deck) throw new ClassroomError(400, 'unknown_deck', `No deck with id "${id}".`);
		return deck;
	});
	const quiz = buildQuiz(decks, settings);
	if (!quiz.questions.length) throw new ClassroomError(400, 'no_questions', 'Those decks have no questions of the chosen types.');
	const { pin, hostToken } = gameStore().create(quiz, deadline);
	return json({ pin, hostToken, questions: quiz.questions.length }, { status: 201 });
});

export const lookupGame = guarded((event) => {
	const pin = knownPin(event);
	return json({ pin, ...gameStore().lookup(pin) });
});

const JoinSchema = z.object({ name: PlayerNameSchema });

export const joinGame = guarded(async (event) => {
	const pin = knownPin(event);
	gameGuards().join(event.getClientAddress(), pin, Date.now());
	const { name } = await readJson(event.request, JoinSchema);
	return json(gameStore().join(pin, name), { status: 201 });
});

const AnswerSchema = z.object({ index: z.number().int().min(0).max(1000), given: z.string().max(MAX_TYPED_ANSWER) });

export const answerQuestion = guarded(async (event) => {
	const pin = knownPin(event);
	const token = bearer(event.request);
	const { index, given } = await readJson(event.request, AnswerSchema);
	gameStore().answer(pin, token, index, given);
	return json({ accepted: true });
});

const CommandSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('next'), from: z.enum(PHASES), index: z.number().int().min(-1) }),
	z.object({ action: z.literal('end') }),
	z.object({ action: z.literal('kick'), playerId: z.string().min(1).max(64) })
]);

export const controlGame = guarded(async (event) => {
	const pin = knownPin(event);
	const token = bearer(event.request);
	const command = await readJson(event.request, CommandSchema);
	gameStore().control(pin, token, command);
	return json({ ok: true });
});

const encoder = new TextEncoder();
/** A comment line now and then keeps idle connections (and proxies) from closing the stream. */
const HEARTBEAT_MS = 15_000;

function viewerOf(url: URL): Viewer {
	const host = url.searchParams.get('host');
	const player = url.searchParams.get('player');
	if (host) return { role: 'host', token: host };
	if (player) return { role: 'player', token: player };
	throw new ClassroomError(401, 'no_key', 'Say who is watching: ?host=<host key> or ?player=<player key>.');
}

/**
 * Server-Sent Events: the viewer's view now and after every change that concerns it (`data:` lines
 * of JSON); `event: gone` when a player was removed. EventSource reconnects by itself.
 */
export const gameEvents = guarded((event) => {
	const pin = knownPin(event);
	const viewer = viewerOf(event.url);
	gameStore().view(pin, viewer); // refuses a wrong key with a JSON error before the stream starts
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
			const unsubscribe = gameStore().subscribe(pin, viewer, (update) => {
				if ('view' in update) write(`data: ${JSON.stringify(update.view satisfies HostView | PlayerView)}\n\n`);
				else {
					write(`event: gone\ndata: ${JSON.stringify({ message: update.gone })}\n\n`);
					stop();
					controller.close();
				}
			});
			stop = () => {
				clearInterval(heartbeat);
				unsubscribe();
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' }
	});
});
