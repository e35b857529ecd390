import { isBuried, QUEUE, STATE, type StudyCard } from './card';
import type { AnswerResult, ReviewEntry } from './answer';
import { LEARN_AHEAD_MS, type DeckSettings } from './settings';

export interface DayCounts {
	/** New cards introduced today (first answers). */
	newDone: number;
	/** Review cards answered today. */
	reviewsDone: number;
}

/** What today's review log says about the daily limits. */
export function countToday(entries: readonly Pick<ReviewEntry, 'state' | 'reviewedAt'>[], dayStart: number): DayCounts {
	let newDone = 0;
	let reviewsDone = 0;
	for (const e of entries) {
		if (e.reviewedAt < dayStart) continue;
		if (e.state === STATE.new) newDone += 1;
		else if (e.state === STATE.review) reviewsDone += 1;
	}
	return { newDone, reviewsDone };
}

export interface QueueInput {
	/** Cards in learning or relearning (any due time). */
	learning: readonly StudyCard[];
	/** Review cards due before the next day starts, in due order (storage may cap how many). */
	reviews: readonly StudyCard[];
	/** New cards in deck order (storage may cap how many). */
	fresh: readonly StudyCard[];
	today: DayCounts;
	settings: DeckSettings;
	now: number;
	/** When the learner's next day starts. */
	dayEnd: number;
}

export interface Queue {
	/** Learning cards due today, soonest first (shown when due, or early within LEARN_AHEAD_MS). */
	learning: StudyCard[];
	/** Reviews then new cards, in the order they will be shown. */
	main: StudyCard[];
	counts: { new: number; learning: number; review: number };
	limits: { newLeft: number; reviewsLeft: number };
}

/** How many of each a session may take today, after what today's log has used. */
export function limitsLeft(settings: DeckSettings, today: DayCounts) {
	return {
		newLeft: Math.max(0, settings.newPerDay - today.newDone),
		reviewsLeft: Math.max(0, settings.reviewsPerDay - today.reviewsDone)
	};
}

const byDue = (a: StudyCard, b: StudyCard) => a.due - b.due || a.questionId.localeCompare(b.questionId);

/**
 * Today's queue: learning cards first when due, then due reviews up to the review limit, then new
 * cards up to the new-card limit. Suspended, kept-aside and buried cards never appear.
 */
export function buildQueue(input: QueueInput): Queue {
	const { now, dayEnd } = input;
	const limits = limitsLeft(input.settings, input.today);
	const live = (c: StudyCard) => !isBuried(c, now) && c.queue !== QUEUE.off;
	const learning = input.learning.filter((c) => live(c) && c.queue === QUEUE.learning && c.due < dayEnd).sort(byDue);
	const reviews = input.reviews
		.filter((c) => live(c) && c.queue === QUEUE.review && c.due < dayEnd)
		.sort(byDue)
		.slice(0, limits.reviewsLeft);
	const fresh = input.fresh
		.filter((c) => live(c) && c.queue === QUEUE.new)
		.sort(byDue)
		.slice(0, limits.newLeft);
	return {
		learning,
		main: [...reviews, ...fresh],
		counts: { new: fresh.length, learning: learning.length, review: reviews.length },
		limits
	};
}

/**
 * The card to show next, or null when the session is over: a learning card that is due, else the
 * next review or new card, else a learning card due within the learn-ahead window.
 */
export function pickNext(queue: Pick<Queue, 'learning' | 'main'>, now: number): StudyCard | null {
	const dueLearning = queue.learning.find((c) => c.due <= now);
	if (dueLearning) return dueLearning;
	const main = queue.main[0];
	if (main) return main;
	const soon = queue.learning[0];
	if (soon && soon.due <= now + LEARN_AHEAD_MS) return soon;
	return null;
}

/**
 * The session's queue after an answer, without reading storage again: the card answered and its
 * newly buried siblings leave it; a learning card due again before `dayEnd` goes back among the
 * learning cards, in due order (the same rule buildQueue applies to a fresh read).
 */
export function applyAnswer(
	queue: Pick<Queue, 'learning' | 'main'>,
	result: Pick<AnswerResult, 'card' | 'buried'>,
	dayEnd: number
): Pick<Queue, 'learning' | 'main'> {
	const gone = new Set([result.card, ...result.buried].map((c) => c.questionId));
	const learning = queue.learning.filter((c) => !gone.has(c.questionId));
	const main = queue.main.filter((c) => !gone.has(c.questionId));
	if (result.card.queue === QUEUE.learning && result.card.due < dayEnd) {
		learning.push(result.card);
		learning.sort(byDue);
	}
	return { learning, main };
}

/** Cards left in a session's queue by kind, as Anki shows them: new · learning · review. */
export function queueCounts(queue: Pick<Queue, 'learning' | 'main'>): Queue['counts'] {
	const counts = { new: 0, learning: queue.learning.length, review: 0 };
	for (const c of queue.main) {
		if (c.queue === QUEUE.new) counts.new += 1;
		else if (c.queue === QUEUE.review) counts.review += 1;
		else counts.learning += 1;
	}
	return counts;
}
