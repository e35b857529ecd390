import type { Deck, Question } from '$lib/deck';

/** What the page asks the generator worker. */
export type WorkerRequest = { type: 'warm' } | { type: 'generate'; id: number; text: string };

/**
 * What the generator worker answers. A deck comes in parts (its head, then its questions in
 * batches), so that no single message takes the page long to receive, even for a 1 MB text.
 */
export type WorkerReply =
	| { type: 'ready' }
	| { type: 'warm'; ms: number }
	| { type: 'progress'; id: number; stage: 'generating' }
	| { type: 'head'; id: number; deck: Omit<Deck, 'questions'>; count: number; ms: number }
	| { type: 'questions'; id: number; questions: Question[] }
	| { type: 'done'; id: number }
	| { type: 'error'; id: number; message: string };

export const QUESTION_BATCH = 200;
