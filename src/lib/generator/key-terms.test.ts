import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../deck/blocks';
import { findEntities } from './entities';
import { generateDeck } from './index';
import { articleWordCounts, KEY_TERM_VETOES, keyTermVeto, keyTerms, termSpans, type TermSpan } from './key-terms';
import { readSentences } from './nlp';

const ARTICLE = [
	'Speaking with reporters on the sidelines of the trade fair in Leipzig, Anna Weber said the firm had doubled its output.',
	'In the wake of the floods, the town council approved a new drainage system costing €4 million.',
	'The council first discussed the drainage system in March 2021.',
	'Speaking to journalists at the ribbon cutting, the mayor said the project would take two years.',
	'The town hopes to finish before the next flood season, and officials say it can meet that deadline.',
	'The council announced the contract on 4 May 2021, offering €2 million to the lowest bidder.',
	'Brussels had been the last major obstacle standing in the way.',
	'Rescuers arrived less than two hours later.',
	'The storm reached Leipzig on Wednesday morning.',
	'Officials praised the flood warning network (FWN).',
	'Engineers added deeper chain-of-thought planning.',
	'In the final minutes Marta Lindqvist shot wide.',
	'The engineers built pumps which they say gels "speed and safety".'
].join(' ');

describe('names and their abbreviations', () => {
	const text = 'The World Health Organization (WHO) on Monday recommended a second malaria vaccine for children.';
	const prompts = generateDeck(text, { id: 'abbreviations', all: true }).questions.map((q) => q.prompt);

	it('never ask for a name beside its abbreviation in brackets, or for the abbreviation', () => {
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/_____ \(WHO\)|\(_____\)/);
	});

	it('read an abbreviation inside the name whole ("UK Independence Party (UKIP)")', () => {
		const deck = generateDeck('Nigel Farage, the leader of the UK Independence Party (UKIP), told supporters that the vote was historic.', { id: 'ukip' });
		for (const question of deck.questions) expect(question.prompt).not.toMatch(/_____ \(UKIP\)|\(_____\)/);
	});
});

describe('vaccines in an article about a vaccine', () => {
	const text = [
		'The new vaccine was developed in Oxford.',
		'The vaccine is cheap.',
		'Officials say the two vaccines have never been compared.',
		'The vaccine will be made in India.'
	].join(' ');
	const answers = generateDeck(text, { id: 'vaccines', all: true }).questions.map((q) => q.answer.toLowerCase());

	it('is no rare word: a noun is counted with its plural', () => {
		expect(answers).not.toContain('vaccines');
	});
});

describe('key phrases', () => {
	const answers = generateDeck(ARTICLE, { id: 'key-terms', all: true }).questions.map((q) => q.answer.toLowerCase());

	it('asks about phrases that carry a fact', () => {
		expect(answers).toContain('drainage system');
	});

	it('never asks for a noun that only frames a fact ("on the sidelines of", "in the wake of")', () => {
		expect(answers).not.toContain('sidelines');
		expect(answers).not.toContain('wake');
	});

	it('never asks for the scene of an opening "Speaking to…" clause, or for a phrase that points back ("that deadline")', () => {
		expect(answers).not.toContain('ribbon cutting');
		expect(answers).not.toContain('deadline');
	});

	it('never asks for a participle: "…, offering €2 million", "the last major obstacle standing in the way"', () => {
		expect(answers).not.toContain('offering');
		expect(answers).not.toContain('obstacle standing');
		expect(answers).toContain('obstacle');
	});

	it('never asks for a unit of time alone ("two _____ later")', () => {
		expect(answers).not.toContain('hours');
		expect(answers).not.toContain('morning');
	});

	it('never asks for a phrase whose initials follow it ("flood warning network (FWN)"), or for part of a hyphenated word', () => {
		expect(answers).not.toContain('flood warning network');
		expect(answers).not.toContain('deeper chain');
	});

	it('never takes a word of time for part of a phrase ("the only planet right now")', () => {
		const text = 'Angelos Tsiaras is an astronomer. "This is the only planet right now that we know outside the solar system that has the correct temperature to support water," Tsiaras said.';
		const deck = generateDeck(text, { id: 'right-now', all: true });
		for (const question of deck.questions) expect(question.answer.toLowerCase()).not.toMatch(/\bright\b/);
	});

	it('never takes a verb of saying before "that" into a phrase ("Our findings show that…")', () => {
		const deck = generateDeck('"Our findings show that these worms can suspend life for geological time," Kurzchalia said.', { id: 'show-that', all: true });
		for (const question of deck.questions) expect(question.answer.toLowerCase()).not.toMatch(/\bshow\b/);
	});

	it('never takes the verb after "will" or "to" into a phrase ("will face strict requirements")', () => {
		const deck = generateDeck('Systems used in hiring will face strict requirements under the new law.', { id: 'modal', all: true });
		for (const question of deck.questions) expect(question.answer.toLowerCase()).not.toMatch(/^face\b/);
	});

	it('never asks for a verb the tagger took for a noun ("Lindqvist shot wide", "they say gels")', () => {
		expect(answers).not.toContain('shot');
		expect(answers).not.toContain('gels');
	});
});

/** The candidate spans of the first sentence of the text, by their words. */
function spansOf(text: string): Map<string, TermSpan> {
	const sentences = readSentences(splitBlocks(text));
	const taken = findEntities(sentences).filter((e) => e.sentence === 0);
	return new Map(termSpans(sentences[0]!, taken, articleWordCounts(sentences)).map((span) => [span.phrase, span]));
}

function reason(text: string, phrase: string): string | undefined {
	const span = spansOf(text).get(phrase);
	if (!span) throw new Error(`no span "${phrase}" in "${text}"`);
	return keyTermVeto(span);
}

const OPENER = 'Speaking with reporters at the harbour opening, Clara Novak said the ferry service would double.';

describe('the vetoes on key terms', () => {
	it('name the reason a span is rejected', () => {
		expect(reason(OPENER, 'reporters')).toBe('generic noun');
		expect(reason(OPENER, 'harbour')).toBe('in a scene-setting opener');
		expect(reason('On the sidelines of the summit, the ministers agreed a new fishing quota.', 'sidelines')).toBe('framing noun');
		expect(reason('The officials praised the tidal barrier network (TBN).', 'tidal barrier network')).toBe('spelled out beside');
		expect(reason('The bakery will face strict hygiene inspections after that outbreak.', 'outbreak')).toBe('points back');
		expect(reason('Engineers fitted a five-layer heat shield to the capsule.', 'layer heat shield')).toBe('part of a hyphenated word');
		expect(reason('The plan cost about $3 million.', 'plan cost')).toBe('verb taken for a noun');
		expect(reason('The glacier retreat alarmed the villagers; the glacier had stood for centuries.', 'glacier')).toBe('head repeated in the sentence');
		expect(reason('The tax rose sharply.', 'tax')).toBe('short head noun');
		expect(reason('The capsule was small.\n\nThe capsule landed. Divers reached the capsule.', 'capsule')).toBe('common in the article');
	});

	it('name a span inside a name, a span with no noun, and one not in lower case', () => {
		const span = spansOf('The bakery will face strict hygiene inspections.').get('bakery')!;
		const name = { kind: 'organisation' as const, text: 'bakery', start: 0, end: 0, sentence: 0, tokenStart: span.start, tokenEnd: span.end, quoted: false };
		expect(keyTermVeto({ ...span, taken: [name] })).toBe('part of a name');
		expect(keyTermVeto({ ...span, end: span.start, head: '', phrase: '' })).toBe('no noun');
		expect(keyTermVeto({ ...span, tokens: span.tokens.map((t, k) => (k === span.start ? { ...t, text: 'Bakery' } : t)) })).toBe('not lower case');
	});

	it('keep a span no veto holds for, and only such spans become key terms', () => {
		const text = 'On the sidelines of the summit, the ministers agreed a new fishing quota.';
		expect(reason(text, 'fishing quota')).toBeUndefined();
		const sentences = readSentences(splitBlocks(text));
		const terms = keyTerms(sentences[0]!, [], articleWordCounts(sentences), 10).map((t) => t.text);
		expect(terms).toContain('fishing quota');
		expect(terms).not.toContain('sidelines');
	});

	it('are total, so that their order decides only which reason is named', () => {
		const spans = [...spansOf(`${OPENER} The glacier retreat would double that tourism.`).values()];
		// Spans at the edges of the sentence: empty, at its end, past it.
		const last = spans[spans.length - 1]!;
		const edges = [{ ...last, start: last.tokens.length, end: last.tokens.length, next: undefined }, { ...last, start: 0, end: 0 }];
		for (const span of [...spans, ...edges]) {
			const holds = KEY_TERM_VETOES.filter((v) => v.veto(span)).map((v) => v.name);
			expect(keyTermVeto(span)).toBe(holds[0]);
		}
	});

	it('have distinct names', () => {
		const names = KEY_TERM_VETOES.map((v) => v.name);
		expect(new Set(names).size).toBe(names.length);
	});
});
