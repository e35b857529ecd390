import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../deck/blocks';
import { FILTERS, hasDanglingPronoun, nearDuplicate, rejection, similarWords, type Draft, type FilterContext } from './filters';
import { splitFrontMatter } from './front-matter';
import { analyzeArticle } from './index';
import { readSentences } from './nlp';
import { makeAlsoTrue } from './also-true';

const SENTENCE = 'Alibaba vowed to invest $52 billion in AI over three years.';
const RIVAL = 'Tencent vowed to invest $52 billion in AI over three years.';

/** Real sentences, read the way the generator reads them. */
function sentencesOf(text: string) {
	return readSentences(splitBlocks(text));
}

/** The article behind `alsoTrue`: Tencent made the same vow, so "Tencent" is also right. */
const ARTICLE = `${SENTENCE} ${RIVAL}\n\nIn November 2023, Alibaba scrapped the IPO of its cloud unit.`;
const context: FilterContext = { alsoTrue: makeAlsoTrue(sentencesOf(ARTICLE)) };
const nothingElseTrue: FilterContext = { alsoTrue: () => false };

function source(sentence: string) {
	const start = ARTICLE.indexOf(sentence);
	return { sentence, start, end: start + sentence.length };
}

/** A draft that every filter passes; each case below spoils one thing about it. */
function draft(overrides: Partial<Draft> = {}): Draft {
	return {
		type: 'mcq',
		prompt: 'Alibaba vowed to invest _____ in AI over three years.',
		answer: '$52 billion',
		options: ['$6 million', '$52 billion', '$8 million', '$25 million'],
		source: source(SENTENCE),
		inParagraph: true,
		...overrides
	};
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** For each filter, by name: a draft it rejects (with the reason it must give) and one it passes. */
const CASES: Record<string, { bad: Draft[]; reason: RegExp; good: Draft[] }> = {
	'answer in the source sentence': {
		bad: [draft({ answer: '$60 billion', options: ['$60 billion', '$6 million', '$25 billion'] }), draft({ type: 'cloze', options: undefined, answer: 'Tencent' })],
		reason: /not in its source sentence/,
		good: [draft(), draft({ type: 'cloze', options: undefined, answer: '$52 Billion.' }), draft({ type: 'true-false', prompt: SENTENCE, answer: 'true', options: undefined })]
	},
	'stem shows no part of the answer': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'With Foreign Secretary _____ he drew up the Carrow-Lindqvist Accord.', answer: 'Erik Lindqvist' }),
			draft({ type: 'mcq', prompt: 'So _____ becomes 5.21 × 10−4.', answer: '0.000521', options: ['0.000521', '0.36', '9.2', '1.7'] }),
			draft({ type: 'cloze', options: undefined, prompt: 'A figure like _____ becomes 2.406518 times a million.', answer: '2,406,518' }),
			draft({ type: 'mcq', prompt: 'A light-day is the distance light travels in _____.', answer: 'one day', options: ['one day', 'two days', 'three days'] })
		],
		reason: /shows/,
		good: [draft(), draft({ type: 'cloze', options: undefined, prompt: 'Sales rose from $1.2bn to _____ in 2024.', answer: '$3.4bn' })]
	},
	'stem shows no other name of the answer': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'Bosses of Nordbank and the _____ met before NSE shareholders voted.', answer: 'Nordic Stock Exchange', accept: ['NSE'] })
		],
		reason: /accepted/,
		good: [draft({ type: 'cloze', options: undefined, prompt: 'Bosses of Nordbank and the _____ met before the vote.', answer: 'Nordic Stock Exchange', accept: ['NSE'] })]
	},
	'stem does not give the answer away': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'Alibaba vowed to invest $52 billion, or _____, in AI over three years.' }),
			draft({ type: 'short-answer', options: undefined, prompt: 'How much is $52 Billion?' }),
			draft({ type: 'flashcard', options: undefined, prompt: 'Alibaba', answer: 'alibaba.' })
		],
		reason: /contains the answer|repeats the front/,
		good: [draft(), draft({ type: 'cloze', options: undefined }), draft({ type: 'flashcard', options: undefined, prompt: 'Alibaba', answer: 'Chinese tech giant' })]
	},
	'options distinct': {
		bad: [
			draft({ answer: '$6 million', options: ['$6 million', '$6 Million.', '$52 billion', '$50 billion'] }),
			draft({ options: ['$52 billion', '$6 million'] }),
			draft({ options: ['$6 million', '$25 billion', '$50 billion'] })
		],
		reason: /the same|fewer than three|not among the options exactly once/,
		good: [draft(), draft({ type: 'cloze', options: undefined })]
	},
	'no wrong option is also true': {
		bad: [draft({ prompt: '_____ vowed to invest $52 billion in AI over three years.', answer: 'Alibaba', options: ['Alibaba', 'Tencent', 'Huawei', 'Baidu'] })],
		reason: /also supports "Tencent"/,
		good: [draft({ prompt: '_____ vowed to invest $52 billion in AI over three years.', answer: 'Alibaba', options: ['Alibaba', 'Apple', 'Huawei', 'Baidu'] })]
	},
	'no hedge in an answer or option': {
		bad: [
			draft({ answer: 'nearly $50 billion', options: ['nearly $50 billion', '$6 million', '$25 billion'] }),
			draft({ options: ['$52 billion', 'about $6 million', '$25 billion'] }),
			draft({ options: ['$52 billion', 'More than $6 million', '$25 billion'] })
		],
		reason: /starts with a hedge/,
		good: [draft(), draft({ prompt: 'Alibaba vowed to invest nearly _____ in AI.', answer: '$50 billion', options: ['$50 billion', '$6 million', '$25 billion'] })]
	},
	'a/an agrees': {
		bad: [
			draft({ prompt: 'Alibaba vowed an _____ investment.', answer: '$6 million', options: ['$6 million', '18%', '$8 million'] }),
			draft({ prompt: 'Revenue grew by a _____ rise.', answer: '18%', options: ['18%', '$6 million', '$8 million'] }),
			draft({ prompt: 'Revenue grew by an _____ rise.', answer: '18%', options: ['18%', '11%', '25%'] })
		],
		reason: /"an?" before/,
		good: [
			draft({ prompt: 'Revenue grew by an _____ rise.', answer: '18%', options: ['18%', '11%', '80%'] }),
			draft({ prompt: 'Alibaba vowed a _____ investment.', answer: '$6 million', options: ['$6 million', '$52 billion', '$25 billion'] }),
			draft({ prompt: 'It was a _____ deal.', answer: 'French', options: ['French', 'European', 'one-year'] })
		]
	},
	'no unresolved pronoun': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'It scrapped the IPO in _____.', answer: 'November 2023', source: source('In November 2023, Alibaba scrapped the IPO of its cloud unit.') }),
			draft({ unresolved: true }),
			draft({ prompt: 'They vowed to invest _____ in AI over three years.' }),
			draft({ type: 'flashcard', options: undefined, prompt: 'the best model', answer: 'sold by its makers' })
		],
		reason: /pronoun/,
		good: [
			draft({ type: 'cloze', options: undefined, prompt: 'Alibaba scrapped the IPO of its cloud unit in _____.', answer: 'November 2023', source: source('In November 2023, Alibaba scrapped the IPO of its cloud unit.') }),
			draft({ unresolved: false }),
			draft({ type: 'flashcard', options: undefined, prompt: 'Qwen', answer: 'Alibaba’s best model' })
		]
	},
	'does not start mid-quote': {
		bad: [
			draft({ prompt: '” Alibaba vowed to invest _____ in AI.' }),
			draft({ prompt: 'vowed to invest _____ in AI over three years, Alibaba said.' }),
			draft({ source: { ...source(SENTENCE), sentence: `” ${SENTENCE}` } })
		],
		reason: /inside a quotation/,
		good: [draft(), draft({ prompt: '“Alibaba vowed to invest _____ in AI,” said Huang.' })]
	},
	'not from boilerplate or a heading': {
		bad: [draft({ inParagraph: false })],
		reason: /heading or boilerplate/,
		good: [draft({ inParagraph: true })]
	},
	'cloze has one gap': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: '_____ vowed to invest _____ in AI over three years.' }),
			draft({ type: 'cloze', options: undefined, prompt: 'Alibaba vowed to invest __ in AI over three years.' })
		],
		reason: /exactly one gap/,
		good: [draft({ type: 'cloze', options: undefined }), draft({ prompt: '_____ vowed to invest _____ in AI.' })]
	},
	'no gap beside a bracket': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'Shops sold phones and _____ (pocket digital devices) in 2001.', answer: 'PDDs' }),
			draft({ type: 'cloze', options: undefined, prompt: 'The probe passed Mars (2003), Ceres (_____) and Vesta (2011).', answer: '2007' }),
			draft({ prompt: 'Alibaba vowed to invest _____(£40 billion) in AI.' })
		],
		reason: /bracket beside the gap/,
		good: [draft(), draft({ type: 'cloze', options: undefined, prompt: 'The probe passed _____ in 2007 (after Mars).', answer: 'Ceres' })]
	},
	'no example number': {
		bad: [
			draft({ type: 'cloze', options: undefined, prompt: 'Take a number like _____, which is not in standard form.', answer: '0.0042' }),
			draft({ prompt: 'Prices such as _____ were common.', answer: '$52 billion' })
		],
		reason: /an example/,
		good: [draft(), draft({ type: 'cloze', options: undefined, prompt: 'Prices like these rose to _____ in 2024.', answer: '$3.4bn' })]
	},
	'no number of a stock phrase': {
		bad: [
			draft({ prompt: 'The club reached the last _____ of the cup.', answer: '16', options: ['16', '8', '32', '4'] }),
			draft({ type: 'cloze', options: undefined, prompt: 'Her song entered the _____ in May.', answer: 'Top 40' })
		],
		reason: /stock phrase/,
		good: [draft(), draft({ type: 'cloze', options: undefined, prompt: 'The last _____ tickets sold in an hour.', answer: '500 tickets' }), draft({ prompt: 'The firm cut _____ top jobs.', answer: '16', options: ['16', '8', '32', '4'] })]
	},
	'readable length': {
		bad: [
			draft({ prompt: `${words(61)} _____.` }),
			draft({ type: 'cloze', options: undefined, answer: 'one two three four five six seven eight nine' }),
			draft({ type: 'short-answer', options: undefined, prompt: 'How much did Alibaba vow to invest _____?' })
		],
		reason: /words long|too long|a gap in a question/,
		good: [draft({ prompt: `${words(59)} _____.` }), draft({ type: 'short-answer', options: undefined, prompt: 'How much did Alibaba vow to invest in AI?' })]
	}
};

describe('FILTERS', () => {
	it('has a case below for every filter, and no case for a filter that is gone', () => {
		expect(Object.keys(CASES).sort()).toEqual(FILTERS.map((f) => f.name).sort());
	});

	it('passes the base draft through every filter', () => {
		expect(rejection(draft(), context)).toBeUndefined();
	});

	describe.each(FILTERS.map((filter) => [filter.name, filter] as const))('%s', (name, filter) => {
		const cases = CASES[name];
		it.skipIf(!cases)('rejects the bad drafts with its own reason', () => {
			for (const bad of cases!.bad) {
				const reason = filter.check(bad, context);
				expect(reason, JSON.stringify(bad)).toMatch(cases!.reason);
				expect(rejection(bad, context)).toBeDefined();
			}
		});
		it.skipIf(!cases)('passes the good drafts', () => {
			for (const good of cases!.good) expect(filter.check(good, context), JSON.stringify(good)).toBeUndefined();
		});
	});
});

describe('makeAlsoTrue', () => {
	it('supports an option another sentence states with the same words, and nothing else', () => {
		const probe = draft({ prompt: '_____ vowed to invest $52 billion in AI over three years.', answer: 'Alibaba' });
		expect(context.alsoTrue(probe, 'Tencent')).toBe(true);
		expect(context.alsoTrue(probe, 'Huawei')).toBe(false);
		expect(nothingElseTrue.alsoTrue(probe, 'Tencent')).toBe(false);
	});

	it('supports an option named in the source sentence itself (a list)', () => {
		const list = 'Models like DeepSeek, Alibaba and Tencent are world class.';
		const alsoTrue = makeAlsoTrue(sentencesOf(list));
		const probe = draft({ prompt: 'Models like _____ are world class.', answer: 'DeepSeek', source: { sentence: list, start: 0, end: list.length } });
		expect(alsoTrue(probe, 'Tencent')).toBe(true);
		expect(alsoTrue(probe, 'Baidu')).toBe(false);
	});
});

describe('hasDanglingPronoun', () => {
	it('finds a pronoun with nothing before it to stand for', () => {
		expect(hasDanglingPronoun('It scrapped the IPO in _____.')).toBe(true);
		expect(hasDanglingPronoun('In _____, it scrapped the IPO.')).toBe(true);
		expect(hasDanglingPronoun('When did they scrap the IPO?')).toBe(true);
	});

	it('accepts a pronoun after a name, a relative word or a referent noun', () => {
		expect(hasDanglingPronoun('Alibaba said it scrapped the IPO in _____.')).toBe(false);
		expect(hasDanglingPronoun('Which company said it scrapped the IPO?')).toBe(false);
		expect(hasDanglingPronoun('The company said it scrapped the IPO in _____.')).toBe(false);
		expect(hasDanglingPronoun('Alibaba scrapped the IPO in _____.')).toBe(false);
	});
});

describe('nearDuplicate', () => {
	const base = ['in', 'march', 'the', 'chinese', 'company', 'alibaba', 'debuted', 'its', 'new', 'model', 'called', 'qwen', 'which', 'quickly', 'topped', 'several', 'popular', 'leaderboards', 'for', 'developers'];

	it('calls two prompts of twenty words that differ in one word the same question', () => {
		expect(new Set(base).size).toBe(20);
		const other = base.map((w, i) => (i === 11 ? 'kimi' : w));
		expect(nearDuplicate(base.join(' '), other.join(' '))).toBe(true);
		expect(nearDuplicate(`${base.join(' ')}.`, `${base.join(' ').toUpperCase()}!`)).toBe(true);
	});

	it('keeps prompts that differ in one word of ten, or in two of twenty, apart', () => {
		const ten = base.slice(0, 10);
		expect(nearDuplicate(ten.join(' '), ten.map((w, i) => (i === 5 ? 'tencent' : w)).join(' '))).toBe(false);
		expect(nearDuplicate(base.join(' '), base.map((w, i) => (i === 5 ? 'tencent' : i === 11 ? 'kimi' : w)).join(' '))).toBe(false);
		expect(nearDuplicate('', base.join(' '))).toBe(false);
	});

	it('calls word sets similar exactly when they share more than 90% of their words (the size shortcut agrees)', () => {
		// Pairs near the threshold: the second set is the first with a few words dropped and a few added.
		const pairs = fc
			.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }), fc.nat(3), fc.uniqueArray(fc.integer({ min: 41, max: 45 }), { maxLength: 3 }))
			.map(([ns, dropped, added]) => [new Set(ns.map(String)), new Set([...ns.slice(dropped), ...added].map(String))] as const);
		fc.assert(
			fc.property(pairs, ([x, y]) => {
				const shared = [...x].filter((w) => y.has(w)).length;
				const union = new Set([...x, ...y]).size;
				expect(similarWords(x, y)).toBe(union > 0 && shared > 0 && shared / union > 0.9);
			}),
			{ numRuns: 3000 }
		);
	});

	it('counts the gap as a word: a cloze and its statement are not duplicates of a different gap', () => {
		expect(nearDuplicate('Alibaba vowed to invest _____ in AI.', 'Alibaba vowed to invest _____ in AI.')).toBe(true);
		expect(nearDuplicate('_____ vowed to invest $52 billion in AI.', 'Alibaba vowed to invest _____ in AI.')).toBe(false);
	});
});

describe('every generated question passes every filter', () => {
	const dir = join(import.meta.dirname, '../../../questions/articles');
	const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

	it.each(files)('%s', (file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const { deck } = analyzeArticle(text, { id: 'test', all: true });
		expect(deck.questions.length).toBeGreaterThan(0);
		// The generator's own context: alsoTrue over the sentences of the body, as buildQuestions makes it.
		const alsoTrue = makeAlsoTrue(sentencesOf(splitFrontMatter(text).body));
		const failures: string[] = [];
		for (const q of deck.questions) {
			const rebuilt: Draft = {
				type: q.type,
				prompt: q.prompt,
				answer: q.answer,
				...(q.type === 'mcq' ? { options: q.options } : {}),
				...((q.type === 'cloze' || q.type === 'short-answer') && q.accept ? { accept: q.accept } : {}),
				source: q.source,
				inParagraph: true
			};
			for (const filter of FILTERS) {
				const reason = filter.check(rebuilt, { alsoTrue });
				if (reason) failures.push(`${q.id} [${q.type}] "${q.prompt}" → ${q.answer}: ${filter.name}: ${reason}`);
			}
		}
		expect(failures).toEqual([]);
	}, 60_000);
});

// Regressions: bugs found while these tests were written.
describe('fixed bugs', () => {
	it('makeAlsoTrue: "$25 billion" is not supported by a sentence that says "$52 billion"', () => {
		// The rule for surnames ("Xi Jinping" against "Jinping") once matched the last word "billion".
		expect(context.alsoTrue(draft(), '$25 billion')).toBe(false);
		expect(FILTERS.find((f) => f.name === 'no wrong option is also true')!.check(draft({ options: ['$6 million', '$52 billion', '$25 billion', '$50 billion'] }), context)).toBeUndefined();
	});

	it('a/an agrees: "an US deal" is wrong, and "a US deal", right but read as wrong by whoever goes by the letter, is not asked either', () => {
		const filter = FILTERS.find((f) => f.name === 'a/an agrees')!;
		expect(filter.check(draft({ prompt: 'It was an _____ deal.', answer: 'US', options: ['US', 'EU', 'UK'] }), context)).toBeDefined();
		expect(filter.check(draft({ prompt: 'It was a _____ deal.', answer: 'US', options: ['US', 'European', 'one-year'] }), context)).toBeDefined();
		expect(filter.check(draft({ prompt: 'It was a _____ deal.', answer: 'French', options: ['French', 'European', 'one-year'] }), context)).toBeUndefined();
	});
});
