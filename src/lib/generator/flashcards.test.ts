import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from './index';

const ARTICLE = [
	'Mission director Tomas Reyes said the docking had gone better than any rehearsal.',
	'Orbitek CEO Dana Whitfield said the company would build two more modules by 2033.',
	'Shares of Orbitek rose 4% after the announcement.',
	'Sarah Okafor and Ivan Petrov flew the capsule to the station on 12 March 2031.',
	'A sensor failed during the approach, and Okafor, the mission commander, docked the capsule by hand.',
	'Orbitek bought Lunaris Robotics, the maker of the Crawler rover, for $40 million.',
	"The crew photographed Barnard's Loop, a faint arc of glowing gas about 1,400 light-years away, from the station.",
	'The Union Party won 411 of the 650 seats in the Grand Assembly, a majority of 174.',
	'The two sides agreed on Tuesday to suspend tariffs, ending a 17-year dispute over subsidies to aircraft makers Boeing and Airbus.'
].join('\n\n');

describe('flashcards of people', () => {
	const cards = new Map(
		generateDeck(ARTICLE, { id: 'flashcards', all: true })
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

	it('give a name what the article says it is, right after it', () => {
		expect(cards.get('Lunaris Robotics')).toBe('the maker of the Crawler rover');
	});

	it('never take an amount after a name for what the name is ("in the Grand Assembly, a majority of 174")', () => {
		expect(cards.get('Grand Assembly')).toBeUndefined();
	});

	it('never give one of several what a plural says of them all ("aircraft makers Boeing and Airbus")', () => {
		expect(cards.get('Boeing')).toBeUndefined();
	});

	it('keep the name a thing is known by ("Barnard\'s Loop") and numbers whole ("1,400")', () => {
		expect(cards.get("Barnard's Loop")).toBe('a faint arc of glowing gas about 1,400 light-years away');
	});
});

describe('flashcards of an article', () => {
	it('never give a part of a longer name what is said of the whole ("the Treaty on European Union, the legal mechanism…")', () => {
		const article = readFileSync('questions/articles/uk-votes-to-leave-eu-referendum.md', 'utf8');
		const cards = generateDeck(article, { all: true }).questions.filter((q) => q.type === 'flashcard');
		expect(cards.length).toBeGreaterThan(3);
		expect(cards.map((q) => q.answer)).not.toContain('the legal mechanism for a member state to withdraw');
	});
});

describe('flashcards that would mislead', () => {
	const cards = new Map(
		generateDeck(
			[
				'Harbourside chief Mark Oduya met the minister on Monday.',
				'In Tides Of Glass, the young queen returns to her city.',
				'Still basking in the glory of last year’s Harbour Lights, the old captain is back at sea.',
				'The survey was led by Ines Moreau, a geologist at the Lyon Institute.',
				'Orla Fenwick, the head of the Baltic Grain Board, said prices would rise.',
				'Italian finance minister Paolo Verdi backed the plan.'
			].join('\n\n'),
			{ id: 'mislead', all: true }
		)
			.questions.filter((q) => q.type === 'flashcard')
			.map((q) => [q.prompt, q.answer])
	);

	it('no card for a role that says nothing alone ("Harbourside chief": chief of what?)', () => {
		expect(cards.get('Mark Oduya')).toBeUndefined();
	});

	it('no appositive for a name in the phrase that opens a sentence ("In Tides Of Glass, the young queen…")', () => {
		expect(cards.get('Tides Of Glass')).toBeUndefined();
		expect(cards.get('Harbour Lights')).toBeUndefined();
		expect(cards.get('Ines Moreau')).toBe('a geologist at the Lyon Institute');
	});

	it('a role of a people reads as an adjective: "Italian finance minister"', () => {
		expect(cards.get('Paolo Verdi')).toBe('Italian finance minister');
	});
});

describe('flashcards of things', () => {
	it("never a back in the writer's own voice (\"a beast chasing our hero\")", () => {
		const text = 'In the new game, Morvath, a beast chasing our hero across the ages, returns.\n\nIn the new film, Kestrel, a drone built by the navy, returns.';
		const cards = new Map(generateDeck(text, { id: 'voice', all: true }).questions.filter((q) => q.type === 'flashcard').map((q) => [q.prompt, q.answer]));
		expect(cards.get('Kestrel')).toBe('a drone built by the navy');
		expect(cards.has('Morvath')).toBe(false);
	});
});
