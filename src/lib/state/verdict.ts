import type { Question, Verdict } from '$lib/deck';
import { answerLabel } from '$lib/deck/choices';
import { gradeResponse } from '$lib/deck/grade';

export interface Response {
	given: string;
	verdict: Verdict;
	/** Graded wrong, then marked right by the learner. */
	overridden?: boolean;
}

/** Grades what a learner gave, with the words a screen reader says about it. */
export function gradeAndSay(question: Question, given: string): { response: Response; announcement: string } {
	const verdict = gradeResponse(question, given);
	const answer = answerLabel(question);
	const announcement =
		verdict === 'right'
			? `Right: ${answer}.`
			: verdict === 'almost'
				? `Almost: ${answer}. A small typo was forgiven.`
				: `Wrong. The answer is ${answer}.`;
	return { response: { given, verdict }, announcement };
}
