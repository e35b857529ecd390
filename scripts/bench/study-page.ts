// Runs in Chromium (bundled by study.ts): seeds IndexedDB through the app's storage layer, then
// times the app's queue and answer against bare IndexedDB floors on the same data.
import { answerCard, QUEUE, STATE, newCard, withFlags, type ReviewEntry, type StudyCard } from '$lib/scheduler';
import { nextStates } from '$lib/scheduler/fsrs';
import { openRepositories, type Repositories } from '$lib/storage';
import { mulberry32 as rng } from '$lib/generator/random';

const DAY = 86_400_000;
const LEARNER = 'bench';
const DECK = 'bench-deck';
const ZONE = 'UTC';

let repos: Repositories;
let raw: IDBDatabase;

function tx(db: IDBDatabase, stores: string[], mode: IDBTransactionMode): IDBTransaction {
	return db.transaction(stores, mode);
}
function done(t: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		t.oncomplete = () => resolve();
		t.onerror = () => reject(t.error);
		t.onabort = () => reject(t.error);
	});
}

function reviewCard(i: number, due: number, now: number, random: () => number): StudyCard {
	const c = newCard({ learnerId: LEARNER, deckId: DECK, questionId: `q-${i}`, factId: `f-${i}` }, i);
	const scheduled = 1 + Math.floor(random() * 60);
	return withFlags(
		{
			...c,
			due,
			stability: scheduled * (0.8 + random() * 0.6),
			difficulty: 3 + random() * 5,
			scheduledDays: scheduled,
			reps: 3 + Math.floor(random() * 10),
			lapses: Math.floor(random() * 3),
			state: STATE.review,
			lastReview: due - scheduled * DAY,
			elapsedDays: scheduled
		},
		{}
	);
}

/** 100,000 cards (new, learning, review: some overdue, most not yet due) and 1,000,000 log entries. */
async function seed(cardCount: number, logCount: number, now: number): Promise<Record<string, number>> {
	repos = await openRepositories({ name: 'factdeck-bench', now: () => now });
	await repos.learners.create({ id: LEARNER, name: 'Bench', timeZone: ZONE, createdAt: now - 400 * DAY });
	const random = rng(42);
	const counts = { new: 0, learning: 0, dueReview: 0, laterReview: 0, log: 0, logToday: 0 };
	const db = repos.db;
	const BATCH = 10_000;
	for (let start = 0; start < cardCount; start += BATCH) {
		const t = db.transaction('cards', 'readwrite');
		for (let i = start; i < Math.min(cardCount, start + BATCH); i++) {
			const roll = random();
			let card: StudyCard;
			if (roll < 0.2) {
				card = newCard({ learnerId: LEARNER, deckId: DECK, questionId: `q-${i}`, factId: `f-${i}` }, i);
				counts.new++;
			} else if (roll < 0.2003) {
				card = withFlags({ ...reviewCard(i, now + (random() - 0.5) * 3_600_000, now, random), state: STATE.learning, learningSteps: 1 }, {});
				counts.learning++;
			} else if (roll < 0.25) {
				card = reviewCard(i, now - random() * 30 * DAY, now, random); // overdue: far more than 200
				counts.dueReview++;
			} else {
				card = reviewCard(i, now + random() * 365 * DAY, now, random);
				counts.laterReview++;
			}
			void t.store.put(card);
		}
		await t.done;
	}
	for (let start = 0; start < logCount; start += BATCH) {
		const t = db.transaction('reviewLog', 'readwrite');
		for (let i = start; i < Math.min(logCount, start + BATCH); i++) {
			const today = i >= logCount - 150; // the last 150 answers were given today
			const at = today ? now - (logCount - i) * 60_000 : now - DAY - Math.floor(random() * 365 * DAY);
			const entry: ReviewEntry = {
				learnerId: LEARNER,
				deckId: DECK,
				questionId: `q-${Math.floor(random() * cardCount)}`,
				reviewedAt: at,
				rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
				answer: 'an answer',
				correct: random() < 0.85,
				almost: false,
				durationMs: 4000 + Math.floor(random() * 8000),
				state: today ? STATE.review : (Math.floor(random() * 4) as 0 | 1 | 2 | 3),
				due: at,
				stability: random() * 50,
				difficulty: 1 + random() * 9,
				elapsedDays: random() * 30,
				lastElapsedDays: random() * 30,
				scheduledDays: random() * 30,
				learningSteps: 0
			};
			void t.store.put(entry);
			counts.log++;
			if (today) counts.logToday++;
		}
		await t.done;
		if ((start + BATCH) % 200_000 === 0) console.log(`${(start + BATCH).toLocaleString('en')} log entries written`);
	}
	await attach(now);
	return counts;
}

/** Opens a database seeded by an earlier run (with --keep). */
async function attach(now: number): Promise<void> {
	repos ??= await openRepositories({ name: 'factdeck-bench', now: () => now });
	raw = await new Promise<IDBDatabase>((resolve, reject) => {
		const r = indexedDB.open('factdeck-bench');
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

function stats(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
	return { median: at(0.5), p95: at(0.95), n: s.length };
}

const day = (now: number) => ({ now, dayStart: now - 10 * 3_600_000, dayEnd: now + 14 * 3_600_000 });

/** Floor: a bare read of 200 due records from the due index, one transaction. */
async function floorRead(now: number): Promise<number> {
	const t0 = performance.now();
	const t = tx(raw, ['cards'], 'readonly');
	const range = IDBKeyRange.bound([LEARNER, DECK, QUEUE.review, -Infinity], [LEARNER, DECK, QUEUE.review, day(now).dayEnd], false, true);
	const request = t.objectStore('cards').index('by-queue').getAll(range, 200);
	const result = await new Promise<unknown[]>((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	await done(t);
	if (result.length !== 200) throw new Error(`floor read got ${result.length}`);
	return performance.now() - t0;
}

/** Floor: a bare one-transaction write of two records (a card and a log entry). */
async function floorWrite(card: StudyCard, entry: ReviewEntry): Promise<number> {
	const t0 = performance.now();
	const t = tx(raw, ['cards', 'reviewLog'], 'readwrite');
	t.objectStore('cards').put(card);
	t.objectStore('reviewLog').put(entry);
	await done(t);
	return performance.now() - t0;
}

async function appQueue(now: number): Promise<number> {
	const t0 = performance.now();
	const data = await repos.cards.loadQueue(LEARNER, DECK, day(now));
	const ms = performance.now() - t0;
	if (data.queue.counts.review !== 50 || data.queue.counts.new !== 20) {
		throw new Error(`unexpected queue ${JSON.stringify(data.queue.counts)}`);
	}
	return ms;
}

async function run(iterations: number, now: number) {
	const queueSamples: number[] = [];
	const readSamples: number[] = [];
	const answerSamples: number[] = [];
	const writeSamples: number[] = [];
	// Warm up both paths.
	for (let i = 0; i < 5; i++) {
		await floorRead(now);
		await appQueue(now);
	}
	// Interleaved, so that neither gets a quieter moment of the machine.
	for (let i = 0; i < iterations; i++) {
		readSamples.push(await floorRead(now));
		queueSamples.push(await appQueue(now));
	}
	const { queue } = await repos.cards.loadQueue(LEARNER, DECK, day(now));
	const cards = [...queue.main];
	for (let i = 0; i < iterations; i++) {
		const card = cards[i % cards.length]!;
		const at = now + i * 1000;
		// App: compute the next states and the answer, then write card + log in one transaction.
		const t0 = performance.now();
		const result = answerCard({
			card,
			states: nextStates(card, at, 0.9),
			rating: 3,
			now: at,
			shownAt: at - 5000,
			timeZone: ZONE,
			siblings: []
		});
		const written = await repos.cards.recordAnswer(result);
		answerSamples.push(performance.now() - t0);
		if (!written) throw new Error('the bench answered a card that had changed since it was read');
		// Floor: the same two records, written bare (another key, so it is a real add).
		const floorEntry = { ...result.entry, reviewedAt: result.entry.reviewedAt + 1 };
		writeSamples.push(await floorWrite(result.card, floorEntry));
		// Put everything back, so that every answer meets the same data (and a kept profile stays valid).
		if (!(await repos.cards.undoAnswer(written))) throw new Error('the bench could not undo its own answer');
		await repos.db.delete('reviewLog', [floorEntry.learnerId, floorEntry.reviewedAt, floorEntry.deckId, floorEntry.questionId]);
	}
	return {
		queue: stats(queueSamples),
		floorRead: stats(readSamples),
		answer: stats(answerSamples),
		floorWrite: stats(writeSamples)
	};
}

declare global {
	interface Window {
		bench: { seed: typeof seed; attach: typeof attach; run: typeof run };
	}
}
window.bench = { seed, attach, run };
