import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOZE_GAP, DeckSchema, type Deck } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import { exportAnkiText, importAnkiText } from './anki-text';
import { parseDelimited } from './delimited';
import { HOSTILE, hostileDeck, kept, keptOfImport, type Kept } from './testing';

const seed = DeckSchema.parse(JSON.parse(readFileSync('questions/decks/nvidia-huang-chinese-ai-models.json', 'utf8')));

/**
 * Options and accepted answers are one line each in Anki text: a line break becomes a space. A cloze's
 * gap (its first run of three or more underscores) comes back as five: {{c1::…}} keeps no spelling.
 */
function inAnki(q: Kept): Kept {
	const line = (s: string) => s.replace(/\n/g, ' ');
	if (q.type === 'mcq') return { ...q, answer: line(q.answer), options: q.options.map(line) };
	const prompt = q.type === 'cloze' ? q.prompt.replace(CLOZE_GAP, '_____') : q.prompt;
	return { ...q, prompt, accept: q.accept.map(line) };
}

function roundTrip(deck: Deck) {
	const result = importAnkiText(exportAnkiText(deck));
	expect(result.problems).toEqual([]);
	expect(result.skipped).toEqual({ media: 0, unsupported: 0 });
	expect(result.title).toBe(deck.title.replace(/\s+/g, ' ').trim().replace(/::/g, ':'));
	expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept).map(inAnki));
	return result;
}

describe('Anki text export', () => {
	it('writes the headers Anki reads, then one note a row with six columns', () => {
		const text = exportAnkiText(sampleDeck());
		expect(text.split('\n').slice(0, 5)).toEqual(['#separator:tab', '#html:false', '#notetype column:1', '#deck column:2', '#tags column:6']);
		const rows = parseDelimited(text.split('\n').slice(6).join('\n'), '\t', 7);
		expect(rows.map((r) => r.fields.length)).toEqual([6, 6, 6, 6, 6]);
		expect(rows.map((r) => r.fields[0])).toEqual(['Basic', 'Cloze', 'Basic', 'Basic', 'Basic']);
		expect(rows[1]?.fields[2]).toBe('Alibaba vowed to invest {{c1::$52 billion}} over three years.');
		expect(rows[0]?.fields[2]).toContain('\n\nA. $52 billion\nB. $6 million\nC. $50 billion\nD. $25 billion');
		expect(rows[2]?.fields[3]).toBe('False');
		expect(rows.map((r) => r.fields[5])).toEqual(['factdeck::mcq', 'factdeck::cloze', 'factdeck::true-false', 'factdeck::short-answer', 'factdeck::flashcard']);
	});

	it('quotes fields holding tabs, quotes and line breaks, doubling the quotes', () => {
		const text = exportAnkiText(hostileDeck('a\tb "c"\nd'));
		expect(text).toContain('"Front a\tb ""c""\nd"');
	});
});

describe('Anki text round trip', () => {
	it('gives back the seed deck and the sample deck', () => {
		const result = roundTrip(seed);
		expect(result.questions[0]?.line).toBe(7);
		roundTrip(sampleDeck());
	});

	it('gives back hostile text', () => {
		for (const text of HOSTILE) roundTrip(hostileDeck(text));
	});

	it("gives a cloze gap of any length back as five underscores, and underscores after it as they were", () => {
		const cloze = sampleDeck().questions.find((q) => q.type === 'cloze')!;
		const deck = sampleDeck({ questions: [{ ...cloze, prompt: 'A ___ gap and a ____ run.', answer: 'short', accept: [] }] });
		expect(importAnkiText(exportAnkiText(deck)).questions[0]?.prompt).toBe('A _____ gap and a ____ run.');
	});

	it('gives back any text (property)', () => {
		// No "}" or ":" : an answer holding "}}" or "::" cannot be written inside Anki's {{c1::…}}.
		const unit = fc.constantFrom(...[...'ab {~=#\\\n\t"\'<>&/|;,*%_😀é'], 'ü', '中');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
				const deck = hostileDeck(`a${text}z`);
				const result = importAnkiText(exportAnkiText(deck));
				expect(result.problems).toEqual([]);
				expect(result.questions.map(keptOfImport)).toEqual(deck.questions.map(kept).map(inAnki));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('Anki text import of notes exported by Anki', () => {
	it('reads an Anki "Notes in Plain Text" export with HTML, a guid column, media and a Cloze', () => {
		const text = [
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#notetype column:2',
			'#deck column:3',
			'#tags column:6',
			'f$Xq1\tBasic\tHistory::WW2\t<b>D-Day</b> year\t1944<br>in <i>June</i> &amp; July\tww2 dates',
			'g%2\tBasic (and reversed card)\tHistory::WW2\tBonjour [sound:bonjour.mp3]\tHello <img src="hello.png">\t',
			'h#3\tCloze\tHistory::WW2\t{{c1::Paris}} was freed in {{c2::1944::year}}.\tExtra&nbsp;text\tww2',
			'i4\tBasic\tHistory::WW2\t[sound:only.mp3]\tback\t'
		].join('\n');
		const result = importAnkiText(text);
		expect(result.title).toBe('WW2');
		expect(result.questions.map(({ type, prompt, answer, tags, line, sentence }) => ({ type, prompt, answer, tags, line, sentence }))).toEqual([
			{ type: 'flashcard', prompt: 'D-Day year', answer: '1944\nin June & July', tags: ['ww2', 'dates'], line: 7, sentence: null },
			{ type: 'flashcard', prompt: 'Bonjour ', answer: 'Hello ', tags: [], line: 8, sentence: null },
			{ type: 'cloze', prompt: '_____ was freed in 1944.', answer: 'Paris', tags: ['ww2'], line: 9, sentence: null },
			{ type: 'cloze', prompt: 'Paris was freed in _____.', answer: '1944', tags: ['ww2'], line: 9, sentence: null }
		]);
		expect(result.skipped.media).toBe(3);
		expect(result.problems).toEqual([{ line: 10, message: 'The front is empty.' }]);
	});

	it('reads comma, semicolon and pipe separated files, with or without headers', () => {
		for (const [name, sep] of [['comma', ','], ['semicolon', ';'], ['pipe', '|']]) {
			const text = `#separator:${name}\n#html:false\n#deck:Words\nfront one${sep}"back${sep} with ""quotes"""\n\nfront two${sep}back two\n`;
			const result = importAnkiText(text);
			expect(result.problems).toEqual([]);
			expect(result.title).toBe('Words');
			expect(result.questions.map((q) => [q.prompt, q.answer, q.line])).toEqual([
				['front one', `back${sep} with "quotes"`, 4],
				['front two', 'back two', 6]
			]);
		}
		expect(importAnkiText('cat\tchat\ndog\tchien').questions.map((q) => q.answer)).toEqual(['chat', 'chien']);
		const tagged = importAnkiText('tags:french animals\n#separator: Semicolon\n# a comment\ncat;chat\n');
		expect(tagged.questions.map((q) => [q.prompt, q.answer, q.tags, q.line])).toEqual([['cat', 'chat', ['french', 'animals'], 4]]);
	});

	it('reports every bad row with its line and reads the rest', () => {
		const text = [
			'#separator:tab',
			'#notetype column:1',
			'#tags column:4',
			'Basic\tfront\tback\t',
			'Basic\tonly a front',
			'Cloze\tno deletion here\t\t',
			'Basic\t\tback\t',
			'Basic\tq\tback\tfactdeck::true-false',
			'Basic\tq\tback\tfactdeck::mcq',
			'Basic\t"unclosed\tquote'
		].join('\n');
		const result = importAnkiText(text);
		expect(result.questions).toHaveLength(1);
		expect(result.problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 9, 10]);
		expect(result.problems[0]?.message).toMatch(/front and a back/);
		expect(result.problems[1]?.message).toMatch(/\{\{c1::/);
		expect(result.problems[5]?.message).toMatch(/quote/i);
	});

	it('gives a problem and no questions for a file that is not Anki text', () => {
		for (const text of ['', 'just one line', '#separator:nonsense\nx\ty']) {
			const result = importAnkiText(text);
			expect(result.questions).toEqual([]);
			expect(result.problems.length).toBeGreaterThan(0);
		}
	});
});
