import { tick } from 'svelte';
import type { Question, Verdict } from '$lib/deck';
import {
	answerCard,
	applyAnswer,
	dayWindow,
	leechMessage,
	pickNext,
	queueCounts,
	sameVersion,
	QUEUE,
	type AnswerResult,
	type DayWindow,
	type DeckSettings,
	type NextStates,
	type Queue,
	type RatingNumber,
	type StudyCard
} from '$lib/scheduler';
import type { CardRepository, Learner } from '$lib/storage';
import type { ChangeFeed } from './deck-changes';
import { readSnapshot, snapshotKey, writeSnapshot, type SessionSnapshot, type SnapshotStore } from './session-snapshot';
import { gradeAndSay, type Response } from './verdict';

/**
 * FSRS (ts-fsrs) gives the rating buttons their intervals, which are needed once a card is answered,
 * not to show it: it loads once the first question is on screen instead of before it.
 */
let fsrs: Promise<typeof import('$lib/scheduler/fsrs')> | null = null;
const loadFsrs = () => (fsrs ??= import('$lib/scheduler/fsrs'));

export type Phase = 'loading' | 'question' | 'answered' | 'done';
/** Today's cards, or cards due within the next day (study ahead). */
export type Mode = 'study' | 'ahead';

export interface SessionDeps {
	cards: CardRepository;
	learner: Learner;
	deckId: string;
	questions: readonly Question[];
	now: () => number;
	/** Where the session is kept across a reload (the tab's sessionStorage). */
	store?: SnapshotStore;
	/** How other tabs hear of this one's answers, and this one of theirs. */
	changes?: ChangeFeed;
}

export interface Summary {
	/** Cards answered at least once in the session. */
	studied: number;
	answers: number;
	/** Share of cards answered right the first time they came up in the session; null when none. */
	accuracy: number | null;
	/** The questions answered wrong the first time they came up, in the order they came. */
	missed: Question[];
	timeMs: number;
	nextDue: number | null;
	/** New cards left for another day by the daily limit. */
	newWaiting: number;
	/** Siblings of cards answered today, held back until tomorrow. */
	buried: number;
}

const DAY = 86_400_000;
const NO_QUEUE: Pick<Queue, 'learning' | 'main'> = { learning: [], main: [] };

/** The ratings a learner may give after an answer: a wrong answer is Again; a right one Hard, Good or Easy. */
export function allowedRatings(question: Question, verdict: Verdict | null): RatingNumber[] {
	if (question.type === 'flashcard' || verdict === null) return [1, 2, 3, 4];
	return verdict === 'wrong' ? [1] : [2, 3, 4];
}

/**
 * One study session of one deck for one learner: today's queue, answered one card at a time. The
 * queue rules are the scheduler's (buildQueue on a read, applyAnswer after an answer); this class
 * holds what is on screen and what the session has done, and keeps it across a reload.
 */
export class StudySession {
	readonly #deps: SessionDeps;
	/** Filled in the constructor, before anything reads it. */
	readonly #questions = new Map<string, Question>();
	readonly #sentences = new Map<string, string>();
	phase = $state<Phase>('loading');
	mode = $state<Mode>('study');
	card = $state.raw<StudyCard | null>(null);
	question = $state.raw<Question | null>(null);
	states = $state.raw<NextStates | null>(null);
	/** The states of the card on screen, while FSRS is still loading. */
	#pendingStates: Promise<NextStates> | null = null;
	response = $state.raw<Response | null>(null);
	/** What screen readers hear: right, wrong, almost, a leech, another tab's answer. */
	announcement = $state('');
	/** A notice that stays on screen: a leech, an answer refused because another tab gave one. */
	notice = $state<string | null>(null);
	settings = $state.raw<DeckSettings | null>(null);
	error = $state<string | null>(null);
	summary = $state.raw<Summary | null>(null);
	/** When the current card was shown: its intervals count from then. */
	shownAt = $state(0);

	#queue = $state.raw<Pick<Queue, 'learning' | 'main'>>(NO_QUEUE);
	#history = $state.raw<AnswerResult[]>([]);
	#answers = $state(0);
	/** Each card's first answer in the session: right or not, and when (to forget it on undo). */
	#firstTry = new Map<string, { right: boolean; at: number }>();
	#startedAt = 0;
	#siblings: StudyCard[] = [];
	/** Another tab changed this deck while this one was busy: read the queue again before going on. */
	#stale = false;
	#unsubscribe: (() => void) | null = null;

	/** Cards left today by kind, the one on screen included: Anki's new · learning · review. */
	counts = $derived.by(() => {
		const counts = queueCounts(this.#queue);
		if (this.card && (this.phase === 'question' || this.phase === 'answered')) {
			if (this.card.queue === QUEUE.new) counts.new += 1;
			else if (this.card.queue === QUEUE.review) counts.review += 1;
			else counts.learning += 1;
		}
		return counts;
	});
	answered = $derived(this.#answers);
	canUndo = $derived(this.#history.length > 0);
	/** A typed answer graded wrong can be overruled by the learner ("I was right"). */
	canOverrule = $derived(
		this.phase === 'answered' &&
			this.response?.verdict === 'wrong' &&
			(this.question?.type === 'cloze' || this.question?.type === 'short-answer')
	);
	suggested = $derived.by((): RatingNumber | null => {
		if (this.phase !== 'answered' || !this.question) return null;
		if (this.question.type === 'flashcard') return 3;
		return this.response?.verdict === 'wrong' ? 1 : 3;
	});
	allowed = $derived(this.question && this.phase === 'answered' ? allowedRatings(this.question, this.response?.verdict ?? null) : []);

	constructor(deps: SessionDeps) {
		this.#deps = deps;
		for (const q of deps.questions) {
			this.#questions.set(q.id, q);
			this.#sentences.set(q.id, `${q.source.start}:${q.source.end}`);
		}
	}

	#window(now = this.#deps.now()): DayWindow {
		const day = dayWindow(now, this.#deps.learner.timeZone);
		return this.mode === 'ahead' ? { ...day, dayEnd: day.dayEnd + DAY } : day;
	}

	async start(): Promise<void> {
		const { cards, learner, deckId, questions, changes } = this.#deps;
		try {
			await cards.syncDeck(learner.id, deckId, questions.map((q) => ({ id: q.id, factId: q.factId })));
			this.#startedAt = this.#deps.now();
			const snapshot = this.#deps.store ? readSnapshot(this.#deps.store, this.#key) : null;
			const resumed = snapshot && snapshot.dayStart === this.#window().dayStart ? this.#resume(snapshot) : null;
			await this.#reloadQueue();
			if (resumed && (await this.#stillAsShown(resumed.card))) {
				this.#show(resumed.card, resumed.shownAt);
				this.response = resumed.response;
				if (resumed.answered) this.phase = 'answered';
				this.#save();
			} else {
				await this.#advance();
			}
			this.#unsubscribe = changes?.subscribe((c) => {
				if (c.learnerId === learner.id && c.deckId === deckId) void this.#onChangeElsewhere();
			}) ?? null;
		} catch (e) {
			this.error = `Could not load your cards: ${(e as Error).message}`;
		}
	}

	/** Stops listening to other tabs (the page is left). */
	stop(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
	}

	get #key() {
		return snapshotKey(this.#deps.learner.id, this.#deps.deckId);
	}

	#resume(s: SessionSnapshot): SessionSnapshot['current'] {
		this.#startedAt = s.startedAt;
		this.mode = s.ahead ? 'ahead' : 'study';
		this.#answers = s.answers;
		this.#firstTry = new Map(s.firstTry.map(([id, right, at]) => [id, { right, at }]));
		this.#history = s.history;
		return s.current && this.#questions.has(s.current.card.questionId) ? s.current : null;
	}

	#save(): void {
		const store = this.#deps.store;
		if (!store) return;
		const current =
			this.card && (this.phase === 'question' || this.phase === 'answered')
				? { card: this.card, shownAt: this.shownAt, response: this.response, answered: this.phase === 'answered' }
				: null;
		writeSnapshot(store, this.#key, {
			version: 1,
			learnerId: this.#deps.learner.id,
			deckId: this.#deps.deckId,
			dayStart: this.#window().dayStart,
			startedAt: this.#startedAt,
			ahead: this.mode === 'ahead',
			answers: this.#answers,
			firstTry: [...this.#firstTry].map(([id, t]) => [id, t.right, t.at]),
			history: this.#history,
			current
		});
	}

	async #stillAsShown(card: StudyCard): Promise<boolean> {
		const stored = await this.#deps.cards.card(card.learnerId, card.deckId, card.questionId);
		return !!stored && sameVersion(stored, card);
	}

	/** Today's queue read afresh (or the next day's, studying ahead), without the card on screen. */
	async #reloadQueue(): Promise<void> {
		const { cards, learner, deckId } = this.#deps;
		const data = await cards.loadQueue(learner.id, deckId, this.#window());
		this.settings = data.settings;
		this.#siblings = data.cards;
		const showing = this.card?.questionId;
		const keep = (c: StudyCard) => this.#questions.has(c.questionId) && c.questionId !== showing;
		this.#queue = { learning: data.queue.learning.filter(keep), main: data.queue.main.filter(keep) };
	}

	async #advance(): Promise<void> {
		// Studying ahead, the queue holds the next day's reviews too; learning cards still wait for
		// their steps (a card forgotten now comes back in a minute, not at once).
		const now = this.#deps.now();
		this.response = null;
		this.card = null;
		if (this.#stale) {
			this.#stale = false;
			await this.#reloadQueue();
		}
		let next = pickNext(this.#queue, now);
		if (!next) {
			// Buried siblings may have left room within today's limits: read the queue again.
			await this.#reloadQueue();
			next = pickNext(this.#queue, now);
		}
		if (!next) {
			this.question = null;
			this.states = null;
			this.phase = 'done';
			await this.#summarise();
			this.#save();
			return;
		}
		this.#show(next, now);
		this.#save();
	}

	#show(card: StudyCard, now: number) {
		const shown = card.questionId;
		const without = (list: StudyCard[]) => list.filter((c) => c.questionId !== shown);
		this.#queue = { learning: without(this.#queue.learning), main: without(this.#queue.main) };
		this.card = card;
		this.question = this.#questions.get(shown) ?? null;
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
		this.#save();
	}

	/** Grades an option picked or an answer typed. */
	submit(given: string): void {
		const q = this.question;
		if (this.phase !== 'question' || !q || q.type === 'flashcard') return;
		({ response: this.response, announcement: this.announcement } = gradeAndSay(q, given));
		this.phase = 'answered';
		this.#save();
	}

	/** "I was right": a typed answer graded wrong becomes a pass; the log records that it was overruled. */
	overrule(): void {
		if (!this.canOverrule || !this.response) return;
		this.response = { ...this.response, verdict: 'right', overridden: true };
		this.announcement = 'Marked right: your answer counts as a pass.';
		this.#save();
	}

	async rate(rating: RatingNumber): Promise<void> {
		const card = this.card;
		const q = this.question;
		if (this.phase !== 'answered' || !card || !q || !this.allowed.includes(rating)) return;
		// A learner quicker than FSRS's first load waits for it rather than losing the key press.
		const states = this.states ?? (await this.#pendingStates?.catch(() => null));
		if (!states || this.card !== card || this.phase !== 'answered') return;
		const now = Math.max(this.#deps.now(), this.shownAt);
		const response = this.response;
		const right = q.type === 'flashcard' ? rating > 1 : response?.verdict !== 'wrong';
		const result = answerCard({
			card,
			states,
			rating,
			now,
			shownAt: this.shownAt,
			timeZone: this.#deps.learner.timeZone,
			siblings: this.#siblings,
			sentenceOf: (id) => this.#sentences.get(id),
			response:
				q.type === 'flashcard'
					? undefined
					: { answer: response?.given ?? '', correct: right, almost: response?.verdict === 'almost', overridden: response?.overridden }
		});
		this.phase = 'loading';
		let written: AnswerResult | null;
		try {
			written = await this.#deps.cards.recordAnswer(result);
		} catch (e) {
			this.error = `Your answer could not be saved: ${(e as Error).message}`;
			this.phase = 'answered';
			return;
		}
		if (!written) {
			this.notice = 'This card was answered in another tab while it was on screen here, so this answer was not saved: the other one stands.';
			this.announcement = this.notice;
			this.#stale = true;
			await this.#advance();
			return;
		}
		this.#history = [...this.#history, written].slice(-20);
		this.#answers += 1;
		if (!this.#firstTry.has(card.questionId)) this.#firstTry.set(card.questionId, { right, at: now });
		const changed = new Map([written.card, ...written.buried].map((c) => [c.questionId, c]));
		this.#siblings = this.#siblings.map((c) => changed.get(c.questionId) ?? c);
		this.#queue = applyAnswer(this.#queue, written, this.#window(now).dayEnd);
		// Buried siblings freed places within today's limits that only a read can fill: read now, so
		// that the counts never grow back at the end of the session.
		if (written.buried.length) this.#stale = true;
		this.#save(); // the answer is kept before anything else is awaited
		this.notice = written.leech ? leechMessage(written.card) : null;
		this.announcement = this.notice ?? '';
		this.#announce();
		await this.#advance();
	}

	/** Undoes the last answer: the card and its siblings as they were, its log entry gone, shown again. */
	async undo(): Promise<void> {
		const last = this.#history.at(-1);
		if (!last || this.phase === 'loading') return;
		const phase = this.phase;
		this.phase = 'loading';
		let undone: boolean;
		try {
			undone = await this.#deps.cards.undoAnswer(last);
		} catch (e) {
			this.error = `Could not undo: ${(e as Error).message}`;
			return;
		}
		this.#history = this.#history.slice(0, -1);
		if (!undone) {
			this.phase = phase;
			this.notice = 'That answer cannot be undone: the card has been answered since, in another tab.';
			this.announcement = this.notice;
			this.#save();
			return;
		}
		const id = last.card.questionId;
		this.#answers -= 1;
		if (this.#firstTry.get(id)?.at === last.entry.reviewedAt) this.#firstTry.delete(id);
		this.summary = null;
		this.notice = null;
		this.card = null;
		await this.#reloadQueue();
		this.announcement = 'Last answer undone.';
		this.#show(last.before[0]!, this.#deps.now());
		this.#save();
		this.#announce();
	}

	/** Cards due within the next day, answered now (the schedule takes the early answer into account). */
	async studyAhead(): Promise<void> {
		if (this.phase !== 'done') return;
		this.mode = 'ahead';
		this.phase = 'loading';
		await this.#reloadQueue();
		await this.#advance();
		if ((this.phase as Phase) === 'done') this.announcement = 'Nothing is due within the next day either.';
	}

	#announce() {
		this.#deps.changes?.post({ learnerId: this.#deps.learner.id, deckId: this.#deps.deckId });
	}

	/** Another tab answered (or undid an answer) in this deck: refresh the queue, and move off a card it answered. */
	async #onChangeElsewhere(): Promise<void> {
		if (this.phase === 'loading') {
			this.#stale = true;
			return;
		}
		const card = this.card;
		await this.#reloadQueue();
		if (this.phase === 'question' && card && this.card === card && !(await this.#stillAsShown(card))) {
			this.notice = 'The card on screen was answered in another tab: here is the next one.';
			this.announcement = this.notice;
			await this.#advance();
		} else if (this.phase === 'done') {
			await this.#advance();
		}
	}

	async #summarise(): Promise<void> {
		const { cards, learner, deckId } = this.#deps;
		const day = this.#window();
		const [nextDue, counts, all] = await Promise.all([
			cards.nextDue(learner.id, deckId, day.now),
			cards.counts(learner.id, deckId, dayWindow(day.now, learner.timeZone)),
			cards.deckCards(learner.id, deckId)
		]);
		const live = all.filter((c) => this.#questions.has(c.questionId));
		const newLeft = live.filter((c) => c.queue === QUEUE.new && c.buriedUntil <= day.now).length;
		const buried = live.filter((c) => c.queue !== QUEUE.off && c.buriedUntil > day.now).length;
		const tries = [...this.#firstTry];
		this.summary = {
			studied: tries.length,
			answers: this.#answers,
			accuracy: tries.length ? tries.filter(([, t]) => t.right).length / tries.length : null,
			missed: tries.flatMap(([id, t]) => (t.right ? [] : [this.#questions.get(id)!])),
			timeMs: day.now - this.#startedAt,
			nextDue,
			newWaiting: Math.max(0, newLeft - counts.new),
			buried
		};
	}
}
