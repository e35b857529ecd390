import type { MemoryState } from './card';
import { nextStates } from './fsrs';
import type { ReviewEntry } from './answer';

/**
 * A card's memory state as its review log says it should be: each answer applied in order, from the
 * moment its question was shown (the states on the buttons were computed then). A card whose stored
 * state differs from this lost or gained an answer somewhere.
 */
export function replayLog(start: MemoryState, entries: readonly Pick<ReviewEntry, 'reviewedAt' | 'durationMs' | 'rating'>[], desiredRetention = 0.9): MemoryState {
	let memory = start;
	for (const e of [...entries].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
		memory = nextStates(memory, e.reviewedAt - e.durationMs, desiredRetention)[e.rating].memory;
	}
	return memory;
}
