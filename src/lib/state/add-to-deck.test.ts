import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { STATE } from '$lib/scheduler';
import { NOON, ZONE } from '$lib/scheduler/testing';
import { openRepositories, type Repositories } from '$lib/storage';
import { addAnswersToDeck } from './add-to-deck';

const learner = { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON };
let repos: Repositories;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories({ now: () => NOON });
	await repos.learners.create(learner);
});

it("adds a quiz's answered questions as cards whose first review is the answer given", async () => {
	const answered = [
		{ deckId: 'd', questionId: 'q-1', factId: 'f-1', given: 'Ada', verdict: 'right' as const },
		{ deckId: 'd', questionId: 'q-2', factId: 'f-2', given: 'Bo', verdict: 'wrong' as const },
		{ deckId: 'd', questionId: 'q-3', factId: 'f-3', given: null, verdict: null }
	];
	expect(await addAnswersToDeck(repos.cards, learner, answered, NOON)).toEqual({ added: 2, skipped: 1 });
	const log = await repos.cards.reviewsOf('ann', 'd');
	expect(log.map((e) => [e.questionId, e.rating, e.answer, e.correct])).toEqual([
		['q-1', 3, 'Ada', true],
		['q-2', 1, 'Bo', false]
	]);
	expect((await repos.cards.card('ann', 'd', 'q-1'))?.state).not.toBe(STATE.new);
	expect(await repos.cards.card('ann', 'd', 'q-3')).toBeUndefined();
	// Adding again changes nothing: those cards already have their first review.
	expect(await addAnswersToDeck(repos.cards, learner, answered, NOON + 1000)).toEqual({ added: 0, skipped: 3 });
	expect(await repos.cards.reviewsOf('ann', 'd')).toHaveLength(2);
});
