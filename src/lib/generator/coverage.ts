import { z } from 'zod';
import type { Question } from '../deck/schema';

/**
 * The facts of an article that a teacher would ask about, written down by hand
 * (questions/facts/<id>.json), in the shape that the reviewers' deck checker reads
 * (`npm run check-deck`): a fact is covered when some question's answer matches one of its `alts`
 * and the question's words match that alt's context.
 */
export const FactListSchema = z.object({
	facts: z.array(
		z.object({
			id: z.string(),
			statement: z.string().optional(),
			alts: z.array(z.object({ answer: z.string(), context: z.string() })).min(1)
		})
	),
	must_not: z.array(z.object({ id: z.string(), prompt_regex: z.string() })).default([])
});
export type FactList = z.infer<typeof FactListSchema>;

/** What coverage reads of a question; the deck checker also measures questions the schema refuses. */
export type CoveredQuestion = Pick<Question, 'prompt' | 'answer'> & { type: string; source: Pick<Question['source'], 'sentence'> };

export interface Coverage {
	covered: number;
	total: number;
	share: number;
	missed: string[];
	/** Questions whose prompt or source matches something never to be asked (a disclaimer, a heading). */
	mustNotHits: string[];
}

/** Python's re with re.I, as these lists are written for it (no 'u': Python escapes spaces as "\ "). */
function regex(source: string): RegExp {
	return new RegExp(source, 'i');
}

function coveredBy(alts: FactList['facts'][number]['alts'], questions: readonly CoveredQuestion[]): boolean {
	// Flashcards count when their back is short; true statements count when true.
	const eligible = questions.filter((q) => q.type !== 'flashcard' || q.answer.split(/\s+/).length <= 12);
	return alts.some(({ answer, context }) => {
		const answerPattern = regex(answer);
		const contextPattern = regex(context);
		return eligible.some((q) => {
			if (q.type === 'true-false') return q.answer === 'true' && answerPattern.test(q.prompt) && contextPattern.test(q.prompt);
			return answerPattern.test(q.answer) && contextPattern.test(`${q.prompt} ${q.answer}`);
		});
	});
}

/** The share of the article's facts that at least one question asks about, measured as a reviewer does. */
export function measureCoverage(list: FactList, questions: readonly CoveredQuestion[]): Coverage {
	const missed = list.facts.filter((f) => !coveredBy(f.alts, questions)).map((f) => f.id);
	const mustNotHits = list.must_not.flatMap((m) => {
		const pattern = regex(m.prompt_regex);
		return questions.filter((q) => pattern.test(q.prompt) || pattern.test(q.source.sentence)).map((q) => `${m.id}: ${q.prompt}`);
	});
	const covered = list.facts.length - missed.length;
	return { covered, total: list.facts.length, share: list.facts.length ? covered / list.facts.length : 1, missed, mustNotHits };
}
