// Test helper: cards of a small deck, at fixed dates. Not imported by app code.
import { newCard, type StudyCard } from './card';

export const ZONE = 'Europe/Paris';
/** 2026-03-10 12:00 in Paris (UTC+1 in winter). */
export const NOON = Date.UTC(2026, 2, 10, 11, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function card(questionId: string, factId = `f-${questionId}`, order = 0, deckId = 'd'): StudyCard {
	return newCard({ learnerId: 'l1', deckId, questionId, factId }, order);
}
