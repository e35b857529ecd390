import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type FSRS,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';
import { answerCard, type AnswerResult } from './answer';
import { STATE, type CardStateNumber, type MemoryState, type StudyCard } from './card';
import type { RatingNumber } from './ratings';
import type { SentenceOf } from './siblings';
import { LEARNING_STEPS, RELEARNING_STEPS } from './settings';

// The only file that speaks ts-fsrs: plain numbers in, plain numbers out.

export { RATINGS, RATING_LABELS, type RatingName, type RatingNumber } from './ratings';

/** What FSRS's log keeps of the card before an answer: enough to replay or audit it. */
export interface FsrsLogFields {
	state: CardStateNumber;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	lastElapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
}

export interface NextState {
	rating: RatingNumber;
	memory: MemoryState;
	log: FsrsLogFields;
}

export type NextStates = Record<RatingNumber, NextState>;

const schedulers = new Map<number, FSRS>();

/** One ts-fsrs scheduler per desired retention: FSRS-6 defaults, fuzz on, our steps. */
export function schedulerFor(desiredRetention: number): FSRS {
	let f = schedulers.get(desiredRetention);
	if (!f) {
		f = fsrs(
			generatorParameters({
				request_retention: desiredRetention,
				enable_fuzz: true,
				enable_short_term: true,
				learning_steps: [...LEARNING_STEPS],
				relearning_steps: [...RELEARNING_STEPS],
				maximum_interval: 36500
			})
		);
		schedulers.set(desiredRetention, f);
	}
	return f;
}

export function toFsrsCard(m: MemoryState): Card {
	if (m.state === STATE.new) return createEmptyCard(new Date(m.lastReview ?? 0));
	return {
		due: new Date(m.due),
		stability: m.stability,
		difficulty: m.difficulty,
		elapsed_days: m.elapsedDays,
		scheduled_days: m.scheduledDays,
		learning_steps: m.learningSteps,
		reps: m.reps,
		lapses: m.lapses,
		state: m.state as unknown as State,
		last_review: m.lastReview === null ? undefined : new Date(m.lastReview)
	};
}

export function fromFsrsCard(c: Card): MemoryState {
	return {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as number as CardStateNumber,
		lastReview: c.last_review ? c.last_review.getTime() : null
	};
}

function fromFsrsLog(l: ReviewLog): FsrsLogFields {
	return {
		state: l.state as number as CardStateNumber,
		due: l.due.getTime(),
		stability: l.stability,
		difficulty: l.difficulty,
		elapsedDays: l.elapsed_days,
		lastElapsedDays: l.last_elapsed_days,
		scheduledDays: l.scheduled_days,
		learningSteps: l.learning_steps
	};
}

/**
 * The four states a card could move to if answered at `now`: the intervals on the buttons and the
 * state written on an answer come from the same call, so a button never lies. Fuzz is seeded by
 * ts-fsrs from the card and `now`, so the result is a pure function of its arguments.
 */
export function nextStates(memory: MemoryState, now: number, desiredRetention: number): NextStates {
	const preview = schedulerFor(desiredRetention).repeat(toFsrsCard(memory), new Date(now));
	const out = {} as NextStates;
	for (const rating of [1, 2, 3, 4] as RatingNumber[]) {
		const item = preview[rating as Grade];
		out[rating] = { rating, memory: fromFsrsCard(item.card), log: fromFsrsLog(item.log) };
	}
	return out;
}

/** Probability of recall now, by FSRS's forgetting curve; 0 for a card never seen. */
export function retrievability(memory: MemoryState, now: number, desiredRetention = 0.9): number {
	if (memory.state === STATE.new) return 0;
	return schedulerFor(desiredRetention).get_retrievability(toFsrsCard(memory), new Date(now), false);
}

export { Rating };

/** Convenience for tests and the simulation: the next states, then the answer, at one moment. */
export function answerNow(
	card: StudyCard,
	rating: RatingNumber,
	now: number,
	opts: { desiredRetention: number; timeZone: string; siblings?: readonly StudyCard[]; sentenceOf?: SentenceOf }
): AnswerResult {
	return answerCard({
		card,
		states: nextStates(card, now, opts.desiredRetention),
		rating,
		now,
		shownAt: now,
		timeZone: opts.timeZone,
		siblings: opts.siblings ?? [],
		sentenceOf: opts.sentenceOf
	});
}
