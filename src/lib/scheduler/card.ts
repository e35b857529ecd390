// A learner's card for one question: what is stored, as plain data (dates as epoch milliseconds, so
// that it survives IndexedDB, JSON and structured clone alike).

/** FSRS memory states, as ts-fsrs numbers them. */
export const STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export type CardStateNumber = (typeof STATE)[keyof typeof STATE];

/**
 * Which queue a card waits in; stored so that one compound index reads only what is due.
 * `off`: suspended, or kept aside because its question left the deck.
 */
export const QUEUE = { off: -1, new: 0, learning: 1, review: 2 } as const;
export type QueueNumber = (typeof QUEUE)[keyof typeof QUEUE];

export interface MemoryState {
	/** When the card is next due (epoch ms). For a new card: its place in the deck's order. */
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardStateNumber;
	/** Epoch ms of the last review, or null for a new card. */
	lastReview: number | null;
}

export interface StudyCard extends MemoryState {
	learnerId: string;
	deckId: string;
	questionId: string;
	factId: string;
	/** The question's place in its deck: the order in which new cards are introduced. */
	position: number;
	queue: QueueNumber;
	suspended: boolean;
	/** Epoch ms until which the card is buried (a sibling was answered today); 0 when not buried. */
	buriedUntil: number;
	/** Forgotten too often: tagged and suspended (see leech.ts). */
	leech: boolean;
	/** Its question is no longer in the deck: kept aside, with its state, in case it comes back. */
	orphaned: boolean;
}

/** The queue a card belongs in, from its state and flags. */
export function queueOf(card: Pick<StudyCard, 'state' | 'suspended' | 'orphaned'>): QueueNumber {
	if (card.suspended || card.orphaned) return QUEUE.off;
	if (card.state === STATE.new) return QUEUE.new;
	if (card.state === STATE.review) return QUEUE.review;
	return QUEUE.learning;
}

/** Applies flags and recomputes the queue, so that the two never disagree. */
export function withFlags(card: StudyCard, flags: Partial<Pick<StudyCard, 'suspended' | 'leech' | 'orphaned' | 'buriedUntil'>>): StudyCard {
	const next = { ...card, ...flags };
	return { ...next, queue: queueOf(next) };
}

/**
 * A new card for a question. `order` keeps the deck's order among new cards: it is stored as `due`,
 * which for a new card means nothing else.
 */
export function newCard(
	ids: Pick<StudyCard, 'learnerId' | 'deckId' | 'questionId' | 'factId'>,
	order: number
): StudyCard {
	return {
		...ids,
		position: order,
		due: order,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: STATE.new,
		lastReview: null,
		queue: QUEUE.new,
		suspended: false,
		buriedUntil: 0,
		leech: false,
		orphaned: false
	};
}

/** Progress forgotten, flags kept (a reset card is new again, but stays suspended if it was). */
export function resetCard(card: StudyCard): StudyCard {
	const fresh = newCard(card, card.position);
	return withFlags(fresh, { suspended: card.suspended && !card.leech, orphaned: card.orphaned });
}

export function isBuried(card: StudyCard, now: number): boolean {
	return card.buriedUntil > now;
}

/**
 * Whether two copies of a card are the same version of it: no answer, undo, suspension or reset has
 * happened between them. A tab answers a card only if the stored card is the version it showed, so
 * that an answer given from a stale copy (another tab answered meanwhile) never overwrites one.
 */
export function sameVersion(a: StudyCard, b: StudyCard): boolean {
	return a.reps === b.reps && a.lastReview === b.lastReview && a.state === b.state && a.queue === b.queue;
}
