import { describe, expect, it } from 'vitest';
import { acceptedVariants } from './accept';
import { generateDeck } from './index';
import type { Entity, EntityKind } from './types';

/** Every typed question of a text, with what it accepts. */
function typed(text: string) {
	return generateDeck(text, { id: 'accept', all: true }).questions.flatMap((q) => (q.type === 'cloze' || q.type === 'short-answer' ? [{ answer: q.answer, accept: q.accept ?? [] }] : []));
}

describe('typed answers accept what a reader who knows the fact writes', () => {
	const questions = typed(
		[
			'The Nordic Shipping Authority (NSA) fined Baltic Ferries €4 million on 17 March 2023.',
			'Chief inspector Maria Solberg led the inquiry into the ferry fire in Tallinn.',
			'Solberg found that the crew of the Aurora had ignored 12 alarms over six hours.',
			'The fine was the largest the Nordic Shipping Authority has ever imposed on a ferry operator, said spokesman Peter Lund.'
		].join('\n\n')
	);
	const accepts = (answer: string) => questions.filter((q) => q.answer === answer).flatMap((q) => q.accept);

	it('a number in figures for a number in words', () => {
		const numbers = typed('The crew of the Aurora rescued eleven passengers in Riga in 2019.\n\nA second ship, the Polaris, rescued 9 sailors near Gdansk in 2021.');
		expect(numbers.find((q) => q.answer === 'eleven')?.accept).toContain('11');
	});
});

describe('acceptedVariants', () => {
	const article = 'Chief inspector Maria Solberg of the Nordic Shipping Authority (NSA) led the inquiry. Solberg found that the NSA had ignored 12 alarms.';
	const entity = (text: string, kind: EntityKind): Entity => {
		const start = article.lastIndexOf(text);
		return { kind, text, start, end: start + text.length, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false };
	};
	const entities = [entity('Maria Solberg', 'person'), entity('Solberg', 'person')];

	it('accepts the full name for a surname, and the surname for a full name', () => {
		expect(acceptedVariants(entities[1]!, { entities, article })).toContain('Maria Solberg');
		expect(acceptedVariants(entities[0]!, { entities, article })).toContain('Solberg');
	});

	it('accepts a date written the other way round', () => {
		expect(acceptedVariants({ ...entity('Solberg', 'date'), text: '17 March 2023' }, { entities, article })).toEqual(expect.arrayContaining(['March 17, 2023', 'March 17 2023']));
		expect(acceptedVariants({ ...entity('Solberg', 'date'), text: 'March 17, 2023' }, { entities, article })).toContain('17 March 2023');
	});

	it('accepts a date with its day as an ordinal ("March 2nd, 2023")', () => {
		expect(acceptedVariants({ ...entity('Solberg', 'date'), text: 'March 2, 2023' }, { entities, article })).toEqual(expect.arrayContaining(['March 2nd, 2023', '2nd March 2023']));
		expect(acceptedVariants({ ...entity('Solberg', 'date'), text: '11 March' }, { entities, article })).toContain('11th March');
	});

	it('accepts the other name the article gives in brackets, both ways round', () => {
		expect(acceptedVariants(entity('NSA', 'organisation'), { entities, article })).toContain('Nordic Shipping Authority');
		expect(acceptedVariants({ ...entity('Nordic Shipping Authority', 'organisation') }, { entities, article })).toContain('NSA');
	});
});

describe('other names in brackets', () => {
	it('are short forms of the name only, not whatever else brackets hold', () => {
		const article = 'Authors on the list include Ian McEwan (UK) and the Nordic Book Council (NBC) backs it.';
		const entity = (text: string): Entity => ({ kind: 'person', text, start: article.indexOf(text), end: article.indexOf(text) + text.length, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false });
		expect(acceptedVariants(entity('Ian McEwan'), { entities: [], article })).not.toContain('UK');
		expect(acceptedVariants({ ...entity('Nordic Book Council'), kind: 'organisation' }, { entities: [], article })).toContain('NBC');
	});
});

describe('other names the article itself uses, anywhere in it', () => {
	const article = [
		'Tomas Varga and Peter Lind could both return for the final.',
		'Varga said his knee was fine.',
		'The EU’s Fisheries & Ocean Council (FOC) has warned of falling stocks, and the OC itself agrees.',
		'Rates rose after the Baltic Central Reserve met; the Cen raised them again in June.',
		'Host Ana Kowal is 30, and AK says the show is hers.',
		'The problems of TB/Malaria were discussed.'
	].join(' ');
	const accepts = (text: string, kind: EntityKind) => acceptedVariants({ kind, text, start: 0, end: 0, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false }, { entities: [], article });

	it('a part of the name standing alone: a surname in a list slot, the name without its country', () => {
		expect(accepts('Tomas Varga', 'name')).toContain('Varga');
		// "Lind" is never written alone: only what the article uses (an organisation's last word is no surname).
		expect(accepts('Peter Lind', 'organisation')).not.toContain('Lind');
	});

	it('a surname the article writes after a courtesy title ("Mr Lind")', () => {
		expect(acceptedVariants({ kind: 'name', text: 'Jarek Lind', start: 0, end: 0, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false }, { entities: [], article: `${article} Mr Lind agreed.` })).toContain('Lind');
	});

	it('initials the article writes, and a clipped word after "the"', () => {
		expect(accepts('Ana Kowal', 'person')).toContain('AK');
		expect(accepts('Baltic Central Reserve', 'organisation')).toContain('Cen');
		expect(accepts('Fisheries & Ocean Council', 'organisation')).toEqual(expect.arrayContaining(['FOC', 'Fisheries and Ocean Council']));
		// Letters that are not its initials are another name's.
		expect(accepts('Fisheries & Ocean Council', 'organisation')).not.toContain('OC');
	});

	it('each part of a pair written with a slash', () => {
		expect(accepts('TB/Malaria', 'name')).toEqual(expect.arrayContaining(['TB', 'Malaria']));
	});
});

describe('numbers and names as a reader writes them', () => {
	const article = 'Conservative MP Tomas Varga said the canal took two years to build. By 1850 thirty thousand miles of track were laid. The star is 150,000,000,000 metres away and lit six million homes. The BBC Radio 4 show moved; Radio 4 said so.';
	const accepts = (text: string, kind: EntityKind) => acceptedVariants({ kind, text, start: 0, end: 0, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false }, { entities: [], article });

	it('figures for number words, with or without a scale or a unit, and a scale for a long figure', () => {
		expect(accepts('two years', 'duration')).toContain('2 years');
		expect(accepts('thirty thousand', 'quantity')).toEqual(expect.arrayContaining(['30,000', '30000']));
		expect(accepts('six million', 'quantity')).toEqual(expect.arrayContaining(['6 million', '6,000,000']));
		expect(accepts('150,000,000,000', 'quantity')).toEqual(expect.arrayContaining(['150000000000', '150 billion']));
	});

	it('a person without the title or party before the name, and the end of a name the article writes alone', () => {
		expect(accepts('Conservative MP Tomas Varga', 'person')).toEqual(expect.arrayContaining(['Tomas Varga', 'Varga']));
		expect(accepts('Liberal MP Ivo Brandt', 'name')).toContain('Ivo Brandt');
		expect(accepts('BBC Radio 4', 'organisation')).toContain('Radio 4');
	});

	it('a name without its generic head or its country, a surname for a name read as a person’s, a figure for an ordinal', () => {
		expect(accepts('Golden Bear Award', 'name')).toContain('Golden Bear');
		expect(accepts('US Federal Reserve', 'organisation')).toContain('Federal Reserve');
		expect(accepts('Sophie Dechy', 'name')).toContain('Dechy');
		// Not the end of a place or an organisation's name, which is no name of its own.
		expect(accepts('New York', 'name')).not.toContain('York');
		expect(accepts('Nordic Stock Exchange', 'organisation')).not.toContain('Nordic Stock');
		expect(accepts('sixth', 'ordinal')).toContain('6th');
	});

	it('not a generic head or a word the article also writes in lower case', () => {
		const text = 'The Nordic Film Festival opened in Oslo. Festival goers cheered. The World Fishing Union met. Fishing quotas fell, and fishing boats stayed in port.';
		const of = (name: string, kind: EntityKind) => acceptedVariants({ kind, text: name, start: 0, end: 0, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false }, { entities: [], article: text });
		expect(of('Nordic Film Festival', 'name')).not.toContain('Festival');
		expect(of('World Fishing Union', 'organisation')).not.toContain('Fishing Union');
		expect(of('World Fishing', 'organisation')).not.toContain('Fishing');
		expect(acceptedVariants({ kind: 'name', text: 'Native American', start: 0, end: 0, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false }, { entities: [], article: 'Native American schools doubled. The American economy shrank.' })).not.toContain('American');
	});
});

describe('typed answers accept other names of one thing, and no other thing', () => {
	const entity = (text: string, kind: EntityKind): Entity => ({ text, kind, start: 0, end: text.length, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false });
	const variants = (text: string, kind: EntityKind, article = '', entities: Entity[] = []) => acceptedVariants(entity(text, kind), { entities, article });

	it("an organisation's initials, whether or not the article uses them", () => {
		expect(variants('Pacific Grain Council', 'organisation')).toContain('PGC');
		expect(variants('Food & Fisheries Board', 'organisation')).toContain('FFB');
		expect(variants('Grainco', 'organisation')).toEqual([]);
	});

	it('the names a reader uses for one country', () => {
		expect(variants('UK', 'place')).toEqual(expect.arrayContaining(['Britain', 'United Kingdom']));
		expect(variants('United States', 'place')).toContain('US');
		expect(variants('Canada', 'place')).toEqual([]);
	});

	it('an amount in figures with a scale written short: "3.5bn" for "3.5 billion"', () => {
		expect(variants('3.5 billion', 'quantity')).toEqual(expect.arrayContaining(['3.5bn', '3,500,000,000']));
		expect(variants('12 million', 'quantity')).toEqual(expect.arrayContaining(['12m', '12,000,000']));
	});

	it('nothing of a name after "of": not the place a person is of, nor half of a title', () => {
		const article = 'Senator Ruth Hale of West Dakota spoke. West Dakota voted. The Charter of Freedoms passed. Freedoms grew.';
		const places = [entity('West Dakota', 'place')];
		expect(variants('Ruth Hale of West Dakota', 'person', article, places)).toEqual(expect.arrayContaining(['Hale', 'Ruth Hale']));
		expect(variants('Ruth Hale of West Dakota', 'person', article, places).filter((v) => /Dakota/.test(v))).toEqual([]);
		// A "person" with a small word inside that is no "of" a place is perhaps a title: no part of it alone.
		expect(variants('Maria Full of Grace', 'person', 'Maria Full of Grace won.', places)).toEqual([]);
		expect(variants('Bill of Rights', 'person', 'The Bill of Rights passed.', places)).toEqual([]);
		expect(variants('Charter of Freedoms', 'name', article)).not.toContain('Freedoms');
	});

	it('a surname alone accepts the full name only when one person of the article has it', () => {
		const people = [entity('Tomas Varga', 'person'), entity('Lena Varga', 'person'), entity('Ivo Brandt', 'person')];
		expect(variants('Varga', 'person', '', people)).not.toContain('Lena Varga');
		expect(variants('Varga', 'person', '', people)).not.toContain('Tomas Varga');
		expect(variants('Brandt', 'person', '', people)).toContain('Ivo Brandt');
	});
});


describe('shorter names', () => {
	const entity = (text: string, kind: EntityKind): Entity => ({ text, kind, start: 0, end: text.length, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false });

	it('the article’s own shorter name, of the same words in order ("Lyon Music Festival" and "Lyon Festival")', () => {
		const article = 'The film won at the Lyon Music Festival. It also showed at the Lyon Festival. Critics cheered. Lyon Music is a label.';
		expect(acceptedVariants(entity('Lyon Music Festival', 'name'), { entities: [], article })).toContain('Lyon Festival');
		expect(acceptedVariants(entity('Lyon Music Festival', 'name'), { entities: [], article })).not.toContain('Lyon Music');
	});

	it('a belief by the word that names it ("Buddhism" for "Tibetan Buddhism"), not any last word', () => {
		expect(acceptedVariants(entity('Tibetan Buddhism', 'name'), { entities: [], article: '' })).toContain('Buddhism');
		expect(acceptedVariants(entity('Baltic Ferries', 'name'), { entities: [], article: '' })).not.toContain('Ferries');
	});

	it('an event by the city that holds it ("Oslo" for "Oslo Film Festival")', () => {
		expect(acceptedVariants(entity('Oslo Film Festival', 'name'), { entities: [], article: '' })).toContain('Oslo');
		expect(acceptedVariants(entity('Harbour Film Festival', 'name'), { entities: [], article: '' })).not.toContain('Harbour');
	});

	it('the place a province is named after, and the fuller name the article gives a thing', () => {
		expect(acceptedVariants(entity('Province of Nordland', 'place'), { entities: [], article: '' })).toContain('Nordland');
		const article = 'Grainco sold the mill to Kornhus Trading Group. Kornhus then sold it on.';
		const group = { ...entity('Kornhus Trading Group', 'organisation'), start: 26, end: 47 };
		expect(acceptedVariants(entity('Kornhus', 'organisation'), { entities: [group], article })).toContain('Kornhus Trading Group');
		// Another thing of the same first word is no other name for it.
		const music = { ...entity('Kornhus Music', 'product'), kind: 'name' as const };
		expect(acceptedVariants(entity('Kornhus', 'organisation'), { entities: [music], article: 'Kornhus launched Kornhus Music.' })).not.toContain('Kornhus Music');
	});

	it('a city without "City"', () => {
		expect(acceptedVariants(entity('Mexico City', 'place'), { entities: [], article: '' })).not.toContain('Mexico');
		expect(acceptedVariants(entity('New York City', 'place'), { entities: [], article: '' })).toContain('New York');
	});
});

describe('numbers in scientific notation', () => {
	it('accepts a large number as a text on scientific notation writes it', () => {
		const entity: Entity = { text: '150,000,000,000', kind: 'quantity', start: 0, end: 15, sentence: 0, tokenStart: 0, tokenEnd: 1, quoted: false };
		expect(acceptedVariants(entity, { entities: [], article: '' })).toEqual(expect.arrayContaining(['1.5 × 10^11', '1.5x10^11', '1.5e11', '150 billion']));
		expect(acceptedVariants({ ...entity, text: '2,500' }, { entities: [], article: '' }).filter((v) => /10\^|e\d/.test(v))).toEqual([]);
	});
});
