import { describe, expect, it } from 'vitest';
import { parseDeck, questionId } from '$lib/deck';
import { sampleDeck } from '$lib/deck/testing';
import {
	assembleDeck,
	draftFromDeck,
	draftOf,
	emptyDraft,
	gapFill,
	ownDeckId,
	paragraphsOf,
	readDeckFile,
	sentencesIn,
	withQuestion,
	type DeckDraft
} from './index';

const handDraft = (): DeckDraft => ({ ...draftFromDeck(sampleDeck({ id: 'own-x', article: '', questions: [] })), generator: { name: 'factdeck-hand', version: '1' } });

describe('questions edited or written by hand', () => {
	it('keep their id when the answer stays, and get a new one when it changes', () => {
		const deck = sampleDeck();
		const mcq = deck.questions[0]!;
		const reworded = withQuestion(draftFromDeck(deck), { ...draftOf(mcq), prompt: 'How much will Alibaba invest?' }, 0);
		expect(reworded.result.ok && reworded.result.question.id).toBe(mcq.id);
		const answered = withQuestion(draftFromDeck(deck), { ...draftOf(mcq), answer: '$50 billion', options: ['$52 billion', '$50 billion', '$6 million'] }, 0);
		expect(answered.result.ok && answered.result.question.id).toBe(questionId(mcq.factId, 'mcq', '$50 billion'));
		expect(answered.draft.items[0]?.origin).toBe('edited');
	});

	it('are validated with the deck schema, one message per field in words a person reads', () => {
		const deck = sampleDeck();
		const draft = draftFromDeck(deck);
		const mcq = draftOf(deck.questions[0]!);
		expect(withQuestion(draft, { ...mcq, prompt: '  ' }, 0).result).toEqual({ ok: false, errors: ['Prompt: must not be blank.'] });
		expect(withQuestion(draft, { ...mcq, options: ['$52 billion', '$6 million'] }, 0).result).toEqual({ ok: false, errors: ['Options: needs at least 3 options.'] });
		expect(withQuestion(draft, { ...mcq, options: ['$1', '$2', '$3'] }, 0).result).toEqual({
			ok: false,
			errors: ['Options: the answer must be one of the options (add it as a line of its own).']
		});
		expect(withQuestion(draft, { ...mcq, options: ['$52 billion', '$52 Billion', '$3'] }, 0).result).toEqual({
			ok: false,
			errors: ['Options: options must be distinct.', 'Options: the answer must be among the options exactly once (found 2 times).']
		});
		const cloze = draftOf(deck.questions[1]!);
		expect(withQuestion(draft, { ...cloze, prompt: 'Alibaba vowed to invest over three years.' }, 1).result).toEqual({
			ok: false,
			errors: ['Prompt: a cloze prompt needs a gap: three or more underscores.']
		});
		// An edit that makes it the same question as another is refused.
		expect(withQuestion(draft, { ...cloze, factId: mcq.factId, answer: '$52 billion', type: 'mcq', options: mcq.options }, 1).result).toEqual({
			ok: false,
			errors: ['This is the same question as number 1 (same type and answer for the same fact).']
		});
	});

	it('without a sentence of the article add a line that states them, which becomes their source', () => {
		let draft = handDraft();
		const card = withQuestion(draft, { ...emptyDraft('flashcard'), prompt: 'Mitochondria', answer: 'the powerhouse of the cell' });
		expect(card.result.ok).toBe(true);
		draft = card.draft;
		const tf = withQuestion(draft, { ...emptyDraft('true-false'), prompt: 'The Moon is a planet.', answer: 'false' });
		draft = tf.draft;
		const gap = gapFill({ start: 0, end: 31, sentence: 'Water boils at 100 °C at sea level.' }, 15, 21);
		expect(gap).toMatchObject({ prompt: 'Water boils at _____ at sea level.', answer: '100 °C' });
		draft = withQuestion(draft, { ...gap, source: null }).draft;
		const mcq = withQuestion(draft, { ...emptyDraft('mcq'), prompt: 'Largest planet?', answer: 'Jupiter', options: ['Mars', 'Jupiter', 'Venus'] });
		draft = mcq.draft;
		expect(draft.article).toBe('Mitochondria: the powerhouse of the cell\n\nThe Moon is a planet. (false)\n\nWater boils at 100 °C at sea level.\n\nLargest planet? Jupiter');
		const result = assembleDeck({ ...draft, title: 'Biology notes' });
		expect(result.ok).toBe(true);
		expect(result.ok && parseDeck(result.deck).ok).toBe(true);
		expect(result.ok && result.deck.questions.map((q) => q.source.sentence)).toEqual([
			'Mitochondria: the powerhouse of the cell',
			'The Moon is a planet. (false)',
			'Water boils at 100 °C at sea level.',
			'Largest planet? Jupiter'
		]);
		expect(withQuestion(draft, emptyDraft('flashcard')).result).toMatchObject({ ok: false, errors: ['Prompt: must not be blank.', 'Answer: must not be blank.'] });
	});
});

describe('a deck draft', () => {
	it('saves kept questions only, with a title and valid source fields', () => {
		const draft = draftFromDeck(sampleDeck());
		draft.items[0]!.dropped = true;
		const result = assembleDeck({ ...draft, source: { ...draft.source, publisher: '  Wire  ' } });
		expect(result.ok && result.deck.questions).toHaveLength(sampleDeck().questions.length - 1);
		expect(result.ok && result.deck.source).toEqual({ title: 'A sample deck', publisher: 'Wire', published: '2025-07' });
		expect(assembleDeck({ ...draft, title: ' ', source: { ...draft.source, url: 'not a url', published: 'May' } })).toEqual({
			ok: false,
			errors: ['Title: give the deck a title.', 'Url: must be a web address starting with http:// or https://', 'Published: must be a date: YYYY, YYYY-MM or YYYY-MM-DD']
		});
		expect(assembleDeck({ ...draft, items: draft.items.map((i) => ({ ...i, dropped: true })) })).toEqual({
			ok: false,
			errors: ['The deck has no questions: keep or write at least one.']
		});
	});

	it('gets an id of its own that no served or saved deck has', () => {
		expect(ownDeckId('Café notes!', new Set())).toBe('own-cafe-notes');
		expect(ownDeckId('Café notes!', new Set(['own-cafe-notes', 'own-cafe-notes-2']))).toBe('own-cafe-notes-3');
	});
});

describe('a deck file', () => {
	it('is read after validation, renamed when its id is taken, refused with reasons when invalid', () => {
		const text = JSON.stringify(sampleDeck());
		expect(readDeckFile(text, new Set())).toMatchObject({ ok: true, renamed: null, deck: { id: 'sample' } });
		expect(readDeckFile(text, new Set(['sample']))).toMatchObject({ ok: true, renamed: 'own-a-sample-deck', deck: { id: 'own-a-sample-deck' } });
		expect(readDeckFile('{', new Set())).toMatchObject({ ok: false, errors: [expect.stringMatching(/^This file is not JSON/)] });
		const bad = sampleDeck();
		bad.questions[2] = { ...bad.questions[2]!, answer: 'maybe' } as never;
		expect(readDeckFile(JSON.stringify(bad), new Set())).toMatchObject({ ok: false, errors: [expect.stringMatching(/^question 3 \(q-[0-9a-f]+\): answer: /)] });
	});
});

describe('sentences to choose from', () => {
	it('are found per paragraph, with offsets into the whole article', () => {
		const article = 'Title line\n\nFirst one here. Second one, Mr. Smith said.\nLast.';
		const paragraphs = paragraphsOf(article);
		expect(paragraphs.map((p) => article.slice(p.start, p.end))).toEqual(['Title line', 'First one here. Second one, Mr. Smith said.', 'Last.']);
		const sentences = sentencesIn(article, paragraphs[1]!.start, paragraphs[1]!.end);
		for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.sentence);
		expect(sentences[0]?.sentence).toBe('First one here.');
	});
});

describe('a generated deck under review', () => {
	it('offers further questions left out, below its best, never a true/false statement; kept only when kept', () => {
		const [mcq, cloze, statement, typed, card] = sampleDeck().questions;
		const deck = sampleDeck({ questions: [mcq!], more: [statement!, cloze!, typed!, card!] });
		const draft = draftFromDeck(deck, 'generated', 2);
		expect(draft.items.map((i) => [i.question.id, i.dropped, i.further ?? false])).toEqual([
			[mcq!.id, false, false],
			[cloze!.id, true, true],
			[typed!.id, true, true]
		]);
		const saved = assembleDeck({ ...draft, title: 'Mine' });
		expect(saved.ok && saved.deck.questions.map((q) => q.id)).toEqual([mcq!.id]);
		const kept = { ...draft, title: 'Mine', items: draft.items.map((item, i) => (i === 2 ? { ...item, dropped: false } : item)) };
		const withFurther = assembleDeck(kept);
		expect(withFurther.ok && withFurther.deck.questions.map((q) => q.id)).toEqual([mcq!.id, typed!.id]);
		// A stored deck is edited as it is: nothing further is offered.
		expect(draftFromDeck(deck).items).toHaveLength(1);
	});
});
