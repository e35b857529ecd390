import type { Question } from './schema';

// What a choice question offers and how its answer reads: one place for the study page's keys, the
// buttons and the feedback, so that the key "2" always picks the option drawn second.

export interface Choice {
	/** What the learner reads. */
	label: string;
	/** What is graded: an mcq option, or "true"/"false". */
	value: string;
}

const TRUE_FALSE: readonly Choice[] = [
	{ label: 'True', value: 'true' },
	{ label: 'False', value: 'false' }
];

/** The options of a choice question in the order they are drawn and numbered; none for the others. */
export function choicesOf(question: Question): readonly Choice[] {
	if (question.type === 'mcq') return question.options.map((o) => ({ label: o, value: o }));
	if (question.type === 'true-false') return TRUE_FALSE;
	return [];
}

/** The answer as a learner reads it: "True" or "False" for a true-or-false statement. */
export function answerLabel(question: Question): string {
	if (question.type === 'true-false') return question.answer === 'true' ? 'True' : 'False';
	return question.answer;
}
