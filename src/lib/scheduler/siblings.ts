import { QUEUE, withFlags, type StudyCard } from './card';

/**
 * Cards of the same fact (same `factId`) as the one just answered are buried until the learner's
 * next day, so that one question does not give away another's answer. Like Anki, only new and
 * review cards are buried; a card in learning keeps its short steps.
 */
export function burySiblings(answered: StudyCard, candidates: readonly StudyCard[], until: number): StudyCard[] {
	return candidates
		.filter(
			(c) =>
				c.questionId !== answered.questionId &&
				c.factId === answered.factId &&
				c.deckId === answered.deckId &&
				(c.queue === QUEUE.new || c.queue === QUEUE.review) &&
				c.buriedUntil < until
		)
		.map((c) => withFlags(c, { buriedUntil: until }));
}
