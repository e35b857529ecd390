import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleQuestions } from '$lib/deck/testing';
import { NOON, ZONE, MINUTE } from '$lib/scheduler/testing';
import { openRepositories, type Learner, type Repositories } from '$lib/storage';
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

function session() {
	return new StudySession({ cards: repos.cards, learner, deckId: 'sample', questions: sampleQuestions(), now: () => clock });
}

describe('a study session', () => {
	it('grades, suggests a rating, limits the choice, and moves on', async () => {
		const s = session();
		await s.start();
		expect(s.phase).toBe('question');
		expect(s.question?.type).toBe('mcq');
		expect(s.remaining).toBe(5);
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
		for (let i = 0; i < 40 && s.phase !== 'done'; i++) {
			const q = s.question!;
			if (q.type === 'flashcard') s.reveal();
			else s.submit(q.answer);
			clock += MINUTE;
			await s.rate(4);
		}
		expect(s.phase).toBe('done');
		expect(s.summary).toMatchObject({ accuracy: 1, newWaiting: 0, buried: 2 });
		expect(s.summary!.studied).toBeGreaterThanOrEqual(3);
		expect(s.summary!.nextDue).toBeGreaterThan(clock);
	});

	it('tops the session up when buried siblings left room within the new-card limit', async () => {
		await repos.cards.syncDeck('ann', 'sample', sampleQuestions().map((q) => ({ id: q.id, factId: q.factId })));
		await repos.cards.saveSettings('ann', 'sample', { desiredRetention: 0.9, newPerDay: 2, reviewsPerDay: 200 });
		const s = session();
		await s.start();
		// mcq first: its cloze sibling (second in the deck) is buried, so the third question comes next.
		expect(s.remaining).toBe(2);
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
});
