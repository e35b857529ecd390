import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../deck/blocks';
import { findEntities } from './entities';
import { generateDeck } from './index';
import { readSentences } from './nlp';
import { resolveReferences } from './references';
import { whQuestion } from './wh-question';

/** The wh-question the generator would ask of `sentence` with `answer` (an entity of it) as the answer. */
function ask(sentence: string, answer: string): string | undefined {
	const sentences = readSentences(splitBlocks(sentence));
	const entities = findEntities(sentences);
	const entity = entities.find((e) => e.text === answer);
	if (!entity) throw new Error(`"${answer}" is no entity of: ${sentence}`);
	const edits = resolveReferences(sentences, entities, '’')[0]!.edits.filter((e) => e.start < entity.start || e.start >= entity.end);
	return whQuestion(sentences[0]!, entity, edits, entities, { organisationNoun: () => 'company', apostrophe: '’' });
}

describe('wh-questions', () => {
	it('ask "who" of a subject that is a person with what they are ("President Joe Biden")', () => {
		expect(ask('President Joe Biden unveiled the first picture at the White House on Monday, 11 July.', 'Joe Biden')).toBe(
			'Who unveiled the first picture at the White House on Monday, 11 July?'
		);
	});

	it('ask in the simple past what the sentence says in the past perfect ("had sold" → "did … sell")', () => {
		expect(ask('Grainco had sold Nordwind Foods a stake in 2019.', '2019')).toBe('In which year did Grainco sell Nordwind Foods a stake?');
	});

	it('leave out who reports the fact ("…, it has been announced", "…, the company said")', () => {
		expect(ask('Jack Straw will visit Krakow next week, it has been announced.', 'Jack Straw')).toBe('Who will visit Krakow next week?');
		expect(ask('Grainco Holdings will close its mill in Antwerp, the company said.', 'Grainco Holdings')).toBe('Which company will close its mill in Antwerp?');
	});

	it('keep an adverb between the subject and its verb', () => {
		expect(ask('Argentina goalkeeper Emiliano Martínez then made a vital save from Kolo Muani in the final seconds of extra time.', 'Emiliano Martínez')).toBe(
			'Who then made a vital save from Kolo Muani in the final seconds of extra time?'
		);
	});

	it('keep a quoted name in the question, and end it where the quotation closes', () => {
		expect(ask('In March, Alibaba debuted its “Qwen2.5-Omni-7B,” which is a multimodal model in its Qwen series.', 'March')).toBe(
			'In which month did Alibaba debut its “Qwen2.5-Omni-7B”?'
		);
	});

	it('ask "by what percentage" of a change', () => {
		expect(ask('Orbitek shares rose 4% after the announcement.', '4%')).toBe('By what percentage did Orbitek shares rise after the announcement?');
	});

	it('ask "how much revenue" of revenue of a sum, and leave out what follows a comma after the answer', () => {
		expect(ask('Apple reported revenue of $119.6 billion for its fiscal first quarter on Thursday, up 2% from a year earlier.', '$119.6 billion')).toBe(
			'How much revenue did Apple report for its fiscal first quarter on Thursday?'
		);
	});

	it('ask nothing of an answer inside a phrase about a noun ("an international partnership led by NASA")', () => {
		expect(ask('The telescope is an international partnership led by NASA with the European Space Agency.', 'NASA')).toBeUndefined();
	});

	it('end a question before a clause joined on after the answer, and write a common word opening the sentence in lower case', () => {
		expect(ask('Companies must collect 63% of portable batteries by the end of 2027 and 73% by the end of 2030.', '63%')).toBe(
			'What percentage must companies collect of portable batteries by the end of 2027?'
		);
	});

	it('ask nothing of a percentage that a verb of being gives ("Turnout was 72.2%")', () => {
		expect(ask('Turnout was 72.2%, the highest at any UK-wide vote since 1992.', '72.2%')).toBeUndefined();
	});

	it('ask nothing of an answer in a clause whose verb is left out ("and Wales by 52.5%")', () => {
		expect(ask('England voted to leave by 53.4% and Wales by 52.5%.', '52.5%')).toBeUndefined();
	});

	it('ask nothing of one person of a subject of two ("…, and Justice Secretary Michael Gove were")', () => {
		expect(ask('Boris Johnson, the former Mayor of London, and Justice Secretary Michael Gove were the most prominent faces of Vote Leave.', 'Michael Gove')).toBeUndefined();
	});

	it('ask nothing when the tagger took a word of the subject for its verb ("The official remain campaign was…")', () => {
		expect(ask('The official remain campaign was Britain Stronger in Europe.', 'Europe')).toBeUndefined();
	});
});

describe('wh-questions in a deck', () => {
	const text = [
		'Keir Starmer will become prime minister after the Labour Party won a landslide victory.',
		'Labour won 411 of the 650 seats in the House of Commons.',
		'Speaking outside Downing Street on Friday morning, Rishi Sunak said: "To the country, I would like to say, first and foremost, I am sorry."'
	].join('\n\n');
	const prompts = generateDeck(text, { id: 'election', all: true }).questions.map((q) => q.prompt);

	it('ask "which club" of a sports club', () => {
		const deck = generateDeck('Real Madrid signed the striker Kylian Mbappé on a free transfer. The club will play Mallorca on 18 August.', { id: 'club', all: true });
		expect(deck.questions.map((q) => q.prompt)).toContain('Which club signed the striker Kylian Mbappé on a free transfer?');
	});

	it('ask "which party" of a political party', () => {
		expect(prompts).toContain('Which party won 411 of the 650 seats in the House of Commons?');
	});

	it('keep the speaker in a stem cut short after a place whose name the tagger took for a verb ("Downing")', () => {
		const stems = prompts.filter((p) => p.startsWith('Speaking outside _____'));
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) expect(stem).toContain('Rishi Sunak said');
	});
});

describe('wh-questions about a subject whose name holds a word the tagger takes for a verb', () => {
	it('ask nothing rather than garble the name ("the Nordic ship Authority")', () => {
		const prompts = generateDeck('The Nordic Shipping Authority (NSA) fined Baltic Ferries €4 million on 17 March 2023.', { id: 'shipping', all: true }).questions.map((q) => q.prompt);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Nordic ship\b/);
	});
});
