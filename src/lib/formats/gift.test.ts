import fc from 'fast-check';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Deck, type Question } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import { exportGift, importGift } from './gift';
import { HOSTILE, hostileDeck, kept, keptOfImport } from './testing';

const seed = DeckSchema.parse(JSON.parse(readFileSync('questions/decks/nvidia-huang-chinese-ai-models.json', 'utf8')));

function roundTrip(deck: Deck) {
	const result = importGift(exportGift(deck));
	expect(result.problems).toEqual([]);
	expect(result.title).toBe(deck.title.replace(/\s+/g, ' ').trim());
	expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept));
}

/** What gift-pegjs, a parser written by others, makes of one of our questions. */
function oracleView(q: GIFTQuestion) {
	switch (q.type) {
		case 'MC':
			return { type: 'MC', stem: q.stem.text, right: q.choices.filter((c) => c.isCorrect).map((c) => c.text.text), options: q.choices.map((c) => c.text.text), feedback: q.globalFeedback?.text };
		case 'Short':
			return { type: 'Short', stem: q.stem.text, right: q.choices.map((c) => c.text.text), feedback: q.globalFeedback?.text };
		case 'TF':
			return { type: 'TF', stem: q.stem.text, right: [String(q.isTrue)], feedback: q.globalFeedback?.text };
		case 'Essay':
			return { type: 'Essay', stem: q.stem.text, feedback: q.globalFeedback?.text };
		default:
			return { type: q.type };
	}
}

function expectedView(q: Question) {
	const stem = q.prompt;
	const feedback = q.source.sentence;
	const star = (a: string) => a.replace(/\*/g, '\\*');
	switch (q.type) {
		case 'mcq':
			return { type: 'MC', stem, right: [q.answer], options: q.options, feedback };
		case 'cloze':
		case 'short-answer':
			return { type: 'Short', stem, right: [q.answer, ...(q.accept ?? [])].map(star), feedback };
		case 'true-false':
			return { type: 'TF', stem, right: [q.answer], feedback };
		case 'flashcard':
			return { type: 'Essay', stem, feedback: `${q.answer}\n\nSource: ${feedback}` };
	}
}

describe('GIFT export', () => {
	it('writes a category, titles, and each type in its GIFT form', () => {
		const gift = exportGift(sampleDeck());
		expect(gift).toContain('$CATEGORY: A sample deck\n');
		expect(gift).toContain('::Q01 mcq::How much did Alibaba vow to invest in AI and cloud over three years? {=$52 billion ~$6 million ~$50 billion ~$25 billion####Alibaba vowed to invest $52 billion over three years.}');
		expect(gift).toContain('::Q02 cloze::Alibaba vowed to invest _____ over three years. {=$52 billion =52 billion dollars####');
		expect(gift).toContain('::Q03 true-false::Alibaba debuted Qwen2.5-Omni-7B in April. {F####');
		expect(gift).toContain("::Q04 short-answer::Who is Nvidia's CFO? {=Colette Kress =Kress####");
		expect(gift).toContain('::Q05 flashcard::Colette Kress {####CFO of Nvidia\\n\\nSource\\: Nvidia CFO Colette Kress spoke in May.}');
	});

	it('escapes every special character and puts each question on one line', () => {
		const gift = exportGift(hostileDeck('a {b} c:d ~e =f #g \\h\ni'));
		expect(gift).toContain('Which a \\{b\\} c\\:d \\~e \\=f \\#g \\\\h\\ni?');
		const questionLines = gift.split('\n').filter((line) => line.startsWith('::'));
		expect(questionLines).toHaveLength(5);
	});

	it('is read by gift-pegjs as the same questions, for the seed deck and for hostile text', () => {
		for (const deck of [seed, sampleDeck(), ...HOSTILE.map((text) => hostileDeck(text))]) {
			const parsed = parse(exportGift(deck));
			expect(parsed[0]).toMatchObject({ type: 'Category' });
			expect(parsed.slice(1).map(oracleView)).toEqual(deck.questions.map(expectedView));
		}
	});
});

describe('GIFT round trip', () => {
	it('gives back the seed deck and the sample deck', () => {
		roundTrip(seed);
		roundTrip(sampleDeck());
	});

	it('gives back hostile text in every field', () => {
		for (const text of HOSTILE) roundTrip(DeckSchema.parse(hostileDeck(text)));
	});

	it('gives back any text (property)', () => {
		const unit = fc.constantFrom(...[...'ab {}:~=#\\\n\t"\'<>&/|;,*%_😀é'], 'ü', '中');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
				const deck = hostileDeck(`a${text}z`);
				const gift = exportGift(deck);
				const result = importGift(gift);
				expect(result.problems).toEqual([]);
				expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept));
				// gift-pegjs collapses runs of spaces and tabs, as a browser would when showing them.
				const collapse = (view: unknown) => JSON.parse(JSON.stringify(view).replace(/(?: |\\t)+/g, ' '));
				expect(collapse(parse(gift).slice(1).map(oracleView))).toEqual(collapse(deck.questions.map(expectedView)));
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps tags', () => {
		const result = importGift(exportGift(hostileDeck('x')));
		expect(result.questions.every((q) => q.tags.join() === 'hostile')).toBe(true);
	});
});

describe('GIFT import of files written by hand', () => {
	const teacher = [
		'// A quiz a teacher wrote',
		'$CATEGORY: $course$/top/Default for Physics/Week 1',
		'',
		'::Capital::What is the capital of France? {=Paris ~Lyon ~Marseille}',
		'',
		'Grant is buried in Grant\'s tomb. {FALSE}',
		'',
		'The sun is a star.{TRUE#Right.#Wrong.####It is a G-type star.}',
		'',
		'Who wrote Hamlet? {=Shakespeare =William Shakespeare =%50%Bacon}',
		'',
		'Water boils at {=100 =one hundred} degrees Celsius.',
		'',
		'::Multi line::',
		'Which is a noble gas?',
		'{',
		'  ~Oxygen#No.',
		'  =Neon#Yes.',
		'  ~Nitrogen',
		'}',
		'',
		'[html]<p>Is <b>this</b> bold &amp; true?</p>{T}',
		'',
		'Match these. {=cat -> meow =dog -> woof =cow -> moo}',
		'',
		'What is 2+2? {#4}',
		'',
		'Write an essay. {}',
		'',
		'Just a description, no answers.',
		'',
		'Broken {=a ~b',
		'',
		'No right answer {~a ~b}',
		''
	].join('\n');

	it('reads multiple choice, true/false, short answer and missing-word questions', () => {
		const result = importGift(teacher);
		expect(result.title).toBe('Week 1');
		expect(result.questions.map(({ type, prompt, answer, options, accept, sentence, line }) => ({ type, prompt, answer, options, accept, sentence, line }))).toEqual([
			{ type: 'mcq', prompt: 'What is the capital of France?', answer: 'Paris', options: ['Paris', 'Lyon', 'Marseille'], accept: [], sentence: null, line: 4 },
			{ type: 'true-false', prompt: "Grant is buried in Grant's tomb.", answer: 'false', options: [], accept: [], sentence: null, line: 6 },
			{ type: 'true-false', prompt: 'The sun is a star.', answer: 'true', options: [], accept: [], sentence: 'It is a G-type star.', line: 8 },
			{ type: 'short-answer', prompt: 'Who wrote Hamlet?', answer: 'Shakespeare', options: [], accept: ['William Shakespeare'], sentence: null, line: 10 },
			{ type: 'cloze', prompt: 'Water boils at _____ degrees Celsius.', answer: '100', options: [], accept: ['one hundred'], sentence: null, line: 12 },
			{ type: 'mcq', prompt: 'Which is a noble gas?', answer: 'Neon', options: ['Oxygen', 'Neon', 'Nitrogen'], accept: [], sentence: null, line: 14 },
			{ type: 'true-false', prompt: 'Is this bold & true?', answer: 'true', options: [], accept: [], sentence: null, line: 22 }
		]);
	});

	it('counts matching, numeric, essays and descriptions as unsupported and reports malformed ones by line', () => {
		const result = importGift(teacher);
		expect(result.skipped).toEqual({ media: 0, unsupported: 4 });
		expect(result.problems).toEqual([
			{ line: 32, message: expect.stringContaining('not closed') },
			{ line: 34, message: expect.stringContaining('no right answer') }
		]);
	});

	it('says so when every question is of a kind it does not take', () => {
		const result = importGift('Match. {=a -> b =c -> d}\n\nEssay. {}');
		expect(result.skipped.unsupported).toBe(2);
		expect(result.problems).toEqual([{ line: 1, message: expect.stringContaining('the 2 found are matching') }]);
	});

	it('gives a problem and no questions for a file that is not GIFT', () => {
		for (const text of ['', 'hello world', '{"json": true}', '\u0000\u0001binary']) {
			const result = importGift(text);
			expect(result.questions).toEqual([]);
			expect(result.problems.length).toBeGreaterThan(0);
			expect(result.problems[0]?.line).toBeGreaterThanOrEqual(1);
		}
	});
});
