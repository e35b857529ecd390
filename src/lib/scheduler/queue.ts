import { isBuried, QUEUE, STATE, type StudyCard } from './card';
import type { ReviewEntry } from './answer';
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
