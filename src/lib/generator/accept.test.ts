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
		// "Lind" is never written alone: only what the article uses.
		expect(accepts('Peter Lind', 'name')).not.toContain('Lind');
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
