import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import { htmlToText } from './html-text';
import { exportMoodleXml } from './moodle-xml';
import { HOSTILE, hostileDeck } from './testing';

const seed = DeckSchema.parse(JSON.parse(readFileSync('questions/decks/nvidia-huang-chinese-ai-models.json', 'utf8')));

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => ['question', 'answer', 'tag'].includes(name)
});

interface XmlText {
	text: string;
}
interface XmlQuestion {
	'@_type': string;
	name?: XmlText;
	questiontext?: XmlText;
	generalfeedback?: XmlText;
	graderinfo?: XmlText;
	category?: XmlText;
	answer?: (XmlText & { '@_fraction': string })[];
}

function questionsOf(xml: string): XmlQuestion[] {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml).quiz.question;
}

/** What Moodle would show of an HTML text: the HTML read back as text. */
const shown = (t: XmlText | undefined) => htmlToText(String(t?.text ?? ''));

function expectSameQuestions(deck: Deck) {
	const [category, ...questions] = questionsOf(exportMoodleXml(deck));
	expect(category?.['@_type']).toBe('category');
	expect(category?.category?.text).toBe(`$course$/top/${deck.title.replace(/\s+/g, ' ').trim().replace(/\//g, '//')}`);
	expect(questions).toHaveLength(deck.questions.length);
	deck.questions.forEach((q, i) => {
		const x = questions[i] ?? { '@_type': 'missing' };
		expect(shown(x.questiontext)).toBe(q.prompt);
		const answers = x.answer ?? [];
		switch (q.type) {
			case 'mcq':
				expect(x['@_type']).toBe('multichoice');
				expect(answers.map((a) => shown(a))).toEqual(q.options);
				expect(answers.map((a) => a['@_fraction'])).toEqual(q.options.map((o) => (o === q.answer ? '100' : '0')));
				expect(shown(x.generalfeedback)).toBe(q.source.sentence);
				break;
			case 'true-false':
				expect(x['@_type']).toBe('truefalse');
				expect(answers.find((a) => a['@_fraction'] === '100')?.text).toBe(q.answer);
				break;
			case 'cloze':
			case 'short-answer':
				expect(x['@_type']).toBe('shortanswer');
				expect(answers.map((a) => String(a.text).replace(/\\\*/g, '*'))).toEqual([q.answer, ...(q.accept ?? [])]);
				expect(answers.every((a) => a['@_fraction'] === '100')).toBe(true);
				expect(shown(x.generalfeedback)).toBe(q.source.sentence);
				break;
			case 'flashcard':
				expect(x['@_type']).toBe('essay');
				expect(shown(x.graderinfo)).toBe(q.answer);
				expect(shown(x.generalfeedback)).toBe(`${q.answer}\n\nSource: ${q.source.sentence}`);
				break;
		}
	});
}

describe('Moodle XML export', () => {
	it('is well-formed XML with a category first and one Moodle question per deck question', () => {
		const questions = questionsOf(exportMoodleXml(seed));
		const count = (type: string) => questions.filter((q) => q['@_type'] === type).length;
		const decks = (type: string) => seed.questions.filter((q) => q.type === type).length;
		expect(questions[0]?.['@_type']).toBe('category');
		expect(count('multichoice')).toBe(decks('mcq'));
		expect(count('shortanswer')).toBe(decks('cloze') + decks('short-answer'));
		expect(count('truefalse')).toBe(decks('true-false'));
		expect(count('essay')).toBe(decks('flashcard'));
		expect(questions).toHaveLength(seed.questions.length + 1);
	});

	it('keeps the texts of the seed deck, the sample deck and hostile text', () => {
		expectSameQuestions(seed);
		expectSameQuestions(sampleDeck());
		for (const text of HOSTILE) expectSameQuestions(hostileDeck(text));
	});

	it('stays well-formed and keeps any text (property)', () => {
		const unit = fc.constantFrom(...[...'ab <>&"\']]>{}\\\n\t*/;😀é'], '中', ']]>', '&amp;', '<![CDATA[');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => expectSameQuestions(hostileDeck(`a${text}z`))),
			{ numRuns: 200 }
		);
	});

	it('survives "]]>" and characters XML cannot hold', () => {
		const deck = hostileDeck('end ]]> of cdata \u0001 and \u000b');
		const xml = exportMoodleXml(deck);
		expect(XMLValidator.validate(xml)).toBe(true);
		const [, mcq] = questionsOf(xml);
		expect(shown(mcq?.questiontext)).toBe('Which end ]]> of cdata  and ?');
	});

	it('escapes markup so that Moodle shows it as text, and a star so it is no wildcard', () => {
		const xml = exportMoodleXml(hostileDeck('<b>x</b> *'));
		expect(xml).toContain('&lt;b&gt;x&lt;/b&gt;');
		expect(xml).not.toContain('<b>x</b>');
		expect(xml).toContain('<text>short &lt;b&gt;x&lt;/b&gt; \\*</text>');
	});

	it('writes tags', () => {
		expect(exportMoodleXml(hostileDeck('x'))).toContain('<tags><tag><text>hostile</text></tag></tags>');
	});
});
