import { describe, expect, it } from 'vitest';
import { generateDeck } from './index';

const ARTICLE = [
	'Mission director Tomas Reyes said the docking had gone better than any rehearsal.',
	'Orbitek CEO Dana Whitfield said the company would build two more modules by 2033.',
	'Shares of Orbitek rose 4% after the announcement.',
	'Sarah Okafor and Ivan Petrov flew the capsule to the station on 12 March 2031.',
	'A sensor failed during the approach, and Okafor, the mission commander, docked the capsule by hand.'
].join('\n\n');

describe('flashcards of people', () => {
	const cards = new Map(
		generateDeck(ARTICLE, { id: 'flashcards' })
			.questions.filter((q) => q.type === 'flashcard')
			.map((q) => [q.prompt, q.answer])
	);

	it('give a person the role the article gives them, with what it is of', () => {
		expect(cards.get('Dana Whitfield')).toBe('Orbitek CEO');
	});

	it('name a person in full on the front when the role is given with the surname alone', () => {
		expect(cards.get('Sarah Okafor')).toBe('Mission commander');
	});

	it('keep a word capitalised only because it opens the sentence inside the role ("Mission director")', () => {
		expect(cards.get('Tomas Reyes')).toBe('Mission director');
	});
});
