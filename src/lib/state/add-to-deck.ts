import { answerCard, newCard, STATE, type RatingNumber } from '$lib/scheduler';
import { nextStates } from '$lib/scheduler/fsrs';
import type { Verdict } from '$lib/deck';
import type { CardRepository, Learner } from '$lib/storage';

// A student adds a classroom quiz's questions to their own spaced repetition: each question they
// answered becomes a card whose first review is that answer (wrong → Again, almost → Hard,
// right → Good). A card already studied is left alone: its history is not rewritten.

export interface AnsweredQuestion {
	deckId: string;
	questionId: string;
	factId: string;
	given: string | null;
	verdict: Verdict | null;
}

const RATING: Record<Verdict, RatingNumber> = { wrong: 1, almost: 2, right: 3 };

export async function addAnswersToDeck(cards: CardRepository, learner: Learner, answered: readonly AnsweredQuestion[], now: number): Promise<{ added: number; skipped: number }> {
	let added = 0;
	let skipped = 0;
	for (const [i, q] of answered.entries()) {
		if (q.given === null || q.verdict === null) {
			skipped += 1;
			continue;
		}
		const existing = await cards.card(learner.id, q.deckId, q.questionId);
		if (existing && existing.state !== STATE.new) {
			skipped += 1;
			continue;
		}
		// Placed after the deck's own new cards; opening the deck to study puts it in the deck's order.
		const card = existing ?? newCard({ learnerId: learner.id, deckId: q.deckId, questionId: q.questionId, factId: q.factId }, 1_000_000 + i);
		const { desiredRetention } = await cards.settings(learner.id, q.deckId);
		const result = answerCard({
			card,
			states: nextStates(card, now, desiredRetention),
			rating: RATING[q.verdict],
			now,
			shownAt: now,
			timeZone: learner.timeZone,
			siblings: [],
			response: { answer: q.given, correct: q.verdict !== 'wrong', almost: q.verdict === 'almost' }
		});
		await cards.recordAnswer(result);
		added += 1;
	}
	return { added, skipped };
}
