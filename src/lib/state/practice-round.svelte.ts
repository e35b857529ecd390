import type { Question } from '$lib/deck';
import { gradeAndSay, type Response } from './verdict';

/** How a practice round went: right the first time, out of how many questions. */
export interface PracticeResult {
	right: number;
	of: number;
}

/**
 * A practice round over some questions (those missed in a session, or a whole deck): graded as in a
 * session, but it holds no cards and writes nothing, so no schedule changes. A question missed
 * comes back at the end of the round until it is answered right.
 */
export class PracticeRound {
	phase = $state<'question' | 'answered' | 'done'>('question');
	question = $state.raw<Question | null>(null);
	response = $state.raw<Response | null>(null);
	announcement = $state('');
	/** Questions left, the one on screen included. */
	left = $state(0);
	result = $state.raw<PracticeResult | null>(null);
	readonly #queue: Question[];
	readonly #missed = new Set<string>();
	readonly #of: number;

	constructor(questions: readonly Question[]) {
		this.#queue = [...questions];
		this.#of = questions.length;
		this.#show();
	}

	#show() {
		const q = this.#queue[0] ?? null;
		this.left = this.#queue.length;
		this.question = q;
		this.response = null;
		if (q) {
			this.phase = 'question';
			return;
		}
		this.phase = 'done';
		this.result = { right: this.#of - this.#missed.size, of: this.#of };
		this.announcement = `Practice over: ${this.result.right} of ${this.result.of} right the first time.`;
	}

	/** A flashcard's back. */
	reveal(): void {
		if (this.phase === 'question' && this.question?.type === 'flashcard') this.phase = 'answered';
	}

	submit(given: string): void {
		const q = this.question;
		if (this.phase !== 'question' || !q || q.type === 'flashcard') return;
		({ response: this.response, announcement: this.announcement } = gradeAndSay(q, given));
		this.phase = 'answered';
	}

	/** On to the next question; `again` (or a wrong answer) brings this one back at the end. */
	next(again = false): void {
		const q = this.question;
		if (this.phase !== 'answered' || !q) return;
		this.#queue.shift();
		if (again || this.response?.verdict === 'wrong') {
			this.#missed.add(q.id);
			this.#queue.push(q);
		}
		this.#show();
	}
}
