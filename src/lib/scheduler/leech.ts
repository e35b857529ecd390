import type { StudyCard } from './card';

// Anki's leech rule: a card forgotten 8 times is tagged and suspended, and again every 4 lapses
// after that if the learner brings it back.
export const LEECH_THRESHOLD = 8;

export function isLeechLapse(lapsesBefore: number, lapsesAfter: number, threshold = LEECH_THRESHOLD): boolean {
	if (lapsesAfter <= lapsesBefore || lapsesAfter < threshold) return false;
	return (lapsesAfter - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}

export function leechMessage(card: Pick<StudyCard, 'lapses'>): string {
	return `You have forgotten this card ${card.lapses} times: it is a leech, and has been suspended. Reword it, or unsuspend it from the deck's progress page when you are ready.`;
}
