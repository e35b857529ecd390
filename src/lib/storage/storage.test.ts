import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayWindow, nextDayStart, QUEUE, STATE } from '$lib/scheduler';
import { answerNow } from '$lib/scheduler/fsrs';
import { NOON, ZONE, MINUTE, DAY } from '$lib/scheduler/testing';
import { LearnerRepository, openRepositories, openStudyDb, parseBackup, type Repositories } from './index';
import { upgrade } from './migrations';
import { DB_VERSION } from './schema';

const opts = { desiredRetention: 0.9, timeZone: ZONE };
const window = (now: number) => dayWindow(now, ZONE);
const questions = (n: number, facts = n) =>
	Array.from({ length: n }, (_, i) => ({ id: `q-${String(i).padStart(3, '0')}`, factId: `f-${i % facts}` }));

let repos: Repositories;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories({ now: () => NOON });
	await repos.learners.create({ id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON });
	await repos.learners.create({ id: 'bob', name: 'Bob', timeZone: ZONE, createdAt: NOON + 1 });
});

async function study(learnerId: string, deckId: string, now: number, rating: 1 | 2 | 3 | 4 = 3) {
	const { queue, cards } = await repos.cards.loadQueue(learnerId, deckId, window(now));
	const card = queue.learning.find((c) => c.due <= now) ?? queue.main[0];
	if (!card) throw new Error('nothing to study');
	const result = answerNow(card, rating, now, { ...opts, siblings: cards });
	await repos.cards.recordAnswer(result);
	return result;
}

describe('migrations', () => {
	it('creates the current version from nothing, with every store and index', async () => {
		expect(repos.db.version).toBe(DB_VERSION);
		expect([...repos.db.objectStoreNames].sort()).toEqual(['cards', 'classResults', 'learners', 'meta', 'ownDecks', 'reviewLog', 'setAside', 'settings']);
		const tx = repos.db.transaction(['cards', 'reviewLog']);
		expect([...tx.objectStore('cards').indexNames].sort()).toEqual(['by-learner-deck', 'by-queue']);
		expect([...tx.objectStore('reviewLog').indexNames]).toEqual(['by-learner-deck-time']);
	});

	it('brings a version 1 database up to date, keeping its records and setting aside the unreadable', async () => {
		globalThis.indexedDB = new IDBFactory();
		// A database as version 1 left it: cards without queue, position, burying, leech or orphan fields.
		const v1 = await openDB('factdeck', 1, { upgrade: (db, old, _n, tx) => upgrade(db as never, old, tx as never, NOON, 1) });
		const old = { learnerId: 'ann', deckId: 'd', factId: 'f-1', due: NOON + DAY, stability: 3.2, difficulty: 5.1, elapsedDays: 0,
			scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: STATE.review, lastReview: NOON - DAY, suspended: false };
		await v1.put('learners', { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON });
		await v1.put('cards', { ...old, questionId: 'q-a' });
		await v1.put('cards', { ...old, questionId: 'q-b', suspended: true });
		await v1.put('cards', { ...old, questionId: 'q-bad', stability: 'high' });
		await v1.put('reviewLog', { learnerId: 'ann', deckId: 'd', questionId: 'q-a', reviewedAt: NOON - DAY, rating: 3 });
		v1.close();

		const db = await openStudyDb({ now: () => NOON });
		expect(db.version).toBe(DB_VERSION);
		const a = await db.get('cards', ['ann', 'd', 'q-a']);
		expect(a).toMatchObject({ queue: QUEUE.review, stability: 3.2, buriedUntil: 0, leech: false, orphaned: false });
		expect((await db.get('cards', ['ann', 'd', 'q-b']))?.queue).toBe(QUEUE.off);
		expect(await db.get('cards', ['ann', 'd', 'q-bad'])).toBeUndefined();
		const aside = await db.getAll('setAside');
		expect(aside).toHaveLength(1);
		expect(aside[0]).toMatchObject({ store: 'cards', record: { questionId: 'q-bad' } });
		expect(aside[0]?.reason).toMatch(/stability/);
		expect(await new LearnerRepository(db).setAsideCount()).toBe(1);
		// The new due index serves the old records.
		const due = await db.getAllFromIndex('cards', 'by-queue', IDBKeyRange.bound(['ann', 'd', QUEUE.review, 0], ['ann', 'd', QUEUE.review, Infinity]));
		expect(due.map((c) => c.questionId)).toEqual(['q-a']);
		expect(await db.getAllFromIndex('reviewLog', 'by-learner-deck-time', IDBKeyRange.bound(['ann', 'd', 0], ['ann', 'd', Infinity]))).toHaveLength(1);
		db.close();
	});

	it('closes an older connection that blocks an upgrade, and reports a connection that does not close', async () => {
		globalThis.indexedDB = new IDBFactory();
		let blocking = 0;
		const older = await openStudyDb({ name: 'x', version: 1, onBlocking: () => blocking++ });
		const newer = await openStudyDb({ name: 'x' });
		expect(blocking).toBe(1);
		expect(newer.version).toBe(DB_VERSION);
		newer.close();
		void older;

		// A connection that ignores versionchange (an old release without the handler) blocks.
		const stubborn = await openDB('y', 1, { upgrade: (db, old, _n, tx) => upgrade(db as never, old, tx as never, NOON, 1) });
		let blocked = 0;
		const waiting = openStudyDb({ name: 'y', onBlocked: () => blocked++ });
		await new Promise((r) => setTimeout(r, 20));
		expect(blocked).toBe(1);
		stubborn.close();
		expect((await waiting).version).toBe(DB_VERSION);
	});
});

describe('learners', () => {
	it('are created, renamed, listed in order and remembered as the current one', async () => {
		await repos.learners.rename('bob', '  Bobby ');
		expect((await repos.learners.list()).map((l) => l.name)).toEqual(['Ann', 'Bobby']);
		await expect(repos.learners.rename('bob', '   ')).rejects.toThrow(/must not be blank/);
		// One name, however it is written, belongs to one profile.
		await expect(repos.learners.create({ id: 'maya2', name: 'ann', timeZone: ZONE, createdAt: NOON })).rejects.toThrow(
			'There is already a profile named "Ann": choose another name.'
		);
		await expect(repos.learners.rename('bob', ' ANN ')).rejects.toThrow(/already a profile named "Ann"/);
		await repos.learners.rename('ann', 'ANN'); // its own name, written otherwise
		expect((await repos.learners.list()).map((l) => l.name)).toEqual(['ANN', 'Bobby']);
		await repos.learners.setCurrent('bob');
		expect(await repos.learners.currentId()).toBe('bob');
	});

	it("are deleted with all their progress and nobody else's", async () => {
		for (const l of ['ann', 'bob']) {
			await repos.cards.syncDeck(l, 'd', questions(5));
			await study(l, 'd', NOON);
		}
		await repos.learners.setCurrent('ann');
		expect(await repos.learners.footprint('ann')).toEqual({ cards: 5, studied: 1, reviews: 1 });
		await repos.learners.delete('ann');
		expect(await repos.learners.get('ann')).toBeUndefined();
		expect(await repos.learners.currentId()).toBeUndefined();
		expect(await repos.learners.footprint('ann')).toEqual({ cards: 0, studied: 0, reviews: 0 });
		expect(await repos.learners.footprint('bob')).toEqual({ cards: 5, studied: 1, reviews: 1 });
	});
});

describe('cards', () => {
	it('follow a regenerated deck: kept questions keep their state, gone ones are set aside, returning ones come back', async () => {
		const qs = questions(4);
		await repos.cards.syncDeck('ann', 'd', qs);
		const studied = await study('ann', 'd', NOON, 4);
		const regenerated = [qs[1]!, qs[2]!, { id: 'q-new', factId: 'f-new' }];
		// q-000 (studied) and q-003 leave; q-new arrives.
		expect(await repos.cards.syncDeck('ann', 'd', regenerated)).toEqual({ added: 1, setAside: 2, restored: 0 });
		const gone = await repos.cards.card('ann', 'd', 'q-000');
		expect(gone).toMatchObject({ orphaned: true, queue: QUEUE.off, reps: 1, due: studied.card.due });
		expect((await repos.cards.counts('ann', 'd', window(NOON + MINUTE))).total).toBe(3);
		expect(await repos.cards.syncDeck('ann', 'd', qs)).toEqual({ added: 0, setAside: 1, restored: 2 });
		expect(await repos.cards.card('ann', 'd', 'q-000')).toEqual(studied.card);
		expect(await repos.cards.syncDeck('ann', 'd', qs)).toEqual({ added: 0, setAside: 0, restored: 0 });
	});

	it('build the queue from what is due, within the daily limits counted from the log', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(30));
		let data = await repos.cards.loadQueue('ann', 'd', window(NOON));
		expect(data.queue.counts).toEqual({ new: 20, learning: 0, review: 0 });
		expect(data.queue.main[0]?.questionId).toBe('q-000');
		for (let i = 0; i < 5; i++) await study('ann', 'd', NOON + i * 1000, 4); // Easy: straight to review
		data = await repos.cards.loadQueue('ann', 'd', window(NOON + MINUTE));
		expect(data.queue.counts).toEqual({ new: 15, learning: 0, review: 0 });
		// The next learner day: the limit is fresh again, and the reviews are not yet due.
		const tomorrow = nextDayStart(NOON, ZONE) + MINUTE;
		expect((await repos.cards.loadQueue('ann', 'd', window(tomorrow))).queue.counts).toEqual({ new: 20, learning: 0, review: 0 });
		const later = NOON + 30 * DAY;
		expect((await repos.cards.loadQueue('ann', 'd', window(later))).queue.counts.review).toBe(5);
		await repos.cards.saveSettings('ann', 'd', { desiredRetention: 0.85, newPerDay: 3, reviewsPerDay: 2 });
		expect((await repos.cards.loadQueue('ann', 'd', window(later))).queue.counts).toEqual({ new: 3, learning: 0, review: 2 });
		await expect(repos.cards.saveSettings('ann', 'd', { desiredRetention: 0.99, newPerDay: 3, reviewsPerDay: 2 })).rejects.toThrow(/at most 0.97/);
	});

	it('bury siblings until the next day and keep learners apart', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(4, 2)); // q-000 and q-002 share f-0
		await repos.cards.syncDeck('bob', 'd', questions(4, 2));
		await study('ann', 'd', NOON);
		expect((await repos.cards.card('ann', 'd', 'q-002'))?.buriedUntil).toBe(nextDayStart(NOON, ZONE));
		expect((await repos.cards.loadQueue('ann', 'd', window(NOON))).queue.counts).toEqual({ new: 2, learning: 1, review: 0 });
		expect((await repos.cards.loadQueue('bob', 'd', window(NOON))).queue.counts).toEqual({ new: 4, learning: 0, review: 0 });
		expect((await repos.cards.loadQueue('ann', 'd', window(nextDayStart(NOON, ZONE)))).queue.counts.new).toBe(3);
	});

	it('read past buried cards to fill the daily limit', async () => {
		const qs = [
			{ id: 'q-a', factId: 'f-x' },
			{ id: 'q-b', factId: 'f-y' },
			{ id: 'q-c', factId: 'f-y' },
			{ id: 'q-d', factId: 'f-z' },
			{ id: 'q-e', factId: 'f-w' }
		];
		await repos.cards.syncDeck('ann', 'd', qs);
		await repos.cards.saveSettings('ann', 'd', { desiredRetention: 0.9, newPerDay: 3, reviewsPerDay: 200 });
		const c = await repos.cards.card('ann', 'd', 'q-c');
		const all = await repos.cards.deckCards('ann', 'd');
		await repos.cards.recordAnswer(answerNow(c!, 3, NOON, { ...opts, siblings: all })); // buries q-b
		const { queue } = await repos.cards.loadQueue('ann', 'd', window(NOON + MINUTE));
		expect(queue.main.map((card) => card.questionId)).toEqual(['q-a', 'q-d']);
	});

	it('write an answer in one transaction: a log entry that cannot be written leaves the card as it was', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(2));
		const first = await study('ann', 'd', NOON);
		const before = await repos.cards.card('ann', 'd', 'q-001');
		// Same log key as the first answer: the add fails, and the card write with it.
		const clash = answerNow(before!, 3, NOON, opts);
		clash.entry.questionId = first.entry.questionId;
		await expect(repos.cards.recordAnswer(clash)).rejects.toThrow();
		expect(await repos.cards.card('ann', 'd', 'q-001')).toEqual(before);
		expect(await repos.cards.reviewsOf('ann', 'd')).toHaveLength(1);
	});

	it('undo an answer: the card and its buried siblings restored, the log entry gone', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(4, 2));
		const start = await repos.cards.deckCards('ann', 'd');
		const result = await study('ann', 'd', NOON);
		expect(result.buried).toHaveLength(1);
		await repos.cards.undoAnswer(result);
		expect(await repos.cards.deckCards('ann', 'd')).toEqual(start);
		expect(await repos.cards.reviewsOf('ann', 'd')).toEqual([]);
	});

	it('never write an answer from a stale copy: a card answered meanwhile (in another tab) is left as it is', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(2));
		const { cards } = await repos.cards.loadQueue('ann', 'd', window(NOON));
		const shown = cards[0]!;
		// Two tabs showed the same card; the first answer is written, the second is refused.
		const first = await repos.cards.recordAnswer(answerNow(shown, 3, NOON, opts));
		expect(first).not.toBeNull();
		expect(await repos.cards.recordAnswer(answerNow(shown, 1, NOON + 5000, opts))).toBeNull();
		const card = await repos.cards.card('ann', 'd', shown.questionId);
		expect(card).toEqual(first!.card);
		expect(card?.reps).toBe(1);
		expect(await repos.cards.reviewsOf('ann', 'd')).toHaveLength(1);
	});

	it('bury a sibling from its stored state, not from a stale copy that would erase its answer', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(2, 1));
		const [a, b] = await repos.cards.deckCards('ann', 'd');
		// Another tab answered b (Easy: into review); this tab still holds b as new, and answers a.
		const theirs = await repos.cards.recordAnswer(answerNow(b!, 4, NOON, opts));
		const mine = await repos.cards.recordAnswer(answerNow(a!, 3, NOON + 1, { ...opts, siblings: [b!] }));
		expect(mine?.buried).toHaveLength(1);
		expect(await repos.cards.card('ann', 'd', b!.questionId)).toEqual({ ...theirs!.card, buriedUntil: nextDayStart(NOON, ZONE) });
		// Undo gives b back as the other tab left it.
		expect(await repos.cards.undoAnswer(mine!)).toBe(true);
		expect(await repos.cards.card('ann', 'd', b!.questionId)).toEqual(theirs!.card);
	});

	it('undo only an answer that nobody has answered over since', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(2));
		const { cards } = await repos.cards.loadQueue('ann', 'd', window(NOON));
		const mine = (await repos.cards.recordAnswer(answerNow(cards[0]!, 3, NOON, opts)))!;
		// Another tab answers the same card later, from the stored state.
		const stored = (await repos.cards.card('ann', 'd', mine.card.questionId))!;
		const theirs = (await repos.cards.recordAnswer(answerNow(stored, 3, mine.card.due, opts)))!;
		expect(await repos.cards.undoAnswer(mine)).toBe(false);
		expect(await repos.cards.card('ann', 'd', mine.card.questionId)).toEqual(theirs.card);
		expect(await repos.cards.reviewsOf('ann', 'd')).toHaveLength(2);
		expect(await repos.cards.undoAnswer(theirs)).toBe(true);
		expect(await repos.cards.undoAnswer(mine)).toBe(true);
		expect((await repos.cards.card('ann', 'd', mine.card.questionId))?.reps).toBe(0);
	});

	it('read log entries written before "overridden" existed, and keep one that has it', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(1));
		const [c] = await repos.cards.deckCards('ann', 'd');
		const result = answerNow(c!, 3, NOON, opts);
		expect('overridden' in result.entry).toBe(false);
		await repos.cards.recordAnswer(result);
		const backup = await repos.backup.export('ann', NOON);
		expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
		backup.reviewLog[0]!.overridden = true;
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed.ok && parsed.backup.reviewLog[0]?.overridden).toBe(true);
	});

	it('suspend and unsuspend, reset a deck or a whole learner', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(3));
		await repos.cards.syncDeck('ann', 'e', questions(2));
		await study('ann', 'd', NOON, 4);
		await study('ann', 'e', NOON, 4);
		await repos.cards.setSuspended('ann', 'd', 'q-002', true);
		let counts = await repos.cards.counts('ann', 'd', window(NOON));
		expect(counts).toMatchObject({ new: 1, learned: 1, suspended: 1, total: 3 });
		await repos.cards.setSuspended('ann', 'd', 'q-002', false);
		expect((await repos.cards.counts('ann', 'd', window(NOON))).new).toBe(2);

		expect(await repos.cards.resetDeck('ann', 'd')).toBe(3);
		counts = await repos.cards.counts('ann', 'd', window(NOON));
		expect(counts).toMatchObject({ new: 3, learned: 0 });
		expect(await repos.cards.reviewsOf('ann', 'd')).toEqual([]);
		expect((await repos.cards.counts('ann', 'e', window(NOON))).learned).toBe(1);
		await repos.cards.resetLearner('ann');
		expect((await repos.cards.counts('ann', 'e', window(NOON))).learned).toBe(0);
		expect(await repos.cards.reviewsOf('ann', 'e')).toEqual([]);
	});

	it('say when the next card is due', async () => {
		await repos.cards.syncDeck('ann', 'd', questions(2));
		expect(await repos.cards.nextDue('ann', 'd', NOON)).toBeNull();
		const r = await study('ann', 'd', NOON, 3);
		expect(await repos.cards.nextDue('ann', 'd', NOON)).toBe(r.card.due);
	});
});

describe('backup and restore', () => {
	async function progress() {
		await repos.cards.syncDeck('ann', 'd', questions(6, 3));
		await repos.cards.saveSettings('ann', 'd', { desiredRetention: 0.92, newPerDay: 10, reviewsPerDay: 100 });
		for (let i = 0; i < 4; i++) await study('ann', 'd', NOON + i * MINUTE, ((i % 4) + 1) as 1 | 2 | 3 | 4);
	}

	it('round-trips exactly, through JSON, after a reset', async () => {
		await progress();
		const saved = await repos.backup.export('ann', NOON + DAY);
		const text = JSON.stringify(saved);
		await repos.cards.resetLearner('ann');
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
		expect(await repos.backup.plan(parsed.backup)).toEqual({
			learner: { name: 'Ann', exists: true },
			cards: { add: 0, replace: 6 },
			reviewLog: { add: 4, replace: 0 },
			settings: { add: 0, replace: 1 }
		});
		await repos.backup.restore(parsed.backup);
		expect(await repos.backup.export('ann', NOON + DAY)).toEqual(saved);
	});

	it('restores a deleted learner whole', async () => {
		await progress();
		const saved = await repos.backup.export('ann', NOON);
		await repos.learners.delete('ann');
		const parsed = parseBackup(JSON.stringify(saved));
		if (!parsed.ok) throw new Error('invalid');
		expect((await repos.backup.plan(parsed.backup)).learner).toEqual({ name: 'Ann', exists: false });
		await repos.backup.restore(parsed.backup);
		expect(await repos.backup.export('ann', NOON)).toEqual(saved);
	});

	it('rejects a corrupt file with messages naming the record and field, writing nothing', async () => {
		await progress();
		const saved = await repos.backup.export('ann', NOON);
		const before = JSON.stringify(await repos.backup.export('ann', NOON));
		expect(parseBackup('{"format": "factdeck-progress",').ok).toBe(false);
		expect(parseBackup('[]')).toMatchObject({ ok: false });
		const bad = structuredClone(saved) as unknown as { cards: Record<string, unknown>[]; reviewLog: Record<string, unknown>[] };
		bad.cards[2]!.due = 'tomorrow';
		bad.reviewLog[1]!.rating = 7;
		bad.reviewLog[0]!.learnerId = 'bob';
		const result = parseBackup(JSON.stringify(bad));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual(
			expect.arrayContaining([
				'Card 3 (cards[2]), field “due”: must be a number, not text',
				'Answer 2 (reviewLog[1]), field “rating”: must be 1 (Again) to 4 (Easy)'
			])
		);
		const noDate = parseBackup(JSON.stringify({ ...saved, exportedAt: 'yesterday', learner: { ...saved.learner, name: undefined } }));
		expect(noDate).toMatchObject({
			ok: false,
			errors: ['The file, field “exportedAt”: must be a number, not text', 'The profile, field “name”: is missing']
		});
		// restore() validates again: nothing of an invalid backup is written, even the valid parts.
		await expect(repos.backup.restore(bad as never)).rejects.toThrow();
		expect(JSON.stringify(await repos.backup.export('ann', NOON))).toBe(before);
		const other = parseBackup(JSON.stringify({ ...saved, format: 'anki' }));
		expect(other).toMatchObject({ ok: false, errors: [expect.stringMatching(/not a Factdeck progress file/)] });
	});
});
