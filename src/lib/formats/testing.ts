// Test helpers for the format modules: a deck of awkward text, and a deck question in the terms of an
// imported one, to compare a round trip. Not imported by app code.
import { factId, questionId } from '$lib/deck/ids';
import type { Deck, Question } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import type { ImportedQuestion } from './types';

/** What a round trip must keep of a question. */
export type Kept = Pick<ImportedQuestion, 'type' | 'prompt' | 'answer' | 'options' | 'accept' | 'sentence'>;

export function kept(q: Question): Kept {
	return {
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		options: q.type === 'mcq' ? q.options : [],
		accept: q.type === 'cloze' || q.type === 'short-answer' ? (q.accept ?? []) : [],
		sentence: q.source.sentence
	};
}

export function keptOfImport(q: ImportedQuestion): Kept {
	const { type, prompt, answer, options, accept, sentence } = q;
	return { type, prompt, answer, options, accept, sentence };
}

/** Text that every format has to escape somewhere. */
export const HOSTILE = [
	'{braces} and a colon: here',
	'tilde ~ equals = hash # // not a comment',
	'back\\slash \\n and \\: escapes',
	'tab\there, "double" and \'single\' quotes',
	'a new\nline and\n\ntwo',
	'<b>x</b> &amp; &lt;i&gt; <img src=x>',
	'emoji 🧪🇫🇷 and é, ß, 中文',
	'pipe | semi; comma, and a star *'
];

/** A question without what the deck gives it (distributed over the types, so each keeps its fields). */
type QuestionBody<Q = Question> = Q extends Question ? Omit<Q, 'id' | 'factId' | 'source' | 'tags'> : never;

/** One question of each type, every text field holding `text`; the sentence is the article. */
export function hostileDeck(text: string, title = `Deck: {${text}}`): Deck {
	const sentence = `Sentence ${text} end.`;
	const source = { sentence, start: 0, end: sentence.length };
	const fid = factId(text);
	const make = (q: QuestionBody): Question =>
		({ id: questionId(fid, q.type, q.answer), factId: fid, source, tags: ['hostile'], ...q }) as Question;
	const questions: Question[] = [
		make({ type: 'mcq', prompt: `Which ${text}?`, answer: `right ${text}`, options: [`wrong ${text}`, `right ${text}`, `other ${text}`] }),
		make({ type: 'cloze', prompt: `Gap ${text} _____ after ${text}.`, answer: `gap ${text}`, accept: [`alt ${text}`] }),
		make({ type: 'true-false', prompt: `True ${text}?`, answer: 'false' }),
		make({ type: 'short-answer', prompt: `Short ${text}?`, answer: `short ${text}`, accept: [`also ${text}`, 'x'] }),
		make({ type: 'flashcard', prompt: `Front ${text}`, answer: `Back ${text}` })
	];
	return sampleDeck({ id: 'hostile', title, article: sentence, questions });
}
