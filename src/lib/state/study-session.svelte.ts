import { tick } from 'svelte';
import type { Question, Verdict } from '$lib/deck';
import { gradeResponse } from '$lib/deck/grade';
import {
	answerCard,
	dayStart,
	leechMessage,
	nextDayStart,
	pickNext,
	QUEUE,
	type AnswerResult,
	type DeckSettings,
	type NextStates,
	type RatingNumber,
	type StudyCard
} from '$lib/scheduler';
import type { CardRepository, Learner } from '$lib/storage';

/**
 * FSRS (ts-fsrs) gives the rating buttons their intervals, which are needed once a card is answered,
 * not to show it: it loads once the first question is on screen instead of before it.
 */
let fsrs: Promise<typeof import('$lib/scheduler/fsrs')> | null = null;
const loadFsrs = () => (fsrs ??= import('$lib/scheduler/fsrs'));

export type Phase = 'loading' | 'question' | 'answered' | 'done';

export interface Response {
	given: string;
	verdict: Verdict;
}

export interface SessionDeps {
	cards: CardRepository;
	learner: Learner;
	deckId: string;
	questions: readonly Question[];
	now: () => number;
}

export interface Summary {
	studied: number;
	answers: number;
	/** Share of graded answers that were right (flashcards: not rated Again); null when none. */
	accuracy: number | null;
	timeMs: number;
	nextDue: number | null;
	/** New cards left for another day by the daily limit. */
	newWaiting: number;
	/** Siblings of cards answered today, held back until tomorrow. */
	buried: number;
}

/** The ratings a learner may give after an answer: a wrong answer is Again; a right one Hard, Good or Easy. */
export function allowedRatings(question: Question, verdict: Verdict | null): RatingNumber[] {
	if (question.type === 'flashcard' || verdict === null) return [1, 2, 3, 4];
	return verdict === 'wrong' ? [1] : [2, 3, 4];
}

/** One study session of one deck for one learner: today's queue, answered one card at a time. */
export class StudySession {
	readonly #deps: SessionDeps;
	/** Filled in the constructor, before anything reads it. */
	readonly #questions = new Map<string, Question>();
	phase = $state<Phase>('loading');
	card = $state.raw<StudyCard | null>(null);
	question = $derived(this.card ? (this.#questions.get(this.card.questionId) ?? null) : null);
	states = $state.raw<NextStates | null>(null);
	/** The states of the card on screen, while FSRS is still loading. */
	#pendingStates: Promise<NextStates> | null = null;
	response = $state.raw<Response | null>(null);
	/** What screen readers hear: right, wrong, almost, a leech. */
	announcement = $state('');
	leechNotice = $state<string | null>(null);
	settings = $state.raw<DeckSettings | null>(null);
	error = $state<string | null>(null);
	summary = $state.raw<Summary | null>(null);

	#learning = $state.raw<StudyCard[]>([]);
	#main = $state.raw<StudyCard[]>([]);
	#history = $state.raw<AnswerResult[]>([]);
	#answered = $state(0);
	#studied = new Set<string>();
	#right = 0;
	#graded = 0;
	#startedAt = 0;
	/** When the current card was shown: its intervals count from then. */
	shownAt = $state(0);
	#siblings: StudyCard[] = [];

	/** Cards still to show, counting learning cards due today. */
	remaining = $derived(this.#main.length + this.#learning.length + (this.card && this.phase !== 'done' ? 1 : 0));
	answered = $derived(this.#answered);
	canUndo = $derived(this.#history.length > 0);
	suggested = $derived.by((): RatingNumber | null => {
		if (this.phase !== 'answered' || !this.question) return null;
		if (this.question.type === 'flashcard') return 3;
		return this.response?.verdict === 'wrong' ? 1 : 3;
	});
	allowed = $derived(this.question && this.phase === 'answered' ? allowedRatings(this.question, this.response?.verdict ?? null) : []);

	constructor(deps: SessionDeps) {
		this.#deps = deps;
		for (const q of deps.questions) this.#questions.set(q.id, q);
	}

	#day(now: number) {
		const zone = this.#deps.learner.timeZone;
		return { now, dayStart: dayStart(now, zone), dayEnd: nextDayStart(now, zone) };
	}

	async start(): Promise<void> {
		const { cards, learner, deckId, questions } = this.#deps;
		try {
			await cards.syncDeck(learner.id, deckId, questions.map((q) => ({ id: q.id, factId: q.factId })));
			this.#startedAt = this.#deps.now();
			await this.#reload();
		} catch (e) {
			this.error = `Could not load your cards: ${(e as Error).message}`;
		}
	}

	async #reload(): Promise<void> {
		const { cards, learner, deckId } = this.#deps;
		const data = await cards.loadQueue(learner.id, deckId, this.#day(this.#deps.now()));
		this.settings = data.settings;
		this.#siblings = data.cards;
		this.#learning = data.queue.learning.filter((c) => this.#questions.has(c.questionId));
		this.#main = data.queue.main.filter((c) => this.#questions.has(c.questionId));
		await this.#advance();
	}

	async #advance(): Promise<void> {
		const now = this.#deps.now();
		let next = pickNext({ learning: this.#learning, main: this.#main }, now);
		this.response = null;
		if (!next) {
			// Buried siblings may have left room within today's limits: read the queue again.
			const { cards, learner, deckId } = this.#deps;
			const data = await cards.loadQueue(learner.id, deckId, this.#day(now));
			this.#siblings = data.cards;
			this.#learning = data.queue.learning.filter((c) => this.#questions.has(c.questionId));
			this.#main = data.queue.main.filter((c) => this.#questions.has(c.questionId));
			next = pickNext({ learning: this.#learning, main: this.#main }, now);
		}
		if (!next) {
			this.card = null;
			this.states = null;
			this.phase = 'done';
			await this.#summarise();
			return;
		}
		const shown = next.questionId;
		this.#learning = this.#learning.filter((c) => c.questionId !== shown);
		this.#main = this.#main.filter((c) => c.questionId !== shown);
		this.#show(next, now);
	}

	#show(card: StudyCard, now: number) {
		this.card = card;
		this.shownAt = now;
		this.states = null;
		this.phase = 'question';
		const retention = this.settings?.desiredRetention ?? 0.9;
		// Once the question is on screen (at once when FSRS is already loaded).
		const pending = (fsrs ?? tick().then(loadFsrs)).then(({ nextStates }) => nextStates(card, now, retention));
		this.#pendingStates = pending;
		void pending.then(
			(states) => {
				if (this.card === card && this.shownAt === now) this.states = states;
			},
			(e: unknown) => (this.error = `Could not load the scheduler: ${(e as Error).message}`)
		);
	}

	/** A flashcard's back. */
	reveal(): void {
		if (this.phase !== 'question' || this.question?.type !== 'flashcard') return;
		this.phase = 'answered';
		this.announcement = '';
	}

	/** Grades an option picked or an answer typed. */
	submit(given: string): void {
		const q = this.question;
		if (this.phase !== 'question' || !q || q.type === 'flashcard') return;
		const verdict = gradeResponse(q, given);
		this.response = { given, verdict };
		this.phase = 'answered';
		const answer = q.type === 'true-false' ? (q.answer === 'true' ? 'True' : 'False') : q.answer;
		this.announcement =
			verdict === 'right'
				? `Right: ${answer}.`
				: verdict === 'almost'
					? `Almost: ${answer}. A small typo was forgiven.`
					: `Wrong. The answer is ${answer}.`;
	}

	async rate(rating: RatingNumber): Promise<void> {
		const card = this.card;
		const q = this.question;
		if (this.phase !== 'answered' || !card || !q || !this.allowed.includes(rating)) return;
		// A learner quicker than FSRS's first load waits for it rather than losing the key press.
		const states = this.states ?? (await this.#pendingStates?.catch(() => null));
		if (!states || this.card !== card || this.phase !== 'answered') return;
		const now = Math.max(this.#deps.now(), this.shownAt);
		const verdict = this.response?.verdict ?? null;
		const result = answerCard({
			card,
			states,
			rating,
			now,
			shownAt: this.shownAt,
			timeZone: this.#deps.learner.timeZone,
			siblings: this.#siblings,
			response:
				q.type === 'flashcard' ? undefined : { answer: this.response?.given ?? '', correct: verdict !== 'wrong', almost: verdict === 'almost' }
		});
		this.phase = 'loading';
		try {
			await this.#deps.cards.recordAnswer(result);
		} catch (e) {
			this.error = `Your answer could not be saved: ${(e as Error).message}`;
			this.phase = 'answered';
			return;
		}
		this.#history = [...this.#history, result].slice(-20);
		this.#answered += 1;
		this.#studied.add(card.questionId);
		this.#graded += 1;
		if (q.type === 'flashcard' ? rating > 1 : verdict !== 'wrong') this.#right += 1;
		const changed = new Map([result.card, ...result.buried].map((c) => [c.questionId, c]));
		this.#siblings = this.#siblings.map((c) => changed.get(c.questionId) ?? c);
		const buried = new Set(result.buried.map((c) => c.questionId));
		this.#main = this.#main.filter((c) => !buried.has(c.questionId));
		const { dayEnd } = this.#day(now);
		if (result.card.queue === QUEUE.learning && result.card.due < dayEnd) {
			this.#learning = [...this.#learning, result.card].sort((a, b) => a.due - b.due);
		}
		this.leechNotice = result.leech ? leechMessage(result.card) : null;
		this.announcement = result.leech ? this.leechNotice! : '';
		await this.#advance();
	}

	/** Undoes the last answer: the card and its siblings as they were, its log entry gone, shown again. */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.phase === 'loading') return;
		this.phase = 'loading';
		try {
			await this.#deps.cards.undoAnswer(last);
		} catch (e) {
			this.error = `Could not undo: ${(e as Error).message}`;
			return;
		}
		this.#history = this.#history.slice(0, -1);
		this.#answered -= 1;
		this.#graded -= 1;
		const q = this.#questions.get(last.card.questionId);
		if (q?.type === 'flashcard' ? last.entry.rating > 1 : last.entry.correct) this.#right -= 1;
		if (!this.#history.some((r) => r.card.questionId === last.card.questionId)) this.#studied.delete(last.card.questionId);
		this.summary = null;
		this.leechNotice = null;
		const { cards, learner, deckId } = this.#deps;
		const data = await cards.loadQueue(learner.id, deckId, this.#day(this.#deps.now()));
		const restored = last.before[0]!;
		this.#siblings = data.cards;
		this.#learning = data.queue.learning.filter((c) => c.questionId !== restored.questionId && this.#questions.has(c.questionId));
		this.#main = data.queue.main.filter((c) => c.questionId !== restored.questionId && this.#questions.has(c.questionId));
		this.announcement = 'Last answer undone.';
		this.#show(restored, this.#deps.now());
	}

	async #summarise(): Promise<void> {
		const { cards, learner, deckId } = this.#deps;
		const now = this.#deps.now();
		const [nextDue, counts] = await Promise.all([
			cards.nextDue(learner.id, deckId, now),
			cards.counts(learner.id, deckId, this.#day(now))
		]);
		const all = await cards.deckCards(learner.id, deckId);
		const live = all.filter((c) => this.#questions.has(c.questionId));
		const newLeft = live.filter((c) => c.queue === QUEUE.new && c.buriedUntil <= now).length;
		const buried = live.filter((c) => c.queue !== QUEUE.off && c.buriedUntil > now).length;
		this.summary = {
			studied: this.#studied.size,
			answers: this.#answered,
			accuracy: this.#graded ? this.#right / this.#graded : null,
			timeMs: now - this.#startedAt,
			nextDue,
			newWaiting: Math.max(0, newLeft - counts.new),
			buried
		};
	}
}
