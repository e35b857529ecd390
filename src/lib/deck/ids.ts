import { hash64 } from './hash';
import { normalizeAnswer, normalizeText } from './normalize';
import type { QuestionType } from './schema';

export const FACT_ID_PATTERN = /^f-[0-9a-f]{16}$/;
export const QUESTION_ID_PATTERN = /^q-[0-9a-f]{16}$/;

/**
 * The id of a fact, from the words that state it. Questions about one fact share it (they are
 * siblings); case, quotes and spacing do not change it.
 */
export function factId(statement: string): string {
	return `f-${hash64(normalizeText(statement))}`;
}

/**
 * The id of a question: a function of its fact, its type and its answer only. Rewording a prompt or
 * reshuffling options keeps the id, so a learner's progress survives a regeneration of the deck;
 * a different answer is a different question.
 */
export function questionId(fact: string, type: QuestionType, answer: string): string {
	return `q-${hash64([fact, type, normalizeAnswer(answer)].join('\u0000'))}`;
}
