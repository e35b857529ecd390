import { z } from 'zod';
import { gradeResponse, normalizeAnswer, type Verdict } from '$lib/deck';
import { choicesOf, type Quiz } from './quiz';
import { pointsFor } from './scoring';

// A live game as a state machine over events: lobby → question → reveal → leaderboard → question …
// → results. Every change is an event stamped with its time; `applyEvent` checks it against the
// game and either applies it whole or throws a GameError and changes nothing. The server journals
// the events it applied, so replaying them rebuilds the game exactly.

export const PHASES = ['lobby', 'question', 'reveal', 'leaderboard', 'results'] as const;
export type Phase = (typeof PHASES)[number];

export const MAX_PLAYERS = 200;
export const MAX_NAME_LENGTH = 30;
export const MAX_TYPED_ANSWER = 200;

export const PlayerNameSchema = z
	.string()
	.transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
	.pipe(z.string().min(1, 'a name is needed').max(MAX_NAME_LENGTH, `a name of at most ${MAX_NAME_LENGTH} characters`));

export const GameEventSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('joined'), at: z.number(), playerId: z.string().min(1).max(64), name: PlayerNameSchema }),
	z.object({ type: z.literal('kicked'), at: z.number(), playerId: z.string() }),
	z.object({ type: z.literal('answered'), at: z.number(), playerId: z.string(), index: z.number().int().min(0), given: z.string().max(MAX_TYPED_ANSWER) }),
	z.object({ type: z.literal('advanced'), at: z.number(), from: z.enum(PHASES), index: z.number().int().min(-1) }),
	z.object({ type: z.literal('ended'), at: z.number() })
]);
export type GameEvent = z.infer<typeof GameEventSchema>;

export type GameErrorCode =
	| 'name_taken'
	| 'game_full'
	| 'game_over'
	| 'unknown_player'
	| 'not_open'
	| 'wrong_question'
	| 'late'
	| 'already_answered'
	| 'invalid_answer'
	| 'stale'
	| 'no_players';

export class GameError extends Error {
	constructor(
		readonly code: GameErrorCode,
		message: string
	) {
		super(message);
	}
}

export interface Player {
	id: string;
	name: string;
	joinedAt: number;
	/** Removed by the host: kept so that their answers still explain the counts, never shown. */
	kicked: boolean;
	score: number;
}

export interface PlayerAnswer {
	given: string;
	verdict: Verdict;
	at: number;
	points: number;
}

/** A live game (everyone on the host's question, against its timer) or a self-paced assignment. */
export type GameMode = 'live' | 'self-paced';

/** An assignment's deadline is at most this far ahead. */
export const MAX_ASSIGNMENT_MS = 14 * 24 * 60 * 60 * 1000;

export interface Game {
	pin: string;
	mode: GameMode;
	createdAt: number;
	quiz: Quiz;
	phase: Phase;
	/** The current question; -1 in the lobby. */
	index: number;
	questionStartedAt: number;
	deadline: number;
	players: Player[];
	/** answers[playerId][questionIndex] */
	answers: Map<string, (PlayerAnswer | undefined)[]>;
}

export function newGame(pin: string, quiz: Quiz, createdAt: number): Game {
	return { pin, mode: 'live', createdAt, quiz, phase: 'lobby', index: -1, questionStartedAt: 0, deadline: 0, players: [], answers: new Map() };
}

/**
 * A self-paced assignment: every question open to every student, each at their own pace, until the
 * deadline. It is a game that stays at its last question, so results and views serve both.
 */
export function newAssignment(pin: string, quiz: Quiz, createdAt: number, deadline: number): Game {
	return { ...newGame(pin, quiz, createdAt), mode: 'self-paced', phase: 'question', index: quiz.questions.length - 1, questionStartedAt: createdAt, deadline };
}

export function activePlayers(game: Game): Player[] {
	return game.players.filter((p) => !p.kicked);
}

export function findPlayer(game: Game, playerId: string): Player | undefined {
	return game.players.find((p) => p.id === playerId && !p.kicked);
}

export function answerOf(game: Game, playerId: string, index: number): PlayerAnswer | undefined {
	return game.answers.get(playerId)?.[index];
}

/** How many of the players still in the game answered the current question. */
export function answeredCount(game: Game): number {
	return activePlayers(game).filter((p) => answerOf(game, p.id, game.index)).length;
}

/** The question is open for answers at `now`. */
export function isOpen(game: Game, now: number): boolean {
	return game.phase === 'question' && now <= game.deadline;
}

/** The question should close now: its time is up, or everyone in the game has answered. */
export function revealDue(game: Game, now: number): boolean {
	if (game.phase !== 'question') return false;
	const players = activePlayers(game);
	return now > game.deadline || (players.length > 0 && answeredCount(game) === players.length);
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** What the given answer is, checked against the question: an option, true/false, or typed text. */
function checkGiven(game: Game, index: number, given: string): string {
	const question = game.quiz.questions[index]!;
	const choices = choicesOf(question);
	if (choices) {
		const picked = choices.find((c) => normalizeAnswer(c) === normalizeAnswer(given));
		if (picked === undefined) throw new GameError('invalid_answer', 'That is not one of the options.');
		return picked;
	}
	const typed = given.trim();
	if (!typed) throw new GameError('invalid_answer', 'Type an answer first.');
	return typed;
}

function nextPhase(game: Game): { phase: Phase; index: number } {
	const last = game.index >= game.quiz.questions.length - 1;
	switch (game.phase) {
		case 'lobby':
			return { phase: 'question', index: 0 };
		case 'question':
			return { phase: 'reveal', index: game.index };
		case 'reveal':
			return last ? { phase: 'results', index: game.index } : { phase: 'leaderboard', index: game.index };
		case 'leaderboard':
			return { phase: 'question', index: game.index + 1 };
		case 'results':
			throw new GameError('game_over', 'The game is over.');
	}
}

/** Checks an event against the game and applies it; throws a GameError (changing nothing) if it does not fit. */
export function applyEvent(game: Game, event: GameEvent): void {
	switch (event.type) {
		case 'joined': {
			if (game.phase === 'results') throw new GameError('game_over', 'The game is over.');
			if (game.mode === 'self-paced' && event.at > game.deadline) throw new GameError('game_over', 'The deadline for this assignment has passed.');
			if (activePlayers(game).some((p) => sameName(p.name, event.name))) {
				throw new GameError('name_taken', `Someone in this game is already called "${event.name}". Pick another name.`);
			}
			if (activePlayers(game).length >= MAX_PLAYERS) throw new GameError('game_full', `This game is full (${MAX_PLAYERS} players).`);
			if (game.players.some((p) => p.id === event.playerId)) throw new GameError('name_taken', 'That player id is taken.');
			game.players.push({ id: event.playerId, name: event.name, joinedAt: event.at, kicked: false, score: 0 });
			game.answers.set(event.playerId, []);
			return;
		}
		case 'kicked': {
			const player = findPlayer(game, event.playerId);
			if (!player) throw new GameError('unknown_player', 'No such player in this game.');
			player.kicked = true;
			return;
		}
		case 'answered': {
			const player = findPlayer(game, event.playerId);
			if (!player) throw new GameError('unknown_player', 'You are not in this game (removed, or never joined). Join again.');
			if (game.mode === 'self-paced') return answerAtOwnPace(game, player, event);
			if (game.phase !== 'question' || event.index !== game.index) {
				throw new GameError(event.index === game.index ? 'not_open' : 'wrong_question', `Question ${event.index + 1} is closed.`);
			}
			if (event.at > game.deadline) throw new GameError('late', `Time was up for question ${event.index + 1}: the answer came too late.`);
			if (answerOf(game, player.id, event.index)) throw new GameError('already_answered', 'You have already answered this question.');
			const given = checkGiven(game, event.index, event.given);
			const verdict = gradeResponse(game.quiz.questions[event.index]!, given);
			const points = pointsFor(verdict, event.at - game.questionStartedAt, game.deadline - game.questionStartedAt);
			game.answers.get(player.id)![event.index] = { given, verdict, at: event.at, points };
			player.score += points;
			return;
		}
		case 'advanced': {
			if (game.mode === 'self-paced') throw new GameError('stale', 'An assignment has no questions to move on to: each student goes at their own pace.');
			if (event.from !== game.phase || event.index !== game.index) {
				throw new GameError('stale', `The game has moved on (it is at ${game.phase}, question ${game.index + 1}).`);
			}
			const next = nextPhase(game);
			if (next.phase === 'question' && game.phase === 'lobby' && activePlayers(game).length === 0) {
				throw new GameError('no_players', 'Nobody has joined yet.');
			}
			game.phase = next.phase;
			game.index = next.index;
			if (next.phase === 'question') {
				game.questionStartedAt = event.at;
				game.deadline = event.at + game.quiz.settings.secondsPerQuestion * 1000;
			}
			return;
		}
		case 'ended': {
			if (game.phase === 'results') throw new GameError('game_over', 'The game is over.');
			game.phase = 'results';
			return;
		}
	}
}

function answerAtOwnPace(game: Game, player: Player, event: Extract<GameEvent, { type: 'answered' }>): void {
	if (game.phase === 'results' || event.at > game.deadline) throw new GameError('late', 'The deadline for this assignment has passed.');
	if (event.index >= game.quiz.questions.length) throw new GameError('wrong_question', `There is no question ${event.index + 1}.`);
	if (answerOf(game, player.id, event.index)) throw new GameError('already_answered', 'You have already answered this question.');
	const given = checkGiven(game, event.index, event.given);
	const verdict = gradeResponse(game.quiz.questions[event.index]!, given);
	// No clock per question: a right answer is worth the full points.
	const points = pointsFor(verdict, 0, 1);
	game.answers.get(player.id)![event.index] = { given, verdict, at: event.at, points };
	player.score += points;
}

/** Rebuilds a game from its events (as journalled: each applied once, in order). */
export function replay(pin: string, quiz: Quiz, createdAt: number, events: readonly GameEvent[]): Game {
	const game = newGame(pin, quiz, createdAt);
	for (const event of events) applyEvent(game, event);
	return game;
}
