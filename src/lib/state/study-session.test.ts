import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleQuestions } from '$lib/deck/testing';
import { dayWindow, newCard, STATE } from '$lib/scheduler';
import { replayLog } from '$lib/scheduler/replay';
import { DAY, HOUR, NOON, ZONE, MINUTE } from '$lib/scheduler/testing';
import { openRepositories, type Learner, type Repositories } from '$lib/storage';
import { broadcastFeed } from './deck-changes';
import type { SnapshotStore } from './session-snapshot';
import { PracticeRound } from './practice-round.svelte';
import { StudySession, allowedRatings } from './study-session.svelte';

const learner: Learner = { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON };
let repos: Repositories;
let clock = NOON;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories();
	await repos.learners.create(learner);
	clock = NOON;
});

function session(extra: { store?: SnapshotStore; channel?: string } = {}) {
	return new StudySession({
		cards: repos.cards,
		learner,
		deckId: 'sample',
		questions: sampleQuestions(),
		now: () => clock,
		store: extra.store,
		changes: extra.channel ? broadcastFeed(extra.channel) : undefined
	});
}

/** A sessionStorage stand-in: what a reload of the same tab finds. */
function memoryStore(): SnapshotStore {
	const map = new Map<string, string>();
	return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** Answers the question on screen, right or wrong. */
function answer(s: StudySession | PracticeRound, right = true) {
	const q = s.question!;
	if (q.type === 'flashcard') s.reveal();
	else if (q.type === 'true-false') s.submit(right ? q.answer : q.answer === 'true' ? 'false' : 'true');
	else s.submit(right ? q.answer : 'zzzz');
}

/** Answers everything today's queue holds, right, with one rating, a minute apart. */
async function finishToday(s: StudySession, rating: 3 | 4 = 4) {
	for (let i = 0; i < 40 && s.phase !== 'done'; i++) {
		answer(s);
		clock += MINUTE;
		await s.rate(rating);
	}
	expect(s.phase).toBe('done');
}

const settle = () => new Promise((r) => setTimeout(r, 30));

/** Every card of the deck equals what replaying its own log gives: no answer lost or doubled. */
async function expectCardsMatchTheirLog() {
	const [cards, log] = await Promise.all([repos.cards.deckCards('ann', 'sample'), repos.cards.reviewsOf('ann', 'sample')]);
	for (const card of cards) {
		const entries = log.filter((e) => e.questionId === card.questionId);
		const replayed = replayLog(newCard(card, card.position), entries);
		expect({ id: card.questionId, reps: card.reps, due: card.due, state: card.state }).toEqual({
			id: card.questionId,
			reps: entries.length,
			due: replayed.due,
			state: replayed.state
		});
	}
}

describe('a study session', () => {
	it('grades, suggests a rating, limits the choice, and moves on', async () => {
		const s = session();
		await s.start();
		expect(s.phase).toBe('question');
		expect(s.question?.type).toBe('mcq');
		expect(s.counts).toEqual({ new: 5, learning: 0, review: 0 });
		s.submit('$50 billion');
		expect(s.response?.verdict).toBe('wrong');
		expect(s.announcement).toBe('Wrong. The answer is $52 billion.');
		expect(s.allowed).toEqual([1]);
		expect(s.suggested).toBe(1);
		await s.rate(3); // not allowed after a wrong answer
		expect(s.phase).toBe('answered');
		clock += 10_000;
		await s.rate(1);
		expect(s.answered).toBe(1);
		// The cloze sibling (same fact) is buried; the mcq comes back in its 1-minute step.
		expect(s.question?.type).toBe('true-false');
		expect(s.counts).toEqual({ new: 3, learning: 1, review: 0 });
		const log = await repos.cards.reviewsOf('ann', 'sample');
		expect(log).toMatchObject([{ rating: 1, correct: false, answer: '$50 billion', durationMs: 10_000 }]);
	});

	it('undoes the last answer: the same card shown again, the log entry gone', async () => {
		const s = session();
		await s.start();
		const first = s.card!.questionId;
		s.submit('$52 billion');
		expect(s.allowed).toEqual([2, 3, 4]);
		await s.rate(3);
		expect(s.card?.questionId).not.toBe(first);
		await s.undo();
		expect(s.card?.questionId).toBe(first);
		expect(s.phase).toBe('question');
		expect(s.answered).toBe(0);
		expect(await repos.cards.reviewsOf('ann', 'sample')).toEqual([]);
		expect((await repos.cards.card('ann', 'sample', first))?.reps).toBe(0);
	});

	it('ends with a summary once nothing is left within the learn-ahead window', async () => {
		const s = session();
		await s.start();
		await finishToday(s);
		expect(s.summary).toMatchObject({ accuracy: 1, newWaiting: 0, buried: 2, missed: [] });
		expect(s.summary!.studied).toBeGreaterThanOrEqual(3);
		expect(s.summary!.nextDue).toBeGreaterThan(clock);
	});

	it('tops the session up when buried siblings left room within the new-card limit', async () => {
		await repos.cards.syncDeck('ann', 'sample', sampleQuestions().map((q) => ({ id: q.id, factId: q.factId })));
		await repos.cards.saveSettings('ann', 'sample', { desiredRetention: 0.9, newPerDay: 2, reviewsPerDay: 200 });
		const s = session();
		await s.start();
		// mcq first: its cloze sibling (second in the deck) is buried, so the third question comes next.
		expect(s.counts.new).toBe(2);
		s.submit('$52 billion');
		await s.rate(4);
		expect(s.question?.type).toBe('true-false');
		s.submit('false');
		await s.rate(4);
		expect(s.phase).toBe('done');
		expect(s.summary).toMatchObject({ studied: 2, buried: 1, newWaiting: 2 });
	});

	it('offers every rating for a flashcard', () => {
		const flash = sampleQuestions()[4]!;
		expect(allowedRatings(flash, null)).toEqual([1, 2, 3, 4]);
	});

	it('buries a question from the same source sentence, even about another fact', async () => {
		const [mcq, , tf] = sampleQuestions();
		// A gap-fill about another fact, built from the mcq's sentence.
		const sameSentence = { ...tf!, id: 'q-00000000000000aa', type: 'cloze' as const, prompt: 'Alibaba vowed to invest $52 billion over _____.', answer: 'three years', source: mcq!.source };
		const s = new StudySession({ cards: repos.cards, learner, deckId: 'sample', questions: [mcq!, sameSentence, tf!], now: () => clock });
		await s.start();
		expect(s.question?.id).toBe(mcq!.id);
		s.submit('$52 billion');
		await s.rate(4);
		expect(s.question?.id).toBe(tf!.id);
		expect((await repos.cards.card('ann', 'sample', sameSentence.id))?.buriedUntil).toBeGreaterThan(clock);
	});
});

describe('two tabs on one deck', () => {
	it('never shows a card answered in the other tab, never writes from a stale copy, and keeps every card equal to its log', async () => {
		const channel = `test-${Math.random()}`;
		const a = session({ channel });
		const b = session({ channel });
		await a.start();
		await b.start();
		expect(b.card?.questionId).toBe(a.card?.questionId);
		// Tab A answers; tab B, showing the same card, hears of it and moves on.
		answer(a);
		await a.rate(3);
		await settle();
		expect(b.card?.questionId).not.toBe(a.card === null ? '' : sampleQuestions()[0]!.id);
		expect(b.notice).toMatch(/answered in another tab/);
		// Both now show the same next card; B answers it first but A had already graded it.
		expect(a.card?.questionId).toBe(b.card?.questionId);
		answer(a);
		answer(b);
		await b.rate(3);
		await settle();
		clock += 1000;
		await a.rate(3); // from a stale copy: refused, with a notice
		expect(a.notice).toMatch(/not saved/);
		for (let i = 0; i < 6; i++) {
			clock += 2 * MINUTE;
			for (const s of [a, b]) {
				if (s.phase !== 'question') continue;
				answer(s, i % 2 === 0);
				await s.rate(i % 2 === 0 ? 3 : 1);
				await settle();
			}
		}
		await expectCardsMatchTheirLog();
		a.stop();
		b.stop();
	});

	it('undo leaves alone a card that the other tab answered since', async () => {
		const a = session();
		const b = session();
		await a.start();
		const id = a.card!.questionId;
		answer(a);
		await a.rate(3); // learning, due in 10 minutes
		clock += 11 * MINUTE;
		await b.start();
		expect(b.card?.questionId).toBe(id);
		answer(b);
		await b.rate(3);
		await a.undo();
		expect(a.notice).toMatch(/cannot be undone/);
		const card = await repos.cards.card('ann', 'sample', id);
		expect(card?.reps).toBe(2);
		expect(card?.state).toBe(STATE.review);
		await expectCardsMatchTheirLog();
	});
});

describe('a reload mid-session', () => {
	it('comes back to the card answered but not rated, still answered, with the counts and undo', async () => {
		const store = memoryStore();
		const s = session({ store });
		await s.start();
		answer(s);
		clock += 5000;
		await s.rate(3);
		const card = s.card!.questionId;
		answer(s, false);
		const response = s.response;
		const shownAt = s.shownAt;
		const counts = s.counts;
		// The page is reloaded: a new session in the same tab.
		clock += 60_000;
		const again = session({ store });
		await again.start();
		expect(again.card?.questionId).toBe(card);
		expect(again.phase).toBe('answered');
		expect(again.response).toEqual(response);
		expect(again.shownAt).toBe(shownAt);
		expect(again.answered).toBe(1);
		expect(again.counts).toEqual(counts);
		expect(again.canUndo).toBe(true);
		// A second try at the same card is not possible: it is answered.
		again.submit(again.question!.type === 'true-false' ? again.question!.answer : 'x');
		expect(again.response).toEqual(response);
		await again.rate(1);
		await again.undo();
		await again.undo();
		expect(await repos.cards.reviewsOf('ann', 'sample')).toEqual([]);
	});

	it('ignores a snapshot that does not parse, or one from another day', async () => {
		const store = memoryStore();
		store.setItem('factdeck-session:ann:sample', '{"version":1,"broken":true}');
		const s = session({ store });
		await s.start();
		expect(s.phase).toBe('question');
		expect(s.answered).toBe(0);
	});
});

describe('the summary and what comes after', () => {
	it('gives first-try accuracy and the questions missed, and practises them in a round that comes back to a miss', async () => {
		const s = session();
		await s.start();
		const missed: string[] = [];
		const seen = new Set<string>();
		for (let i = 0; i < 40 && s.phase !== 'done'; i++) {
			const id = s.question!.id;
			// The first two cards are missed at first sight, and answered right when they come back.
			const wrong = !seen.has(id) && missed.length < 2;
			seen.add(id);
			if (wrong) missed.push(id);
			answer(s, !wrong);
			clock += 2 * MINUTE;
			await s.rate(wrong ? 1 : s.question!.type === 'flashcard' ? 3 : 4);
		}
		expect(s.phase).toBe('done');
		const summary = s.summary!;
		// Two of the cards were wrong the first time: right later does not count.
		expect(summary.accuracy).toBeCloseTo((summary.studied - 2) / summary.studied);
		expect(summary.missed.map((q) => q.id)).toEqual(missed);
		// "Review these now": a practice round holds no cards, so it cannot change a schedule.
		const round = new PracticeRound(summary.missed);
		expect(round.question?.id).toBe(missed[0]);
		answer(round, false);
		round.next();
		answer(round);
		round.next();
		expect(round.question?.id).toBe(missed[0]); // missed in practice: it comes back at the end
		answer(round);
		round.next();
		expect(round.phase).toBe('done');
		expect(round.result).toEqual({ right: 1, of: 2 });
		expect(round.announcement).toBe('Practice over: 1 of 2 right the first time.');
	});

	it('studies ahead once today is done: cards due within the next day, answered for real', async () => {
		const s = session();
		await s.start();
		await s.studyAhead(); // not before today is done
		expect(s.mode).toBe('study');
		await finishToday(s, 3); // Good, Good: each card due two days later
		await s.studyAhead();
		expect(s.phase).toBe('done');
		expect(s.announcement).toMatch(/Nothing is due within the next day/);
		// The next evening, with no new cards: today is done, but tomorrow's cards can be studied now.
		await repos.cards.saveSettings('ann', 'sample', { desiredRetention: 0.9, newPerDay: 0, reviewsPerDay: 200 });
		clock = NOON + DAY + 8 * HOUR;
		const later = session();
		await later.start();
		expect(later.phase).toBe('done');
		await later.studyAhead();
		expect(later.mode).toBe('ahead');
		expect(later.phase).toBe('question');
		const card = later.card!;
		expect(card.due).toBeGreaterThan(dayWindow(clock, ZONE).dayEnd);
		expect(later.counts.review).toBeGreaterThan(0);
		answer(later, false);
		await later.rate(1);
		expect((await repos.cards.card('ann', 'sample', card.questionId))?.reps).toBe(card.reps + 1);
		// Forgotten: it comes back after its relearning step, not at once.
		expect(later.card?.questionId).not.toBe(card.questionId);
		expect(later.counts.learning).toBe(1);
	});

	it('lets a learner overrule a wrong verdict on a typed answer, and the log says so', async () => {
		await repos.cards.syncDeck('ann', 'sample', sampleQuestions().map((q) => ({ id: q.id, factId: q.factId })));
		const short = sampleQuestions()[3]!;
		const s = new StudySession({ cards: repos.cards, learner, deckId: 'sample', questions: [short], now: () => clock });
		await s.start();
		s.submit('the finance chief');
		expect(s.canOverrule).toBe(true);
		s.overrule();
		expect(s.response).toMatchObject({ verdict: 'right', overridden: true });
		expect(s.allowed).toEqual([2, 3, 4]);
		expect(s.suggested).toBe(3);
		await s.rate(3);
		expect(await repos.cards.reviewsOf('ann', 'sample')).toMatchObject([{ correct: true, overridden: true, rating: 3, answer: 'the finance chief' }]);
	});
});
