// Simulated learners over a year on the seed deck: the app's scheduler (FSRS at desired retention
// 0.9, with its learning steps, daily limits and sibling burying) beside SM-2, on the same simulated
// memories, in the same run. Pure Node: no browser, no storage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fsrs, createEmptyCard, forgetting_curve, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { DeckSchema, type Deck } from '../../src/lib/deck/schema';
import {
	buildQueue,
	countToday,
	DEFAULT_SETTINGS,
	newCard,
	pickNext,
	QUEUE,
	type RatingNumber,
	type StudyCard
} from '../../src/lib/scheduler';
import { answerNow } from '../../src/lib/scheduler/fsrs';
import { SM2_START, sm2Quality, sm2Review, type Sm2State } from './sm2';
import { mulberry32 as rng } from '../../src/lib/generator/random';

const DAY = 86_400_000;
const ZONE = 'UTC';
const START = Date.UTC(2026, 0, 5, 9); // a Monday, 9:00
const ANSWER_MS = 12_000;
/** Chance of answering a question right at first sight (the learner has read the article). */
const FIRST_SIGHT = 0.55;

function gaussian(random: () => number) {
	return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * The simulated memory: FSRS-6 with default parameters, updated by every review, with a learner's
 * and a card's own factor on stability (log-normal) that no scheduler knows.
 */
class Memory {
	static truth = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));
	card: Card = createEmptyCard(new Date(START));
	seen = false;
	constructor(readonly factor: number) {}

	recallProbability(now: number): number {
		if (!this.seen) return FIRST_SIGHT;
		const days = Math.max(0, (now - (this.card.last_review?.getTime() ?? now)) / DAY);
		return forgetting_curve(Memory.truth.parameters.w, days, Math.max(0.01, this.card.stability * this.factor));
	}

	update(now: number, rating: RatingNumber) {
		this.card = Memory.truth.next(this.card, new Date(now), rating as Grade).card;
		this.seen = true;
	}
}

interface Outcome {
	reviews: number;
	/** Reviews after the first 30 days, when every card has long been introduced. */
	lateReviews: number;
	/** Answers to cards in review (not learning steps): how many were recalled. */
	reviewAnswers: number;
	recalled: number;
	/** Mean probability of recall over all cards on the last day. */
	finalRecall: number;
}

function rate(random: () => number, recalled: boolean): RatingNumber {
	if (!recalled) return 1;
	const r = random();
	return r < 0.15 ? 2 : r < 0.9 ? 3 : 4;
}

function memories(deck: Deck, seed: number): Memory[] {
	const random = rng(seed);
	const learner = Math.exp(0.3 * gaussian(random));
	return deck.questions.map(() => new Memory(learner * Math.exp(0.4 * gaussian(random))));
}

/** One learner with the app's scheduler: each day a session of today's queue, learning steps included. */
function simulateFsrs(deck: Deck, days: number, seed: number): Outcome {
	const random = rng(seed * 7919);
	const mem = memories(deck, seed);
	const index = new Map(deck.questions.map((q, i) => [q.id, i]));
	let cards: StudyCard[] = deck.questions.map((q, i) => newCard({ learnerId: 'sim', deckId: deck.id, questionId: q.id, factId: q.factId }, i));
	const log: { state: StudyCard['state']; reviewedAt: number }[] = [];
	const out: Outcome = { reviews: 0, lateReviews: 0, reviewAnswers: 0, recalled: 0, finalRecall: 0 };
	for (let d = 0; d < days; d++) {
		let now = START + d * DAY;
		const dayStart = now - 5 * 3_600_000; // 4:00
		const dayEnd = dayStart + DAY;
		const byQueue = (q: number) => cards.filter((c) => c.queue === q);
		const today = countToday(log.filter((e) => e.reviewedAt >= dayStart), dayStart);
		const queue = buildQueue({
			learning: byQueue(QUEUE.learning),
			reviews: byQueue(QUEUE.review).filter((c) => c.due < dayEnd),
			fresh: byQueue(QUEUE.new),
			today,
			settings: DEFAULT_SETTINGS,
			now,
			dayEnd
		});
		let learning = queue.learning;
		let main = queue.main;
		for (let guard = 0; guard < 1000; guard++) {
			let next = pickNext({ learning, main }, now);
			if (!next) {
				// The learner comes back later today for cards still in their steps.
				const later = learning.find((c) => c.due < dayEnd);
				if (!later) break;
				now = later.due;
				next = later;
			}
			const card = cards.find((c) => c.questionId === next!.questionId)!;
			learning = learning.filter((c) => c.questionId !== card.questionId);
			main = main.filter((c) => c.questionId !== card.questionId);
			const m = mem[index.get(card.questionId)!]!;
			const recalled = random() < m.recallProbability(now);
			const rating = rate(random, recalled);
			const result = answerNow(card, rating, now, { desiredRetention: 0.9, timeZone: ZONE, siblings: cards });
			m.update(now, rating);
			out.reviews++;
			if (d >= 30) out.lateReviews++;
			if (card.queue === QUEUE.review) {
				out.reviewAnswers++;
				if (recalled) out.recalled++;
			}
			log.push({ state: card.state, reviewedAt: now });
			const changed = new Map([result.card, ...result.buried].map((c) => [c.questionId, c]));
			cards = cards.map((c) => changed.get(c.questionId) ?? c);
			const buried = new Set(result.buried.map((c) => c.questionId));
			main = main.filter((c) => !buried.has(c.questionId));
			if (result.card.queue === QUEUE.learning && result.card.due < dayEnd) learning = [...learning, result.card].sort((a, b) => a.due - b.due);
			now += ANSWER_MS;
		}
	}
	const end = START + days * DAY;
	out.finalRecall = mem.reduce((s, m) => s + m.recallProbability(end), 0) / mem.length;
	return out;
}

/** The same learner with SM-2: 20 new cards a day, due cards each day, a failed card again once that day. */
function simulateSm2(deck: Deck, days: number, seed: number): Outcome {
	const random = rng(seed * 7919);
	const mem = memories(deck, seed);
	const states: (Sm2State | null)[] = deck.questions.map(() => null);
	const out: Outcome = { reviews: 0, lateReviews: 0, reviewAnswers: 0, recalled: 0, finalRecall: 0 };
	for (let d = 0; d < days; d++) {
		let now = START + d * DAY;
		let fresh = 0;
		for (let i = 0; i < states.length; i++) {
			const state = states[i] ?? null;
			const isNew = state === null;
			if (isNew ? fresh >= DEFAULT_SETTINGS.newPerDay : state.due > now + 12 * 3_600_000) continue;
			if (isNew) fresh++;
			const m = mem[i]!;
			const recalled = random() < m.recallProbability(now);
			const rating = rate(random, recalled);
			m.update(now, rating);
			out.reviews++;
			if (d >= 30) out.lateReviews++;
			if (!isNew) {
				out.reviewAnswers++;
				if (recalled) out.recalled++;
			}
			let next = sm2Review(state ?? SM2_START, sm2Quality(rating), now);
			now += ANSWER_MS;
			if (rating === 1) {
				// SM-2 repeats a failed item in the same session until it is recalled.
				const later = now + 10 * 60_000;
				const again = random() < m.recallProbability(later);
				m.update(later, again ? 3 : 1);
				out.reviews++;
				if (d >= 30) out.lateReviews++;
				next = { ...next, due: later + DAY };
			}
			states[i] = next;
		}
	}
	const end = START + days * DAY;
	out.finalRecall = mem.reduce((s, m) => s + m.recallProbability(end), 0) / mem.length;
	return out;
}

/** The seed article's deck (the project's first article), as the issue asks. */
const SEED_DECK = 'nvidia-huang-chinese-ai-models';

function seedDeck(): Deck {
	const file = fileURLToPath(new URL(`../../questions/decks/${SEED_DECK}.json`, import.meta.url));
	return DeckSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export async function simulateBench(options: { learners: number; days: number }): Promise<void> {
	const deck = seedDeck();
	const t0 = performance.now();
	const sum = (runs: Outcome[]) => ({
		reviewsPerDay: runs.reduce((s, r) => s + r.reviews, 0) / runs.length / options.days,
		lateReviewsPerDay: runs.reduce((s, r) => s + r.lateReviews, 0) / runs.length / Math.max(1, options.days - 30),
		retention: runs.reduce((s, r) => s + r.recalled, 0) / Math.max(1, runs.reduce((s, r) => s + r.reviewAnswers, 0)),
		finalRecall: runs.reduce((s, r) => s + r.finalRecall, 0) / runs.length
	});
	const seeds = Array.from({ length: options.learners }, (_, i) => i + 1);
	const f = sum(seeds.map((s) => simulateFsrs(deck, options.days, s)));
	const s = sum(seeds.map((s) => simulateSm2(deck, options.days, s)));
	const secs = ((performance.now() - t0) / 1000).toFixed(1);
	console.log(
		`Deck "${deck.id}" (${deck.questions.length} questions), ${options.learners} simulated learners, ${options.days} days each (${secs} s).`
	);
	console.log('Memory: FSRS-6 default parameters with a hidden learner and card factor on stability; first sight right 55%.\n');
	console.log('| scheduler | reviews per day (year) | reviews per day (after day 30) | retention at review | mean recall on the last day |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const [name, r] of [['FSRS, desired retention 0.9 (the app)', f], ['SM-2', s]] as const) {
		console.log(
			`| ${name} | ${r.reviewsPerDay.toFixed(3)} | ${r.lateReviewsPerDay.toFixed(3)} | ${(r.retention * 100).toFixed(1)}% | ${(r.finalRecall * 100).toFixed(1)}% |`
		);
	}
	console.log(
		`\nRatios SM-2 / FSRS: reviews ${(s.reviewsPerDay / f.reviewsPerDay).toFixed(2)}× (after day 30: ${(s.lateReviewsPerDay / f.lateReviewsPerDay).toFixed(2)}×), retention ${(s.retention / f.retention).toFixed(3)}×, last-day recall ${(s.finalRecall / f.finalRecall).toFixed(3)}×`
	);
	console.log('FSRS counts its learning steps (1m, 10m) as reviews; SM-2 has none, only one same-day repeat after a failure.');
}
