import type { StudyCard, ReviewEntry } from '$lib/scheduler';
import type { CardKey, ReviewKey } from './schema';

// Key ranges over compound keys. An empty array sorts after every number and string, so
// [id, []] bounds every key that starts with id.
const AFTER_ALL: [] = [];

export function cardKey(c: Pick<StudyCard, 'learnerId' | 'deckId' | 'questionId'>): CardKey {
	return [c.learnerId, c.deckId, c.questionId];
}

export function reviewKey(e: Pick<ReviewEntry, 'learnerId' | 'reviewedAt' | 'deckId' | 'questionId'>): ReviewKey {
	return [e.learnerId, e.reviewedAt, e.deckId, e.questionId];
}

/** Every key whose first parts are `prefix`. */
export function prefixRange(...prefix: (string | number)[]): IDBKeyRange {
	return IDBKeyRange.bound(prefix, [...prefix, AFTER_ALL]);
}

/** Keys [...prefix, x] with from ≤ x < to. */
export function between(prefix: (string | number)[], from: number, to: number): IDBKeyRange {
	return IDBKeyRange.bound([...prefix, from], [...prefix, to], false, true);
}
