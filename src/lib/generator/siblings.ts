// Questions that give each other away are siblings: they share a fact id, so a learner never meets
// them on the same day (the scheduler buries a card's siblings until the next).
import type { Candidate } from './question-types';
import { answerKey, reviewText } from './text-forms';

/** How far apart in the article two questions may be and still give each other away. */
const NEAR = 1500;

/**
 * Joins the facts of questions one of whose prompts holds another's answer: from the same sentence,
 * or nearby when that answer is rare in the article ("Fiat" in every prompt gives nothing away).
 * Gives each question the fact key of its group: that of the group's first question in article order.
 */
export function siblingGroups(questions: readonly Candidate[], article: string): Map<Candidate, string> {
	const parent = new Map<string, string>();
	const root = (key: string): string => {
		let at = key;
		while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
		return at;
	};
	const join = (a: string, b: string) => {
		const [ra, rb] = [root(a), root(b)];
		if (ra !== rb) parent.set(rb, ra);
	};
	const articleText = ` ${reviewText(article)} `;
	const rare = new Map<string, boolean>();
	const isRare = (answer: string) => {
		let value = rare.get(answer);
		if (value === undefined) rare.set(answer, (value = occurrences(articleText, ` ${answer} `) <= 2));
		return value;
	};
	const byOrder = [...questions].sort((a, b) => a.source.start - b.source.start);
	for (let i = 0; i < byOrder.length; i++) {
		const a = byOrder[i]!;
		const prompt = ` ${reviewText(a.prompt)} `;
		for (let j = Math.max(0, i - 12); j < Math.min(byOrder.length, i + 12); j++) {
			const b = byOrder[j]!;
			if (j === i || b.type === 'true-false' || Math.abs(a.source.start - b.source.start) > NEAR) continue;
			const answer = reviewText(answerKey(b.answer));
			if (answer.length < 2 || !prompt.includes(` ${answer} `)) continue;
			if (a.source.start === b.source.start || isRare(answer)) join(a.factKey, b.factKey);
		}
	}
	const first = new Map<string, string>();
	for (const q of byOrder) {
		const group = root(q.factKey);
		if (!first.has(group)) first.set(group, q.factKey);
	}
	return new Map(questions.map((q) => [q, first.get(root(q.factKey))!]));
}

function occurrences(text: string, part: string): number {
	let count = 0;
	for (let at = text.indexOf(part); at >= 0 && count < 3; at = text.indexOf(part, at + 1)) count++;
	return count;
}
