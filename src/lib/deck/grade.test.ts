import { describe, expect, it } from 'vitest';
import { editDistance, foldAnswer, gradeResponse, gradeTyped } from './grade';
import { sampleQuestions } from './testing';

describe('typed answers', () => {
	it('forgive case, punctuation and accents', () => {
		expect(foldAnswer('  São Paulo! ')).toBe('sao paulo');
		expect(gradeTyped('BEIJING.', ['Beijing']).verdict).toBe('right');
		expect(gradeTyped('Zürich', ['Zurich']).verdict).toBe('right');
		expect(gradeTyped('colette-kress', ['Colette Kress']).verdict).toBe('right');
	});

	it('say "almost" for one typo in a short answer and two in a long one', () => {
		expect(gradeTyped('Bejing', ['Beijing'])).toEqual({ verdict: 'almost', matched: 'Beijing' });
		expect(gradeTyped('Biejing', ['Beijing']).verdict).toBe('almost'); // transposition
		expect(gradeTyped('Bejjng', ['Beijing']).verdict).toBe('wrong'); // two errors in 7 letters
		expect(gradeTyped('Colete Kres', ['Colette Kress']).verdict).toBe('almost');
		expect(gradeTyped('Colete Kes', ['Colette Kress']).verdict).toBe('wrong');
		expect(gradeTyped('Mi', ['Ma']).verdict).toBe('wrong'); // too short to forgive
	});

	it('never forgive a wrong number', () => {
		expect(gradeTyped('19%', ['18%']).verdict).toBe('wrong');
		expect(gradeTyped('$5 million', ['$6 million']).verdict).toBe('wrong');
		expect(gradeTyped('$6 milion', ['$6 million']).verdict).toBe('almost');
	});

	it('accept the other accepted answers, and nothing blank', () => {
		expect(gradeTyped('nvda', ['Nvidia', 'NVDA'])).toEqual({ verdict: 'right', matched: 'NVDA' });
		expect(gradeTyped('   ', ['Kress']).verdict).toBe('wrong');
	});

	it('forgive an article, a title, a generic head noun and a name given by its distinctive part', () => {
		expect(gradeTyped('Hubble', ['Hubble Space Telescope']).verdict).toBe('right');
		expect(gradeTyped('the Labour Party', ['Labour']).verdict).toBe('right');
		expect(gradeTyped('Labour', ['the Labour Party']).verdict).toBe('right');
		expect(gradeTyped('Sir Keir Starmer', ['Keir Starmer']).verdict).toBe('right');
		expect(gradeTyped('Starmer', ['Keir Starmer']).verdict).toBe('right');
		expect(gradeTyped('Dr Colette Kress', ['Colette Kress']).verdict).toBe('right');
		expect(gradeTyped('an iPhone', ['iPhone']).verdict).toBe('right');
		expect(gradeTyped('Hubbel', ['Hubble Space Telescope']).verdict).toBe('almost');
	});

	it('but not a generic word alone, a place cut short, a common noun cut short or a first name', () => {
		expect(gradeTyped('Party', ['Labour Party']).verdict).toBe('wrong');
		expect(gradeTyped('Telescope', ['Hubble Space Telescope']).verdict).toBe('wrong');
		expect(gradeTyped('York', ['New York']).verdict).toBe('wrong');
		expect(gradeTyped('Street', ['Wall Street']).verdict).toBe('wrong');
		expect(gradeTyped('Prize', ['Nobel Prize']).verdict).toBe('wrong');
		expect(gradeTyped('outer', ['outer space']).verdict).toBe('wrong');
		expect(gradeTyped('Keir', ['Keir Starmer']).verdict).toBe('wrong');
		expect(gradeTyped('Sir', ['Keir Starmer']).verdict).toBe('wrong');
		expect(gradeTyped('Labour', ['Conservative Party']).verdict).toBe('wrong');
	});

	it('measure edits with transpositions', () => {
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('abc', 'acb')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	});
});

describe('gradeResponse', () => {
	const [mcq, cloze, tf, short, flash] = sampleQuestions();
	it('grades each type the app grades', () => {
		expect(gradeResponse(mcq!, '$52 billion')).toBe('right');
		expect(gradeResponse(mcq!, '$50 billion')).toBe('wrong');
		expect(gradeResponse(cloze!, '52 billion dollars')).toBe('right');
		expect(gradeResponse(tf!, 'false')).toBe('right');
		expect(gradeResponse(tf!, 'true')).toBe('wrong');
		expect(gradeResponse(short!, 'Colette Kres')).toBe('almost');
		expect(() => gradeResponse(flash!, 'x')).toThrow(/rated by the learner/);
	});
});
