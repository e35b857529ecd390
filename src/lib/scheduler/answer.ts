import { STATE, withFlags, type StudyCard } from './card';
import { nextDayStart } from './day';
import type { FsrsLogFields, NextStates } from './fsrs';
import type { RatingNumber } from './ratings';
import { isLeechLapse } from './leech';
import { burySiblings, type SentenceOf } from './siblings';

/** One line of the append-only review log. Its key is (learnerId, reviewedAt, deckId, questionId). */
export interface ReviewEntry extends FsrsLogFields {
	learnerId: string;
	deckId: string;
	questionId: string;
	/** When the answer was given (epoch ms). */
	reviewedAt: number;
	rating: RatingNumber;
	/** What the learner typed or picked; null for a flashcard. */
	answer: string | null;
	/** Graded right or wrong by the app; null for a flashcard (self-rated). */
	correct: boolean | null;
	/** Right, but only after forgiving a small typo. */
	almost: boolean;
	/** From showing the question to the answer, in ms. */
	durationMs: number;
	/**
	 * Graded wrong, then marked right by the learner ("I was right"). Absent in entries written before
	 * it existed, which reads as false: no stored entry needs rewriting.
	 */
	overridden?: boolean;
}

export interface AnswerInput {
	card: StudyCard;
	/** From nextStates(card, shownAt, …): the states the buttons showed. */
	states: NextStates;
	rating: RatingNumber;
	/** The answer's moment; the review log entry is stamped with it. */
	now: number;
	shownAt: number;
	timeZone: string;
	/** Cards of the same learner and deck that may be siblings (same factId) of this one. */
	siblings: readonly StudyCard[];
	/** The source sentence of each question, so that questions from one sentence are siblings too. */
	sentenceOf?: SentenceOf;
	response?: { answer: string | null; correct: boolean | null; almost: boolean; overridden?: boolean };
}

export interface AnswerResult {
	card: StudyCard;
	entry: ReviewEntry;
	/** Siblings newly buried. */
	buried: StudyCard[];
	/** The card became a leech with this answer (and was suspended). */
	leech: boolean;
	/** Every record as it was before, to undo the answer exactly. */
	before: StudyCard[];
}

/**
 * Answering, as a pure function: the card's new state, its log entry, its buried siblings and its
 * leech flag. Storage writes the result in one transaction; undo writes `before` back and deletes
 * the entry.
 */
export function answerCard(input: AnswerInput): AnswerResult {
	const { card, rating, now, shownAt } = input;
	const next = input.states[rating];
	let updated: StudyCard = withFlags({ ...card, ...next.memory }, {});
	const leech = card.state === STATE.review && isLeechLapse(card.lapses, updated.lapses);
	if (leech) updated = withFlags(updated, { leech: true, suspended: true });
	if (updated.buriedUntil && updated.buriedUntil <= now) updated = withFlags(updated, { buriedUntil: 0 });
	const buried = burySiblings(card, input.siblings, nextDayStart(now, input.timeZone), input.sentenceOf);
	const entry: ReviewEntry = {
		learnerId: card.learnerId,
		deckId: card.deckId,
		questionId: card.questionId,
		reviewedAt: now,
		rating,
		answer: input.response?.answer ?? null,
		correct: input.response?.correct ?? null,
		almost: input.response?.almost ?? false,
		...(input.response?.overridden ? { overridden: true } : {}),
		durationMs: Math.max(0, now - shownAt),
		...next.log
	};
	const before = [card, ...input.siblings.filter((s) => buried.some((b) => b.questionId === s.questionId))];
	return { card: updated, entry, buried, leech, before };
}
