import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from '../deck/normalize';
import type { Question } from '../deck/schema';
import { generateDeck } from './index';
import { budgetFor, DEFAULT_DENSITY } from './selection';

const ARTICLE = readFileSync(new URL('../../../questions/articles/apollo-11-moon-landing-fifty-years.md', import.meta.url), 'utf8');
const deck = generateDeck(ARTICLE, { id: 'apollo' });
const words = deck.article.split(/\s+/).filter(Boolean).length;

describe('a deck keeps its best questions', () => {
	it(`keeps up to ${DEFAULT_DENSITY} questions per 100 words, all that pass the bar for the best when fewer do, and the rest as further questions`, () => {
		// Precision first: fewer than the budget only when too few questions pass the bar.
		const passing = generateDeck(ARTICLE, { id: 'apollo', density: 100 }).questions.length;
		expect(deck.questions.length).toBe(Math.min(passing, Math.round((words * DEFAULT_DENSITY) / 100)));
		// Lowered from 2.5 a hundred words: the rules of blind round 14 took three questions of this article
		// that reviewers mark weak or worse (a gap that a bracket spells out in other units, a birth year,
		// a date past the lead), and from 1.9 when round 20 found every year or date past the second
		// paragraph weak (this article loses "The mission began on _____"). Below the 3 to 6,
		// and said so in its note.
		expect(deck.questions.length).toBeGreaterThanOrEqual(Math.round((words * 1.7) / 100));
		expect(deck.more.length).toBeGreaterThan(deck.questions.length);
		const all = generateDeck(ARTICLE, { id: 'apollo', all: true });
		expect(all.more).toEqual([]);
		// The same questions, only divided differently: ids do not depend on the cut.
		expect(new Set(all.questions.map((q) => q.id))).toEqual(new Set([...deck.questions, ...deck.more].map((q) => q.id)));
	});

	it('keeps the rest best first: what a larger deck would take comes before what is never among the best', () => {
		const rest = generateDeck(ARTICLE, { id: 'apollo', max: 3 }).more.map((q) => q.id);
		const larger = generateDeck(ARTICLE, { id: 'apollo', density: 100 }).questions.map((q) => q.id).filter((id) => rest.includes(id));
		const statements = generateDeck(ARTICLE, { id: 'apollo', max: 3 }).more.filter((q) => q.type === 'true-false').map((q) => rest.indexOf(q.id));
		expect(larger.length).toBeGreaterThan(5);
		expect(statements.length).toBeGreaterThan(5);
		expect(Math.max(...larger.map((id) => rest.indexOf(id)))).toBeLessThan(Math.min(...statements));
	});

	it('takes a density or a maximum', () => {
		expect(generateDeck(ARTICLE, { id: 'apollo', density: 1.5 }).questions.length).toBe(Math.round((words * 1.5) / 100));
		expect(generateDeck(ARTICLE, { id: 'apollo', max: 7 }).questions.length).toBe(7);
		expect(budgetFor(40, {}, 10)).toBe(3);
		expect(budgetFor(1000, {}, 10)).toBe(10);
	});

	it('asks one question of a sentence', () => {
		const sources = deck.questions.map((q) => q.source.start);
		expect(new Set(sources).size).toBe(sources.length);
	});

	it('asks about the lead: the first sentence any question could come from', () => {
		const lead = Math.min(...generateDeck(ARTICLE, { id: 'apollo', all: true }).questions.map((q) => q.source.start));
		expect(deck.questions.some((q) => q.source.start === lead)).toBe(true);
	});
});

describe('questions that give each other away', () => {
	it('are siblings: one prompt holding the answer of another from the same sentence shares its fact', () => {
		const all = generateDeck(ARTICLE, { id: 'apollo', all: true }).questions;
		const pairs = all.flatMap((a) =>
			all
				.filter((b) => b !== a && b.type !== 'true-false' && a.source.start === b.source.start)
				.filter((b) => ` ${normalizeAnswer(a.prompt).replace(/[^\p{L}\p{N}%$.' ]+/gu, ' ')} `.includes(` ${normalizeAnswer(b.answer)} `))
				.map((b) => [a, b] as const)
		);
		expect(pairs.length).toBeGreaterThan(0);
		for (const [a, b] of pairs) expect(a.factId, `${a.prompt} / ${b.answer}`).toBe(b.factId);
	});
});

describe('each fact has randomness of its own', () => {
	it('so a question added elsewhere leaves the other questions’ options as they were', () => {
		const before = generateDeck(ARTICLE, { id: 'apollo', all: true }).questions;
		// A new first paragraph whose only fact is a percentage: wrong options of other kinds stay.
		const withLead = ARTICLE.replace('Fifty years ago today', 'Polls showed that 62% of viewers watched live.\n\nFifty years ago today');
		const after = new Map(generateDeck(withLead, { id: 'apollo', all: true }).questions.map((q) => [q.id, q]));
		const compared = before.filter((q) => q.type === 'mcq' && !q.answer.includes('%') && after.has(q.id));
		expect(compared.length).toBeGreaterThan(10);
		const optionsOf = (q: Question | undefined) => (q?.type === 'mcq' ? q.options : undefined);
		for (const q of compared) expect(optionsOf(after.get(q.id)), q.prompt).toEqual(optionsOf(q));
	});
});

describe('the best questions are a balanced deck', () => {
	it('with no type over two thirds, and no true/false statement (blind reviews found almost none acceptable)', () => {
		for (const file of ['james-webb-telescope-first-images', 'nvidia-huang-chinese-ai-models', 'uk-votes-to-leave-eu-referendum']) {
			const deck = generateDeck(readFileSync(new URL(`../../../questions/articles/${file}.md`, import.meta.url), 'utf8'), { id: file });
			const count = (type: string) => deck.questions.filter((q) => q.type === type).length;
			expect(count('true-false'), file).toBe(0);
			expect(deck.more.some((q) => q.type === 'true-false'), file).toBe(true);
			for (const type of ['mcq', 'cloze', 'short-answer']) expect(count(type), `${file} ${type}`).toBeLessThanOrEqual((deck.questions.length * 2) / 3);
		}
	});
});

describe('among the best questions', () => {
	const decks = ['apollo-11-moon-landing-fifty-years', 'uk-votes-to-leave-eu-referendum', 'labour-wins-uk-general-election-2024'].map((file) =>
		generateDeck(readFileSync(new URL(`../../../questions/articles/${file}.md`, import.meta.url), 'utf8'), { id: file })
	);

	it('no answer is one the title gives away', () => {
		for (const deck of decks) {
			const title = normalizeAnswer(deck.title);
			for (const q of deck.questions.filter((q) => q.type !== 'true-false' && q.type !== 'flashcard')) expect(title, q.prompt).not.toContain(normalizeAnswer(q.answer));
		}
	});

	it('no answer asked twice, and no two multiple-choice questions with the same options', () => {
		const text = [
			'The Hanseatic Bank will open 40 branches outside Lisbon, its chairman Tomas Brandt said.',
			'Its research team will also move outside Lisbon, to Porto, by 2027.',
			'Profits rose 12% in the first half, while costs rose 3% and deposits rose 7%.',
			'Lending rose 3% in the second half, and fees rose 12%.'
		].join('\n\n');
		for (const deck of [...decks, generateDeck(text, { id: 'repeats', all: false, density: 50 })]) {
			const recalled = deck.questions.map((q) => normalizeAnswer(q.type === 'flashcard' ? q.prompt : q.answer));
			expect(new Set(recalled).size, recalled.join(', ')).toBe(recalled.length);
			const choices = deck.questions.flatMap((q) => (q.type === 'mcq' ? [q.options.map(normalizeAnswer).sort().join('|')] : []));
			expect(new Set(choices).size).toBe(choices.length);
		}
	});

	it('no prompt padded with the sentence before', () => {
		for (const deck of decks) {
			for (const q of deck.questions) {
				if (q.type !== 'flashcard') expect(q.prompt.length, q.prompt).toBeLessThanOrEqual(q.source.sentence.length + 40);
			}
		}
	});
});

describe('the patterns blind reviews found most, among the best questions', () => {
	const text = [
		'The Vistula Trust said on Monday that it had raised £4.2 million for flood defences in Krakow in 2024.',
		'On the other hand, the lack of support from the city council left the project short of money, said the trust’s director Anna Nowak.',
		'A levee is an embankment that holds back a river when it floods.',
		'Nowak said the next phase would protect 12,000 homes in the Podgorze district by 2027.'
	].join('\n\n');
	const deck = generateDeck(text, { id: 'patterns' });

	it('no gap on a filler noun or an idiom: a common noun phrase is asked only where the sentence defines it', () => {
		for (const q of deck.questions) expect(q.answer.toLowerCase(), q.prompt).not.toMatch(/^(hand|lack|support|project|money|the other hand)$/);
	});
});

describe('trivia past the first paragraphs is not among the best', () => {
	const text = [
		'Harbour Mills will cut 1,200 jobs after its takeover by Nordwind Foods, the Oslo company said on Monday.',
		'Nordwind Foods paid £2.4bn for Harbour Mills, which makes flour and bread in 14 bakeries.',
		'The union Bakers Unite said the cuts would hit northern towns hardest.',
		'The first bakery will close in April, after talks that lasted three weeks.',
		'Factory manager Ruth Ames from Whitby lost her job in the closure.',
		'Nordwind Foods chairman Erik Dahl said: "We will keep the Harbour Mills name."'
	].join('\n\n');
	const deck = generateDeck(text, { id: 'trivia', density: 50 });
	const all = generateDeck(text, { id: 'trivia', all: true });

	it('no month or span of time, no place or person named once and not quoted', () => {
		for (const answer of ['April', 'three weeks', 'Whitby', 'Ruth Ames']) {
			expect(all.questions.some((q) => q.answer === answer), answer).toBe(true);
			expect(deck.questions.map((q) => q.answer), answer).not.toContain(answer);
		}
	});

	it('but a person quoted stays', () => {
		expect(deck.questions.some((q) => q.answer === 'Erik Dahl' || q.prompt === 'Erik Dahl')).toBe(true);
	});
});

describe('not among the best: what only looks like a definition, and asides', () => {
	const text = [
		'Harbour Mills will cut 1,200 jobs in Leeds, the company said on Monday.',
		'The judge said a heavy penalty was called for after the fraud in Leeds.',
		'The work was the one of several steps needed to save the mill, the union said.',
		'(Usually, bakers in Norway use rye flour, but Harbour Mills uses wheat.)'
	].join('\n\n');
	const deck = generateDeck(text, { id: 'asides', density: 50 });

	it('no gap on a noun a sentence only seems to define ("was called for", "was the one of several")', () => {
		for (const q of deck.questions) expect(q.answer, q.prompt).not.toMatch(/^(?:heavy penalty|penalty|steps)$/);
	});

	it('nothing from a sentence in brackets', () => {
		for (const q of deck.questions) expect(q.source.sentence.startsWith('('), q.prompt).toBe(false);
	});
});

describe('a term the sentence defines, and only that term', () => {
	const text = [
		'Harbour Mills makes flour in Leeds, the company said in 2024.',
		'The speed a satellite needs, called the circular velocity, is about 8 kilometres per second in more familiar units.',
		'A levee is an embankment that holds back a river in a flood.',
		'In Leeds, opponents of the mill were known as the Millbreakers.'
	].join('\n\n');
	const asked = generateDeck(text, { id: 'defined', density: 50 }).questions.map((q) => q.answer);

	it('is among the best: the named term, not another phrase of the defining sentence', () => {
		expect(asked).not.toContain('familiar units');
		expect(asked.some((a) => /^(?:circular velocity|embankment|levee|Millbreakers)$/i.test(a)), asked.join(', ')).toBe(true);
	});
});

describe('no question shows the answer of another', () => {
	it('across sentences: a name asked once is not printed in another prompt of the deck', () => {
		const text = [
			'Harbour Mills will close its bakery in Leeds after losing a contract with Nordwind Foods in 2024.',
			'The contract with Nordwind Foods was worth £40m a year, the company said.',
			'Nordwind Foods will now buy bread from Baltic Bakeries, its chief executive Ana Lund said.',
			'Baltic Bakeries employs 900 people in Riga.',
			'Ana Lund said the deal would add 60 jobs at its ovens in Jelgava.'
		].join('\n\n');
		const questions = generateDeck(text, { id: 'reveal', density: 50 }).questions;
		expect(questions.length).toBeGreaterThan(2);
		for (const a of questions) {
			for (const b of questions) {
				if (a === b || b.type === 'flashcard' || b.type === 'true-false') continue;
				expect(` ${normalizeAnswer(a.prompt).replace(/[^\p{L}\p{N} ]+/gu, ' ')} `, `${a.prompt} / ${b.answer}`).not.toContain(` ${normalizeAnswer(b.answer)} `);
			}
		}
	});
});

describe('not among the best', () => {
	const text = [
		'Grainco chief executive Piet Vermaelen said the firm would cut 400 jobs at its mill in Antwerp after profits fell 30%.',
		'The cuts follow a year of losses at Grainco, which lost a contract with Nordwind Foods in 2023.',
		'Vermaelen, who joined Grainco in 2011, said: "We had no choice but to act."',
		'The 52-year-old said the mill would close by 2026.',
		'The Antwerp mill opened in 1968 and employs 1,200 people.',
		'Union leader Marta Claes said the workers were shocked.'
	].join('\n\n');
	const best = generateDeck(text, { id: 'grainco', density: 100 }).questions;

	it('a year or a date past the lead, in a sentence that names nothing the article is about', () => {
		expect(best.map((q) => q.answer)).not.toContain('1968');
		expect(best.map((q) => q.answer)).not.toContain('2026');
	});

	it('a prompt that leans on an earlier sentence for who is meant ("the 52-year-old")', () => {
		for (const q of best) expect(q.prompt).not.toMatch(/\bthe \d+-year-old\b/i);
	});

	it("a person's card whose back is a role that names nothing (\"Union leader\")", () => {
		expect(best.filter((q) => q.type === 'flashcard' && q.answer === 'Union leader')).toEqual([]);
	});

	it('a question on someone asked about already, by surname or in full', () => {
		const people = best.filter((q) => /Vermaelen/.test(q.type === 'flashcard' ? q.prompt : q.answer));
		expect(people.length).toBeLessThanOrEqual(1);
	});

	it('is what still makes a deck: the lead\'s people and amounts', () => {
		expect(best.length).toBeGreaterThanOrEqual(2);
	});
});

describe('trivia even in the lead, and what a short deck does not make up with', () => {
	const text = [
		'Profits at Grainco rose 40% to £2.1bn for the three months to December, the miller said on Friday.',
		'Grainco said fourth quarter sales rose 3% to £9.4bn.',
		'Grainco sells flour in Belgium, where Grainco has six mills.'
	].join('\n\n');
	const deck = generateDeck(`# Grainco profits rise\n\n${text}`, { id: 'grainco-profits' });

	it('no month, no quarter, no span of a reporting period ("the three months to December")', () => {
		expect(deck.questions.map((q) => q.answer)).not.toContain('December');
		expect(deck.questions.map((q) => q.answer)).not.toContain('fourth quarter');
		expect(deck.questions.map((q) => q.answer)).not.toContain('three months');
	});

	it('makes up a short deck, but never with the answer its title gives away', () => {
		expect(deck.questions.length).toBeGreaterThan(0);
		expect(deck.questions.filter((q) => q.type !== 'flashcard').map((q) => q.answer)).not.toContain('Grainco');
	});
});

describe('prompts stand alone', () => {
	it('without a "But" or "However," that ties the sentence to the one before', () => {
		const text = 'Grainco cut 400 jobs in Antwerp in 2024.\n\nBut union leader Marta Claes said the cuts broke a 2019 promise.\n\nHowever, Grainco said 90 workers would move to Ghent.';
		const prompts = generateDeck(text, { id: 'standalone', all: true }).questions.map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(3);
		for (const prompt of prompts) expect(prompt).not.toMatch(/^(?:But|However,)\s/);
		expect(prompts.some((p) => /^Union leader|^_____ said the cuts/.test(p))).toBe(true);
	});
});


describe('a text pasted without a headline', () => {
	it('its first sentence, which stands in for the title, gives none of its own answers away', () => {
		const text = 'Grainco will close its mill in Antwerp.\n\nThe mill employs 300 people, the union said.';
		const answers = generateDeck(text, { id: 'no-headline' }).questions.filter((q) => q.type !== 'flashcard').map((q) => q.answer);
		expect(answers.some((a) => a === 'Grainco' || a === 'Antwerp'), JSON.stringify(answers)).toBe(true);
	});
});

describe('weak by what surrounds them, not among the best', () => {
	const text = [
		'# Harbour Mills sells its flour mills',
		'Harbour Mills will sell its Leeds flour mills to Nordwind Foods for £2.4bn, the company said on Monday.',
		'Nordwind Foods chief executive Ana Lund said the deal would create the largest miller in Norway.',
		'The Aire Canal carries grain from Hull to the Leeds mills. Built in 1816, the canal cost £50,000.',
		'Lund said Nordwind Foods would keep all 1,200 jobs in Norway and Leeds.',
		'"Flour prices will rise," said Ola Berg, chief economist at Nordbank. Norway imports most of its flour.',
		'Harbour Mills opened its first mill in 1901, and its mills in Norway in 1990.'
	].join('\n\n');
	const founded = text.replace('the company said on Monday.', 'the company said on Monday.\n\nHarbour Mills was founded in 1887 by the Lind family.');
	const second = generateDeck(founded, { id: 'mills', density: 100 }).questions;
	const best = generateDeck(text, { id: 'mills', density: 100 }).questions;
	const all = generateDeck(text, { id: 'mills', all: true }).questions;

	it('a thing named only as "the canal" when the article named it before', () => {
		expect(all.some((q) => /the canal/.test(q.prompt))).toBe(true);
		for (const q of best) expect(q.prompt).not.toMatch(/the canal/);
	});

	it("a card on someone who only comments on the story; a year past the lead's paragraphs; the place the story keeps coming back to", () => {
		expect(all.some((q) => q.type === 'flashcard' && q.prompt === 'Ola Berg')).toBe(true);
		expect(best.some((q) => q.type === 'flashcard' && q.prompt === 'Ola Berg')).toBe(false);
		expect(best.map((q) => q.answer)).not.toContain('1901');
		// In the second paragraph too: a year past the lead is trivia.
		expect(generateDeck(founded, { id: 'mills', all: true }).questions.map((q) => q.answer)).toContain('1887');
		expect(second.map((q) => q.answer)).not.toContain('1887');
		expect(best.filter((q) => q.type !== 'mcq').map((q) => q.answer)).not.toContain('Norway');
	});

	it('a question that leans on an earlier sentence: "also" in a question, "the claim" opening a prompt', () => {
		const leaning = ['Harbour Mills sold its mills to Nordwind Foods for £2.4bn on Monday.', 'Nordwind Foods will also open a bakery in Bergen, the firm said.', 'Rival Oskar Brun said Nordwind Foods broke a promise.', 'The claim was heard in a court in Oslo, where Brun lives.'].join('\n\n');
		const prompts = generateDeck(leaning, { id: 'leans', all: true }).questions.map((q) => q.prompt);
		expect(prompts).toEqual(expect.arrayContaining(['Who will also open a bakery in Bergen?', 'The claim was heard in a court in _____, where Brun lives.']));
		for (const q of generateDeck(leaning, { id: 'leans', density: 100 }).questions) {
			if (q.type === 'short-answer') expect(q.prompt).not.toMatch(/\balso\b/);
			expect(q.prompt).not.toMatch(/^The claim/);
		}
	});

	it("a gap on the title's own thing, named again", () => {
		for (const q of best) expect(q.answer, q.prompt).not.toMatch(/mills?$/i);
	});
});

describe('a deck is never empty while a correct question is left', () => {
	it('takes one question that is only weak by what surrounds it when nothing better is left', () => {
		const text = '# Farmers warn on mill plans\n\nFarmers could lose their land under plans to build new mills, a panel of experts has warned.\n\nThe panel made 48 recommendations after hearing from farmers and millers.';
		expect(generateDeck(text, { id: 'last-resort' }).questions.map((q) => q.answer)).toEqual(['48']);
		// Beside a better question, it stays out.
		const richer = text.replace('has warned.', 'has warned.\n\nPanel chair Ingrid Lund said 300 farms were at risk.');
		expect(generateDeck(richer, { id: 'last-resort', density: 100 }).questions.map((q) => q.answer)).not.toContain('48');
	});
});
