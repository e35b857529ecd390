import { normalizeAnswer } from './normalize';
import type { Question } from './schema';

// Grading what a learner gives: a picked option, true/false, or typed text. Typed answers forgive
// case, punctuation, accents and small typos (as H5P does: one error in 3–9 characters, two above),
// and say "almost" when they forgive a typo. Digits are never forgiven: "19%" is not "18%".

export type Verdict = 'right' | 'almost' | 'wrong';

/** Lower case, no accents, no punctuation, single spaces: "São Paulo!" → "sao paulo". */
export function foldAnswer(text: string): string {
	return normalizeAnswer(text)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^\p{L}\p{N}%$€£¥\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1);
		row[0] = i;
		rows.push(row);
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** Typos forgiven in an answer of this many characters. */
export function typoAllowance(length: number): number {
	if (length < 3) return 0;
	return length <= 9 ? 1 : 2;
}

const digits = (s: string) => s.replace(/\D+/g, ' ').trim();

/** Grades typed text against the answer and the other accepted answers. */
export function gradeTyped(given: string, accepted: readonly string[]): { verdict: Verdict; matched: string | null } {
	const g = foldAnswer(given);
	if (!g) return { verdict: 'wrong', matched: null };
	let almost: string | null = null;
	for (const answer of accepted) {
		const a = foldAnswer(answer);
		if (g === a || g.replace(/ /g, '') === a.replace(/ /g, '')) return { verdict: 'right', matched: answer };
		if (almost === null && digits(g) === digits(a) && editDistance(g, a, typoAllowance(a.length)) <= typoAllowance(a.length)) {
			almost = answer;
		}
	}
	return almost === null ? { verdict: 'wrong', matched: null } : { verdict: 'almost', matched: almost };
}

/** The answers a typed question accepts, the main one first. */
export function acceptedAnswers(question: Question): string[] {
	return [question.answer, ...('accept' in question ? (question.accept ?? []) : [])];
}

/**
 * Grades a response to any question the app grades (all but flashcards): the option picked for
 * multiple choice, "true"/"false" for true-false, typed text for gap-fill and short answer.
 */
export function gradeResponse(question: Question, given: string): Verdict {
	switch (question.type) {
		case 'mcq':
		case 'true-false':
			return normalizeAnswer(given) === normalizeAnswer(question.answer) ? 'right' : 'wrong';
		case 'cloze':
		case 'short-answer':
			return gradeTyped(given, acceptedAnswers(question)).verdict;
		case 'flashcard':
			throw new Error('a flashcard is rated by the learner, not graded');
	}
}
