// Test helper: small, valid decks to start from. Not imported by app code.
import { factId, questionId } from './ids';
import type { Deck, Question } from './schema';

export const SAMPLE_ARTICLE = [
	'## Markets',
	'',
	'Alibaba vowed to invest $52 billion over three years. In March, Alibaba debuted Qwen2.5-Omni-7B.',
	'',
	'Nvidia CFO Colette Kress spoke in May.'
].join('\n');

function source(sentence: string) {
	const start = SAMPLE_ARTICLE.indexOf(sentence);
	if (start < 0) throw new Error(`not in the sample article: ${sentence}`);
	return { sentence, start, end: start + sentence.length };
}

const INVEST = 'Alibaba vowed to invest $52 billion over three years.';
const DEBUT = 'In March, Alibaba debuted Qwen2.5-Omni-7B.';
const KRESS = 'Nvidia CFO Colette Kress spoke in May.';

function question<Q extends Omit<Question, 'id' | 'factId' | 'source' | 'tags'>>(fact: string, sentence: string, q: Q) {
	const fid = factId(fact);
	return { id: questionId(fid, q.type, q.answer), factId: fid, source: source(sentence), tags: [], ...q } as Question;
}

export function sampleQuestions(): Question[] {
	return [
		question('Alibaba will invest $52 billion', INVEST, {
			type: 'mcq',
			prompt: 'How much did Alibaba vow to invest in AI and cloud over three years?',
			answer: '$52 billion',
			options: ['$52 billion', '$6 million', '$50 billion', '$25 billion']
		}),
		question('Alibaba will invest $52 billion', INVEST, {
			type: 'cloze',
			prompt: 'Alibaba vowed to invest _____ over three years.',
			answer: '$52 billion',
			accept: ['52 billion dollars']
		}),
		question('Qwen2.5-Omni-7B debuted in March', DEBUT, {
			type: 'true-false',
			prompt: 'Alibaba debuted Qwen2.5-Omni-7B in April.',
			answer: 'false'
		}),
		question('Colette Kress is Nvidia CFO', KRESS, {
			type: 'short-answer',
			prompt: "Who is Nvidia's CFO?",
			answer: 'Colette Kress',
			accept: ['Kress']
		}),
		question('Colette Kress is Nvidia CFO', KRESS, {
			type: 'flashcard',
			prompt: 'Colette Kress',
			answer: 'CFO of Nvidia'
		})
	];
}

export function sampleDeck(overrides: Partial<Deck> = {}): Deck {
	return {
		schemaVersion: 1,
		id: 'sample',
		title: 'A sample deck',
		source: { title: 'A sample article', published: '2025-07' },
		generator: { name: 'test', version: '0' },
		article: SAMPLE_ARTICLE,
		questions: sampleQuestions(),
		more: [],
		...overrides
	};
}
