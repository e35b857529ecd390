import { isRight, ranks } from './scoring';
import { activePlayers, answerOf, answeredCount, findPlayer, type Game, type Phase, type Player } from './game';
import { choicesOf } from './quiz';
import { resultsTable, type ResultsTable } from './results';
import type { QuizType } from './quiz';
import type { Verdict } from '$lib/deck';

// What each screen is sent. A student's view never holds the right answer, its source or anyone
// else's answers before the reveal: it is built from the game, field by field, never by copying
// the question.

export interface QuestionView {
	number: number;
	total: number;
	type: QuizType;
	prompt: string;
	/** The options to pick from; null for a typed answer. */
	choices: string[] | null;
	startedAt: number;
	deadline: number;
}

export interface RevealView {
	answer: string;
	sentence: string;
	/** A bar per option (for a typed answer: right and wrong). */
	bars: { label: string; count: number; right: boolean }[];
}

export interface StandingView {
	name: string;
	score: number;
	rank: number;
}

interface CommonView {
	pin: string;
	mode: Game['mode'];
	createdAt: number;
	title: string;
	phase: Phase;
	total: number;
	playerCount: number;
	/** The server's clock when the view was made, so that a screen can correct its countdown. */
	serverNow: number;
	question: QuestionView | null;
	/** An assignment's deadline (epoch ms); null for a live game. */
	deadline: number | null;
	reveal: RevealView | null;
	leaderboard: StandingView[] | null;
}

export interface HostView extends CommonView {
	role: 'host';
	players: { id: string; name: string; score: number }[];
	answered: number;
	results: ResultsTable | null;
}

/** An assignment's question for a student: its answer and source only once they have answered it. */
export interface OwnPaceQuestion {
	number: number;
	type: QuizType;
	prompt: string;
	choices: string[] | null;
	yours: { given: string; verdict: Verdict; points: number } | null;
	answer: string | null;
	sentence: string | null;
}

export interface PlayerView extends CommonView {
	/** Self-paced: every question, each with this student's answer and its feedback once given. */
	ownPace: OwnPaceQuestion[] | null;
	role: 'player';
	you: { id: string; name: string; score: number; rank: number };
	/** This student's answer to the current question; its verdict only once revealed. */
	yourAnswer: { given: string; verdict: Verdict | null; points: number | null } | null;
	/** At the end: every question asked with this student's answer, to add to their own deck. */
	review: { deckId: string; questionId: string; factId: string; prompt: string; answer: string; given: string | null; verdict: Verdict | null }[] | null;
}

const LEADERBOARD_SIZE = 5;

/** A score as the screens may show it: while a question is open, without its points (they would tell right from wrong). */
function shownScore(game: Game, player: Player): number {
	return player.score - (game.phase === 'question' && game.mode === 'live' ? (answerOf(game, player.id, game.index)?.points ?? 0) : 0);
}

function standings(game: Game): StandingView[] {
	const players = activePlayers(game);
	const rankOf = ranks(players.map((p) => shownScore(game, p)));
	return players
		.map((p, i) => ({ name: p.name, score: shownScore(game, p), rank: rankOf[i]! }))
		.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}

function questionView(game: Game): QuestionView | null {
	if (game.phase === 'lobby' || game.phase === 'results') return null;
	const q = game.quiz.questions[game.index]!;
	return {
		number: game.index + 1,
		total: game.quiz.questions.length,
		type: q.type,
		prompt: q.prompt,
		choices: choicesOf(q),
		startedAt: game.questionStartedAt,
		deadline: game.deadline
	};
}

function revealView(game: Game): RevealView | null {
	if (game.phase !== 'reveal') return null;
	const q = game.quiz.questions[game.index]!;
	const given = activePlayers(game)
		.map((p) => answerOf(game, p.id, game.index))
		.filter((a) => a !== undefined);
	const choices = choicesOf(q);
	const bars = choices
		? choices.map((c) => ({ label: c, count: given.filter((a) => a.given === c).length, right: c === q.answer }))
		: [
				{ label: 'Right', count: given.filter((a) => isRight(a.verdict)).length, right: true },
				{ label: 'Wrong', count: given.filter((a) => !isRight(a.verdict)).length, right: false }
			];
	return { answer: q.answer, sentence: q.source.sentence, bars };
}

function common(game: Game, now: number): CommonView {
	return {
		pin: game.pin,
		mode: game.mode,
		createdAt: game.createdAt,
		title: game.quiz.title,
		phase: game.phase,
		total: game.quiz.questions.length,
		playerCount: activePlayers(game).length,
		serverNow: now,
		question: game.mode === 'live' ? questionView(game) : null,
		deadline: game.mode === 'self-paced' ? game.deadline : null,
		reveal: revealView(game),
		leaderboard: game.phase === 'leaderboard' || game.phase === 'results' ? standings(game).slice(0, LEADERBOARD_SIZE) : null
	};
}

export function hostView(game: Game, now: number): HostView {
	return {
		...common(game, now),
		role: 'host',
		players: activePlayers(game).map((p) => ({ id: p.id, name: p.name, score: shownScore(game, p) })),
		answered: game.phase === 'question' || game.phase === 'reveal' ? answeredCount(game) : 0,
		// An assignment's results grow as students work, and the teacher follows them.
		results: game.phase === 'results' || game.mode === 'self-paced' ? resultsTable(game) : null
	};
}

/** The view of one student, or null if they are not (or no longer) in the game. */
export function playerView(game: Game, playerId: string, now: number): PlayerView | null {
	const player = findPlayer(game, playerId);
	if (!player) return null;
	const mine = game.phase === 'lobby' || game.phase === 'results' || game.mode === 'self-paced' ? undefined : answerOf(game, playerId, game.index);
	const revealed = game.phase !== 'question';
	const ownPace =
		game.mode === 'self-paced'
			? game.quiz.questions.map((q, i) => {
					const a = answerOf(game, playerId, i);
					return {
						number: i + 1,
						type: q.type,
						prompt: q.prompt,
						choices: choicesOf(q),
						yours: a ? { given: a.given, verdict: a.verdict, points: a.points } : null,
						answer: a ? q.answer : null,
						sentence: a ? q.source.sentence : null
					};
				})
			: null;
	const rank = standings(game).find((s) => s.name === player.name)?.rank ?? 1;
	return {
		...common(game, now),
		role: 'player',
		ownPace,
		you: { id: player.id, name: player.name, score: shownScore(game, player), rank },
		yourAnswer: mine ? { given: mine.given, verdict: revealed ? mine.verdict : null, points: revealed ? mine.points : null } : null,
		// At the end, every question asked; during an assignment, only those this student has answered
		// (the others' answers stay hidden until they answer them).
		review:
			game.phase === 'results' || game.mode === 'self-paced'
				? game.quiz.questions
						.slice(0, game.index + 1)
						.map((q, i) => {
							const a = answerOf(game, playerId, i);
							return { deckId: q.deckId, questionId: q.id, factId: q.factId, prompt: q.prompt, answer: q.answer, given: a?.given ?? null, verdict: a?.verdict ?? null };
						})
						.filter((r) => game.phase === 'results' || r.given !== null)
				: null
	};
}
