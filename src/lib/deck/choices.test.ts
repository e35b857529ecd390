import { describe, expect, it } from 'vitest';
import { answerLabel, choicesOf } from './choices';
import { sampleQuestions } from './testing';

describe('choices and answer labels', () => {
	const [mcq, cloze, tf, , flash] = sampleQuestions();
	it('numbers an mcq by its options and a true/false as True, False', () => {
		expect(choicesOf(mcq!).map((c) => c.value)).toEqual(mcq!.type === 'mcq' ? mcq!.options : []);
		expect(choicesOf(tf!)).toEqual([
			{ label: 'True', value: 'true' },
			{ label: 'False', value: 'false' }
		]);
		expect(choicesOf(cloze!)).toEqual([]);
		expect(choicesOf(flash!)).toEqual([]);
	});
	it('reads a true/false answer as a word, the others as they are', () => {
		expect(answerLabel(tf!)).toBe('False');
		expect(answerLabel(mcq!)).toBe('$52 billion');
	});
});
