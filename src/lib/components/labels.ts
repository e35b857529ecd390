import type { QuestionType } from '$lib/deck';

export const TYPE_LABELS: Record<QuestionType, { one: string; many: string }> = {
	mcq: { one: 'Multiple choice', many: 'multiple choice' },
	cloze: { one: 'Gap-fill', many: 'gap-fill' },
	'true-false': { one: 'True or false', many: 'true/false' },
	'short-answer': { one: 'Short answer', many: 'short answer' },
	flashcard: { one: 'Flashcard', many: 'flashcards' }
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025", "July 2025" or "16 July 2025" from a partial ISO date; anything else as given. */
export function formatPublished(published: string): string {
	const [year, month, day] = published.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return published;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
