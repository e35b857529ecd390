import { QUEUE, withFlags, type StudyCard } from './card';

/**
 * Which source sentence a card's question comes from, when known. Questions built from one
 * sentence give each other away as surely as questions about one fact: one's prompt holds the
 * other's answer.
 */
export type SentenceOf = (questionId: string) => string | undefined;

/** Cards that would give each other away: the same fact, or the same source sentence. */
export function areSiblings(a: StudyCard, b: StudyCard, sentenceOf?: SentenceOf): boolean {
	if (a.questionId === b.questionId || a.deckId !== b.deckId) return false;
	if (a.factId === b.factId) return true;
	const sentence = sentenceOf?.(a.questionId);
	return sentence !== undefined && sentence === sentenceOf?.(b.questionId);
}

/**
 * Siblings of the card just answered (same fact or same source sentence) are buried until the
 * learner's next day, so that one question does not give away another's answer. Like Anki, only new
 * and review cards are buried; a card in learning keeps its short steps.
 */
export function burySiblings(answered: StudyCard, candidates: readonly StudyCard[], until: number, sentenceOf?: SentenceOf): StudyCard[] {
	return candidates
		.filter(
			(c) =>
				areSiblings(answered, c, sentenceOf) &&
				(c.queue === QUEUE.new || c.queue === QUEUE.review) &&
				c.buriedUntil < until
		)
		.map((c) => withFlags(c, { buriedUntil: until }));
}
