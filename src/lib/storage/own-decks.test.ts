import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayStart, nextDayStart, STATE } from '$lib/scheduler';
import { answerNow } from '$lib/scheduler/fsrs';
import { sampleDeck } from '$lib/deck/testing';
import { DAY, NOON, ZONE } from '$lib/scheduler/testing';
import { openRepositories, openStudyDb, OwnDeckError, type Repositories } from './index';
import { upgrade } from './migrations';
import { DB_VERSION } from './schema';

let repos: Repositories;
const day = (now: number) => ({ now, dayStart: dayStart(now, ZONE), dayEnd: nextDayStart(now, ZONE) });

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories({ now: () => NOON });
	await repos.learners.create({ id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON });
	await repos.learners.create({ id: 'bob', name: 'Bob', timeZone: ZONE, createdAt: NOON + 1 });
});

async function studyOne(learnerId: string, deckId: string, now: number) {
	const deck = (await repos.ownDecks.get(deckId))!.deck;
	await repos.cards.syncDeck(learnerId, deckId, deck.questions);
	const { queue, cards } = await repos.cards.loadQueue(learnerId, deckId, day(now));
	const result = answerNow(queue.main[0]!, 3, now, { desiredRetention: 0.9, timeZone: ZONE, siblings: cards });
	await repos.cards.recordAnswer(result);
	return result;
}

describe('own decks', () => {
	it('are added, listed newest first, read back and replaced, keeping their creation time and origin', async () => {
		await repos.ownDecks.add({ deck: sampleDeck({ id: 'own-a', title: 'A' }), origin: 'generated', text: 'some text' }, NOON);
		await repos.ownDecks.add({ deck: sampleDeck({ id: 'own-b', title: 'B' }), origin: 'hand', text: null }, NOON + 1);
		expect((await repos.ownDecks.list()).decks.map((r) => r.id)).toEqual(['own-b', 'own-a']);
		const replaced = await repos.ownDecks.replace('own-a', sampleDeck({ id: 'own-a', title: 'A2' }), 'other text', NOON + 2);
		expect(replaced).toMatchObject({ origin: 'generated', createdAt: NOON, updatedAt: NOON + 2, text: 'other text' });
		expect((await repos.ownDecks.list()).decks.map((r) => r.deck.title)).toEqual(['A2', 'B']);
		expect((await repos.ownDecks.get('own-a'))?.deck.title).toBe('A2');
		expect(await repos.ownDecks.get('nope')).toBeUndefined();
	});

	it('write nothing when the deck is invalid or its id is taken, and name the problem', async () => {
		const bad = sampleDeck({ id: 'own-bad' });
		bad.questions[0] = { ...bad.questions[0]!, options: ['only one'] } as never;
		const error = await repos.ownDecks.add({ deck: bad, origin: 'imported', text: null }, NOON).catch((e) => e);
		expect(error).toBeInstanceOf(OwnDeckError);
		expect(error.message).toMatch(/deck\.questions\[0\]\.options/);
		expect(await repos.ownDecks.ids()).toEqual([]);

		await repos.ownDecks.add({ deck: sampleDeck({ id: 'own-a' }), origin: 'hand', text: null }, NOON);
		await expect(repos.ownDecks.add({ deck: sampleDeck({ id: 'own-a', title: 'Other' }), origin: 'hand', text: null }, NOON)).rejects.toThrow(/already a deck/);
		await expect(repos.ownDecks.replace('own-a', bad, null, NOON)).rejects.toThrow(OwnDeckError);
		await expect(repos.ownDecks.replace('own-a', sampleDeck({ id: 'own-b' }), null, NOON)).rejects.toThrow(/is not "own-a"/);
		await expect(repos.ownDecks.replace('gone', sampleDeck({ id: 'gone' }), null, NOON)).rejects.toThrow(/no deck "gone"/);
		expect((await repos.ownDecks.get('own-a'))?.deck.title).toBe('A sample deck');
	});

	it('report a stored record that no longer validates instead of dropping it', async () => {
		await repos.db.put('ownDecks', { id: 'own-x', deck: { id: 'own-x' }, origin: 'hand', text: null, createdAt: NOON, updatedAt: NOON } as never);
		const list = await repos.ownDecks.list();
		expect(list.decks).toEqual([]);
		expect(list.unreadable[0]?.id).toBe('own-x');
		await expect(repos.ownDecks.get('own-x')).rejects.toThrow(/not valid: .*“deck\.schemaVersion”/);
	});

	it('keep the progress of unchanged questions when replaced by a regeneration', async () => {
		const deck = sampleDeck({ id: 'own-a' });
		await repos.ownDecks.add({ deck, origin: 'generated', text: 'x' }, NOON);
		const studied = await studyOne('ann', 'own-a', NOON);
		const kept = deck.questions.filter((q) => q.id === studied.card.questionId);
		const others = deck.questions.filter((q) => q.id !== studied.card.questionId).slice(1);
		await repos.ownDecks.replace('own-a', { ...deck, questions: [...others, ...kept] }, 'y', NOON + DAY);
		const sync = await repos.cards.syncDeck('ann', 'own-a', (await repos.ownDecks.get('own-a'))!.deck.questions);
		expect(sync.setAside).toBe(1);
		// The studied card keeps its state; only its place in the deck follows the new order.
		expect(await repos.cards.card('ann', 'own-a', studied.card.questionId)).toEqual({ ...studied.card, position: others.length });
	});

	it('are deleted with every learner’s cards, log and settings for them, and nothing else; the footprint says what goes', async () => {
		await repos.ownDecks.add({ deck: sampleDeck({ id: 'own-a' }), origin: 'hand', text: null }, NOON);
		await repos.ownDecks.add({ deck: sampleDeck({ id: 'own-b' }), origin: 'hand', text: null }, NOON);
		await studyOne('ann', 'own-a', NOON);
		await studyOne('bob', 'own-a', NOON);
		await studyOne('ann', 'own-b', NOON);
		await repos.cards.saveSettings('ann', 'own-a', { ...(await repos.cards.settings('ann', 'own-a')), newPerDay: 5 });
		const n = sampleDeck().questions.length;
		expect(await repos.ownDecks.footprint('own-a')).toEqual({ learners: 2, cards: 2 * n, studied: 2, reviews: 2 });
		await repos.ownDecks.delete('own-a');
		expect(await repos.ownDecks.ids()).toEqual(['own-b']);
		expect(await repos.ownDecks.footprint('own-a')).toEqual({ learners: 0, cards: 0, studied: 0, reviews: 0 });
		expect(await repos.db.get('settings', ['ann', 'own-a'])).toBeUndefined();
		expect(await repos.ownDecks.footprint('own-b')).toEqual({ learners: 1, cards: n, studied: 1, reviews: 1 });
	});
});

describe('migration to version 3', () => {
	async function seedAt(version: 1 | 2) {
		globalThis.indexedDB = new IDBFactory();
		const old = await openDB('factdeck', version, { upgrade: (db, o, _n, tx) => upgrade(db as never, o, tx as never, NOON, version) });
		await old.put('learners', { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON });
		const card = { learnerId: 'ann', deckId: 'd', questionId: 'q-a', factId: 'f-1', due: NOON + DAY, stability: 3.2, difficulty: 5.1,
			elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: STATE.review, lastReview: NOON - DAY, suspended: false };
		await old.put('cards', version === 1 ? card : { ...card, position: 0, buriedUntil: 0, leech: false, orphaned: false, queue: 2 });
		old.close();
	}

	for (const version of [1, 2] as const) {
		it(`brings a version ${version} database up to date with an empty store of own decks, keeping progress`, async () => {
			await seedAt(version);
			const db = await openStudyDb({ now: () => NOON });
			expect(db.version).toBe(DB_VERSION);
			expect([...db.objectStoreNames]).toContain('ownDecks');
			expect([...db.transaction('ownDecks').store.indexNames]).toEqual(['by-updated']);
			expect(await db.count('ownDecks')).toBe(0);
			expect(await db.get('cards', ['ann', 'd', 'q-a'])).toMatchObject({ stability: 3.2, queue: 2 });
			expect(await db.get('learners', 'ann')).toMatchObject({ name: 'Ann' });
			db.close();
		});
	}
});
