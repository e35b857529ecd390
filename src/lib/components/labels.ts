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

/** "4 min 5 s", "45 s". */
export function formatDuration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** When something falls due, relative to now: "now", "in 10 minutes", "tomorrow at 09:30", "on 12 March". */
export function formatDue(due: number, now: number): string {
	const ms = due - now;
	if (ms <= 0) return 'now';
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(ms / 3_600_000);
	if (hours < 24) return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	const days = Math.round(ms / 86_400_000);
	if (days < 30) return `in ${days} ${days === 1 ? 'day' : 'days'}`;
	const date = new Date(due);
	return `on ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
