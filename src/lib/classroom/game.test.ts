import { describe, expect, it } from 'vitest';
import { sampleDeck } from '$lib/deck/testing';
import type { Deck } from '$lib/deck';
import { applyEvent, buildQuiz, GameError, hostView, newAssignment, newGame, playerView, replay, resultsCsv, resultsTable, revealDue, type Game, type GameEvent, type QuizSettings } from './index';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const deck = sampleDeck();
const settings: QuizSettings = { deckIds: ['sample'], count: 4, types: ['mcq', 'true-false', 'cloze', 'short-answer'], seed: 7, secondsPerQuestion: 20 };

function quiz(overrides: Partial<QuizSettings> = {}, decks: Deck[] = [deck]) {
	return buildQuiz(decks, { ...settings, ...overrides });
}

function errorCode(fn: () => void): string {
	try {
		fn();
	} catch (e) {
		if (e instanceof GameError) return e.code;
		throw e;
	}
	return 'none';
}

/** A game with two players, at the first question, started at T0. */
function started(): Game {
	const game = newGame('123456', quiz(), T0 - 60_000);
	applyEvent(game, { type: 'joined', at: T0 - 30_000, playerId: 'p1', name: 'Ada' });
	applyEvent(game, { type: 'joined', at: T0 - 20_000, playerId: 'p2', name: 'Bo' });
	applyEvent(game, { type: 'advanced', at: T0, from: 'lobby', index: -1 });
	return game;
}

const rightAnswer = (game: Game) => game.quiz.questions[game.index]!.answer;
const wrongAnswer = (game: Game) => {
	const q = game.quiz.questions[game.index]!;
	if (q.type === 'mcq') return q.options.find((o) => o !== q.answer)!;
	if (q.type === 'true-false') return q.answer === 'true' ? 'false' : 'true';
	return 'nothing like it';
};

describe('buildQuiz', () => {
	it('picks the chosen types, no flashcards, in an order fixed by the seed', () => {
		const a = quiz();
		expect(a.questions.map((q) => q.type).sort()).toEqual(['cloze', 'mcq', 'short-answer', 'true-false']);
		expect(quiz().questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id));
		const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => quiz({ seed }).questions.map((q) => q.id).join()));
		expect(orders.size).toBeGreaterThan(1);
		expect(a.questions.every((q) => q.deckId === 'sample')).toBe(true);
	});

	it('asks one question a fact before any sibling, and no more than asked for', () => {
		const two = quiz({ count: 2 });
		expect(two.questions).toHaveLength(2);
		expect(new Set(two.questions.map((q) => q.factId)).size).toBe(2);
		expect(quiz({ types: ['mcq'], count: 10 }).questions).toHaveLength(1);
	});

	it('draws from several decks', () => {
		const other = sampleDeck({ id: 'other', title: 'Other' });
		const q = quiz({ count: 8 }, [deck, other]);
		expect(new Set(q.questions.map((x) => x.deckId))).toEqual(new Set(['sample', 'other']));
		expect(q.title).toBe('A sample deck · Other');
	});
});

describe('the game', () => {
	it('goes lobby → question → reveal → leaderboard → … → results', () => {
		const game = started();
		const phases: string[] = [game.phase];
		let at = T0;
		while (game.phase !== 'results') {
			at += 1000;
			applyEvent(game, { type: 'advanced', at, from: game.phase, index: game.index });
			phases.push(`${game.phase}${game.index}`);
		}
		expect(phases).toEqual(['question', 'reveal0', 'leaderboard0', 'question1', 'reveal1', 'leaderboard1', 'question2', 'reveal2', 'leaderboard2', 'question3', 'reveal3', 'results3']);
		expect(errorCode(() => applyEvent(game, { type: 'advanced', at, from: 'results', index: 3 }))).toBe('game_over');
	});

	it('does not start with nobody, and refuses a stale advance (a second click)', () => {
		const game = newGame('1', quiz(), T0);
		expect(errorCode(() => applyEvent(game, { type: 'advanced', at: T0, from: 'lobby', index: -1 }))).toBe('no_players');
		const g = started();
		expect(errorCode(() => applyEvent(g, { type: 'advanced', at: T0 + 1, from: 'lobby', index: -1 }))).toBe('stale');
		expect(g.phase).toBe('question');
	});

	it('keeps names unique, ignoring case and spaces', () => {
		const game = started();
		expect(errorCode(() => applyEvent(game, { type: 'joined', at: T0, playerId: 'p3', name: 'ada' }))).toBe('name_taken');
		applyEvent(game, { type: 'kicked', at: T0, playerId: 'p1' });
		applyEvent(game, { type: 'joined', at: T0, playerId: 'p3', name: 'ada' });
		expect(game.players.filter((p) => !p.kicked).map((p) => p.name)).toEqual(['Bo', 'ada']);
	});

	it('counts an answer once, only within the time, graded by the app', () => {
		const game = started();
		applyEvent(game, { type: 'answered', at: T0 + 5000, playerId: 'p1', index: 0, given: rightAnswer(game) });
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 6000, playerId: 'p1', index: 0, given: wrongAnswer(game) }))).toBe('already_answered');
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 20_001, playerId: 'p2', index: 0, given: rightAnswer(game) }))).toBe('late');
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 1000, playerId: 'p2', index: 1, given: 'x' }))).toBe('wrong_question');
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 1000, playerId: 'ghost', index: 0, given: 'x' }))).toBe('unknown_player');
		const p1 = game.answers.get('p1')![0]!;
		expect(p1.verdict).toBe('right');
		expect(p1.points).toBe(875); // 5 s of 20: 1000 × (1 − 0.25 / 2)
		expect(game.answers.get('p2')![0]).toBeUndefined();
	});

	it('refuses an answer to a question that is closed', () => {
		const game = started();
		applyEvent(game, { type: 'advanced', at: T0 + 3000, from: 'question', index: 0 });
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 3001, playerId: 'p1', index: 0, given: rightAnswer(game) }))).toBe('not_open');
	});

	it('refuses an option that is not offered', () => {
		const game = started();
		const q = game.quiz.questions[0]!;
		if (q.type === 'mcq' || q.type === 'true-false') {
			expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 1, playerId: 'p1', index: 0, given: 'maybe' }))).toBe('invalid_answer');
		}
	});

	it('forgives a typo in a typed answer as the study pages do', () => {
		const typed = buildQuiz([deck], { ...settings, types: ['short-answer'], count: 1 });
		const game = newGame('1', typed, T0);
		applyEvent(game, { type: 'joined', at: T0, playerId: 'p1', name: 'Ada' });
		applyEvent(game, { type: 'advanced', at: T0, from: 'lobby', index: -1 });
		applyEvent(game, { type: 'answered', at: T0 + 20_000, playerId: 'p1', index: 0, given: 'Colete Kress' });
		expect(game.answers.get('p1')![0]).toMatchObject({ verdict: 'almost', points: 500 });
	});

	it('is due to reveal when time is up or everyone has answered', () => {
		const game = started();
		expect(revealDue(game, T0 + 20_000)).toBe(false);
		expect(revealDue(game, T0 + 20_001)).toBe(true);
		applyEvent(game, { type: 'answered', at: T0 + 1000, playerId: 'p1', index: 0, given: rightAnswer(game) });
		expect(revealDue(game, T0 + 1000)).toBe(false);
		applyEvent(game, { type: 'answered', at: T0 + 2000, playerId: 'p2', index: 0, given: wrongAnswer(game) });
		expect(revealDue(game, T0 + 2000)).toBe(true);
	});

	it('replays its events into the same game', () => {
		const events: GameEvent[] = [
			{ type: 'joined', at: T0, playerId: 'p1', name: 'Ada' },
			{ type: 'advanced', at: T0 + 1, from: 'lobby', index: -1 },
			{ type: 'answered', at: T0 + 2, playerId: 'p1', index: 0, given: 'true' }
		];
		const live = newGame('9', quiz(), T0);
		for (const e of events) {
			try {
				applyEvent(live, e);
			} catch {
				/* an event the game refused is not journalled; replay skips it the same way */
			}
		}
		const journalled = events.filter((e) => e.type !== 'answered' || live.answers.get('p1')![0]);
		expect(replay('9', quiz(), T0, journalled)).toEqual(live);
	});
});

describe('what the screens see', () => {
	it('never sends a student the answer, its source or a verdict before the reveal', () => {
		const game = started();
		applyEvent(game, { type: 'answered', at: T0 + 1000, playerId: 'p1', index: 0, given: rightAnswer(game) });
		const q = game.quiz.questions[0]!;
		const view = playerView(game, 'p1', T0 + 1000)!;
		const text = JSON.stringify(view);
		expect(view.reveal).toBeNull();
		expect(view.yourAnswer).toEqual({ given: rightAnswer(game), verdict: null, points: null });
		expect(view.you.score).toBe(0);
		expect(text).not.toContain(q.source.sentence);
		// Another student's view holds neither the answer nor what others gave.
		const other = JSON.stringify(playerView(game, 'p2', T0 + 1000));
		expect(other).not.toContain(q.source.sentence);
		if (q.type === 'cloze' || q.type === 'short-answer') expect(other).not.toContain(q.answer);
		expect(other).not.toContain('"given"');
		expect(hostView(game, T0 + 1000).players.every((p) => p.score === 0)).toBe(true);

		applyEvent(game, { type: 'advanced', at: T0 + 2000, from: 'question', index: 0 });
		const revealed = playerView(game, 'p1', T0 + 2000)!;
		expect(revealed.reveal?.answer).toBe(q.answer);
		expect(revealed.reveal?.sentence).toBe(q.source.sentence);
		expect(revealed.yourAnswer?.verdict).toBe('right');
		expect(revealed.you).toMatchObject({ rank: 1 });
		expect(revealed.reveal!.bars.reduce((n, b) => n + b.count, 0)).toBe(1);
		expect(hostView(game, T0 + 2000).answered).toBe(1);
	});

	it('gives a removed player no view', () => {
		const game = started();
		applyEvent(game, { type: 'kicked', at: T0, playerId: 'p2' });
		expect(playerView(game, 'p2', T0)).toBeNull();
		expect(hostView(game, T0).players.map((p) => p.name)).toEqual(['Ada']);
	});
});

describe('results', () => {
	function played(): Game {
		const game = started();
		let at = T0;
		for (let i = 0; i < game.quiz.questions.length; i++) {
			applyEvent(game, { type: 'answered', at: at + 2000, playerId: 'p1', index: i, given: rightAnswer(game) });
			if (i % 2 === 0) applyEvent(game, { type: 'answered', at: at + 4000, playerId: 'p2', index: i, given: wrongAnswer(game) });
			applyEvent(game, { type: 'advanced', at: (at += 5000), from: 'question', index: i });
			applyEvent(game, { type: 'advanced', at: (at += 1000), from: 'reveal', index: i });
			if (game.phase === 'leaderboard') applyEvent(game, { type: 'advanced', at: (at += 1000), from: 'leaderboard', index: i });
		}
		return game;
	}

	it('has a row per student, a column per question and the share right on each', () => {
		const table = resultsTable(played());
		expect(table.rows.map((r) => [r.name, r.rank, r.score, r.right])).toEqual([
			['Ada', 1, 4 * 950, 4],
			['Bo', 2, 0, 0]
		]);
		expect(table.rows[1]!.cells.map((c) => c?.verdict ?? null)).toEqual(['wrong', null, 'wrong', null]);
		expect(table.questions.map((q) => q.shareRight)).toEqual([0.5, 0.5, 0.5, 0.5]);
	});

	it('exports the same table as CSV, fields quoted and formulas defused', () => {
		const game = played();
		game.players[1]!.name = '=cmd, "x"';
		const csv = resultsCsv(resultsTable(game));
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(/^Rank,Name,Score,Right,/);
		expect(lines[1]).toMatch(/^1,Ada,3800,4,/);
		expect(lines[2]).toMatch(/^2,"'=cmd, ""x""",0,0,/);
		expect(lines[3]).toBe(',Share right,,,50%,50%,50%,50%');
	});

	it('ranks equal scores equally', () => {
		const game = started();
		const table = resultsTable(game);
		expect(table.rows.map((r) => r.rank)).toEqual([1, 1]);
	});
});

describe('a self-paced assignment', () => {
	const DEADLINE = T0 + 3 * 24 * 60 * 60 * 1000;
	function assignment(): Game {
		const game = newAssignment('222222', quiz(), T0, DEADLINE);
		applyEvent(game, { type: 'joined', at: T0 + 1000, playerId: 'p1', name: 'Ada' });
		applyEvent(game, { type: 'joined', at: T0 + 86_400_000, playerId: 'p2', name: 'Bo' });
		return game;
	}

	it('lets each student answer any question once, at their own pace, until the deadline', () => {
		const game = assignment();
		const q = game.quiz.questions;
		applyEvent(game, { type: 'answered', at: T0 + 2000, playerId: 'p1', index: 2, given: q[2]!.answer });
		applyEvent(game, { type: 'answered', at: T0 + 90_000_000, playerId: 'p2', index: 0, given: q[0]!.answer });
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: T0 + 3000, playerId: 'p1', index: 2, given: q[2]!.answer }))).toBe('already_answered');
		expect(errorCode(() => applyEvent(game, { type: 'answered', at: DEADLINE + 1, playerId: 'p1', index: 0, given: q[0]!.answer }))).toBe('late');
		expect(errorCode(() => applyEvent(game, { type: 'joined', at: DEADLINE + 1, playerId: 'p3', name: 'Cy' }))).toBe('game_over');
		expect(errorCode(() => applyEvent(game, { type: 'advanced', at: T0, from: 'question', index: 3 }))).toBe('stale');
		expect(game.answers.get('p1')![2]!.points).toBe(1000);
	});

	it('shows a student the answer to a question only after they answered it, and the teacher the results all along', () => {
		const game = assignment();
		const q = game.quiz.questions;
		applyEvent(game, { type: 'answered', at: T0 + 2000, playerId: 'p1', index: 1, given: wrongAnswer({ ...game, index: 1 }) });
		const view = playerView(game, 'p1', T0 + 2000)!;
		expect(view.question).toBeNull();
		expect(view.deadline).toBe(DEADLINE);
		expect(view.ownPace!.map((x) => x.answer)).toEqual([null, q[1]!.answer, null, null]);
		expect(view.ownPace![1]!.yours?.verdict).toBe('wrong');
		expect(JSON.stringify(view.ownPace![0])).not.toContain(q[0]!.source.sentence);
		expect(view.review!.map((r) => r.questionId)).toEqual([q[1]!.id]);
		const text = JSON.stringify(view);
		for (const i of [0, 2, 3]) expect(text).not.toContain(q[i]!.source.sentence);
		const table = hostView(game, T0 + 2000).results!;
		expect(table.questions).toHaveLength(4);
		expect(table.rows.find((r) => r.name === 'Ada')!.cells[1]).toMatchObject({ verdict: 'wrong' });
		applyEvent(game, { type: 'ended', at: DEADLINE + 1 });
		expect(hostView(game, DEADLINE + 1).phase).toBe('results');
	});
});
