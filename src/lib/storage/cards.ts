import {
	QUEUE,
	buildQueue,
	countToday,
	limitsLeft,
	newCard,
	resetCard,
	sameVersion,
	withFlags,
	DEFAULT_SETTINGS,
	type AnswerResult,
	type DayWindow,
	type DeckSettings,
	type Queue,
	type ReviewEntry,
	type StudyCard
} from '$lib/scheduler';
import type { StudyDatabase } from './db';
import { between, cardKey, prefixRange, reviewKey } from './keys';
import { DeckSettingsSchema } from '$lib/scheduler';
import type { DeckSettingsRecord } from './records';

/** When buried cards took places within a limit, how many more to read at once. */
const BURIED_SLACK = 20;

export interface QuestionRef {
	id: string;
	factId: string;
}

export interface SyncResult {
	added: number;
	/** Cards whose question left the deck: kept aside with their state. */
	setAside: number;
	/** Cards kept aside earlier whose question came back. */
	restored: number;
}

export interface DeckCounts {
	new: number;
	learning: number;
	review: number;
	/** Cards in review (learned at least once). */
	learned: number;
	/** Learned cards with an interval of 21 days or more (Anki's "mature"). */
	mature: number;
	suspended: number;
	/** Cards of the deck that can be studied (not kept aside). */
	total: number;
}

export interface QueueData {
	queue: Queue;
	settings: DeckSettings;
	/** Every card of the deck's facts that the queue holds, for sibling burying. */
	cards: StudyCard[];
}

const ALL = (l: string, d: string, q: number) => IDBKeyRange.bound([l, d, q, -Infinity], [l, d, q, Infinity]);

/** Cards, the review log and per-deck settings of learners. */
export class CardRepository {
	readonly #db: StudyDatabase;

	constructor(db: StudyDatabase) {
		this.#db = db;
	}

	/**
	 * Makes the learner's cards match the deck's questions: a card for each new question, cards of
	 * questions that left the deck set aside (kept, with their state), and brought back if they
	 * return. Cards of questions that stayed are not touched. One transaction.
	 */
	async syncDeck(learnerId: string, deckId: string, questions: readonly QuestionRef[]): Promise<SyncResult> {
		const tx = this.#db.transaction('cards', 'readwrite');
		const existing = await tx.store.index('by-learner-deck').getAll([learnerId, deckId]);
		const byId = new Map(existing.map((c) => [c.questionId, c]));
		const wanted = new Set(questions.map((q) => q.id));
		const writes: StudyCard[] = [];
		const result: SyncResult = { added: 0, setAside: 0, restored: 0 };
		questions.forEach((q, position) => {
			const card = byId.get(q.id);
			if (!card) {
				writes.push(newCard({ learnerId, deckId, questionId: q.id, factId: q.factId }, position));
				result.added += 1;
			} else if (card.orphaned || card.factId !== q.factId || card.position !== position) {
				if (card.orphaned) result.restored += 1;
				const moved = { ...card, factId: q.factId, position, due: card.queue === QUEUE.new || card.state === 0 ? position : card.due };
				writes.push(withFlags(moved, { orphaned: false }));
			}
		});
		for (const card of existing) {
			if (!wanted.has(card.questionId) && !card.orphaned) {
				writes.push(withFlags(card, { orphaned: true }));
				result.setAside += 1;
			}
		}
		await Promise.all([...writes.map((c) => tx.store.put(c)), tx.done]);
		return result;
	}

	async settings(learnerId: string, deckId: string): Promise<DeckSettings> {
		const record = await this.#db.get('settings', [learnerId, deckId]);
		return record ? pickSettings(record) : { ...DEFAULT_SETTINGS };
	}

	async saveSettings(learnerId: string, deckId: string, settings: DeckSettings): Promise<DeckSettings> {
		const valid = DeckSettingsSchema.parse(settings);
		await this.#db.put('settings', { ...valid, learnerId, deckId });
		return valid;
	}

	/**
	 * Reads what today's queue needs, in one read-only transaction that touches only the learning
	 * cards, the reviews due today (up to the limit) and the next new cards (up to the limit).
	 */
	async loadQueue(learnerId: string, deckId: string, day: DayWindow): Promise<QueueData> {
		const tx = this.#db.transaction(['cards', 'reviewLog', 'settings'], 'readonly');
		const byQueue = tx.objectStore('cards').index('by-queue');
		const [record, todayLog, learning] = await Promise.all([
			tx.objectStore('settings').get([learnerId, deckId]),
			tx.objectStore('reviewLog').index('by-learner-deck-time').getAll(between([learnerId, deckId], day.dayStart, Infinity)),
			byQueue.getAll(ALL(learnerId, deckId, QUEUE.learning))
		]);
		const settings = record ? pickSettings(record) : { ...DEFAULT_SETTINGS };
		const today = countToday(todayLog, day.dayStart);
		const left = limitsLeft(settings, today);
		// Exactly as many as the limits allow; more only when buried cards took some places.
		const upTo = async (range: IDBKeyRange, wanted: number) => {
			let count = wanted;
			for (;;) {
				const cards = wanted ? await byQueue.getAll(range, count) : [];
				const buried = cards.filter((c) => c.buriedUntil > day.now).length;
				if (cards.length < count || cards.length - buried >= wanted) return cards;
				count = wanted + buried + BURIED_SLACK;
			}
		};
		const [reviews, fresh] = await Promise.all([
			upTo(between([learnerId, deckId, QUEUE.review], -Infinity, day.dayEnd), left.reviewsLeft),
			upTo(ALL(learnerId, deckId, QUEUE.new), left.newLeft)
		]);
		await tx.done;
		const queue = buildQueue({ learning, reviews, fresh, today, settings, now: day.now, dayEnd: day.dayEnd });
		return { queue, settings, cards: [...learning, ...reviews, ...fresh] };
	}

	/** New / learning / due counts for today, and how much of the deck is learned. */
	async counts(learnerId: string, deckId: string, day: DayWindow): Promise<DeckCounts> {
		const { queue } = await this.loadQueue(learnerId, deckId, day);
		const tx = this.#db.transaction('cards', 'readonly');
		const byQueue = tx.store.index('by-queue');
		const [learnedCards, suspended, all] = await Promise.all([
			byQueue.getAll(ALL(learnerId, deckId, QUEUE.review)),
			byQueue.getAll(ALL(learnerId, deckId, QUEUE.off)),
			tx.store.index('by-learner-deck').count([learnerId, deckId])
		]);
		await tx.done;
		const orphaned = suspended.filter((c) => c.orphaned).length;
		return {
			...queue.counts,
			learned: learnedCards.length,
			mature: learnedCards.filter((c) => c.scheduledDays >= 21).length,
			suspended: suspended.length - orphaned,
			total: all - orphaned
		};
	}

	/** When the next learning or review card of the deck falls due (epoch ms), or null. */
	async nextDue(learnerId: string, deckId: string, now: number): Promise<number | null> {
		const tx = this.#db.transaction('cards', 'readonly');
		const byQueue = tx.store.index('by-queue');
		const firsts = await Promise.all(
			[QUEUE.learning, QUEUE.review].map(async (q) => {
				let best: number | null = null;
				for (let cursor = await byQueue.openCursor(ALL(learnerId, deckId, q)); cursor; cursor = await cursor.continue()) {
					const at = Math.max(cursor.value.due, cursor.value.buriedUntil);
					if (best === null || at < best) best = at;
					if (cursor.value.due > now && cursor.value.buriedUntil <= now) break; // in due order: nothing sooner follows
				}
				return best;
			})
		);
		await tx.done;
		const times = firsts.filter((t): t is number => t !== null);
		return times.length ? Math.min(...times) : null;
	}

	/**
	 * Writes an answer: the card's new state, its buried siblings and the log entry, in one
	 * transaction. The card is read again inside it: if it is no longer the version that was shown
	 * (another tab answered it, or undid an answer), nothing is written and null comes back, so that
	 * a stale copy never overwrites an answer. Siblings are buried from their stored state, not from
	 * the session's copies. Returns what was written, with `before` as it was stored, for undo.
	 */
	async recordAnswer(result: AnswerResult): Promise<AnswerResult | null> {
		const tx = this.#db.transaction(['cards', 'reviewLog'], 'readwrite');
		const cards = tx.objectStore('cards');
		const shown = result.before[0] ?? result.card;
		const [stored, ...siblings] = await Promise.all([result.card, ...result.buried].map((c) => cards.get(cardKey(c))));
		// A card not stored yet (one a classroom quiz adds) can have been answered nowhere else: its
		// first answer is written; any other answer must find the card as it was shown.
		if (stored ? !sameVersion(stored, shown) : shown.reps > 0) {
			await tx.done;
			return null;
		}
		const before: StudyCard[] = [stored ?? shown];
		const buried: StudyCard[] = [];
		result.buried.forEach((b, i) => {
			const s = siblings[i];
			if (!s || s.buriedUntil >= b.buriedUntil || (s.queue !== QUEUE.new && s.queue !== QUEUE.review)) return;
			before.push(s);
			buried.push(withFlags(s, { buriedUntil: b.buriedUntil }));
		});
		await Promise.all([
			cards.put(result.card),
			...buried.map((c) => cards.put(c)),
			tx.objectStore('reviewLog').add(result.entry),
			tx.done
		]);
		return { ...result, buried, before };
	}

	/**
	 * Undoes an answer written by recordAnswer: the card as it was, its siblings unburied and the log
	 * entry removed, in one transaction. Only if the card is still as that answer left it: an answer
	 * given since (in another tab) is never erased. Returns whether the answer was undone.
	 */
	async undoAnswer(result: Pick<AnswerResult, 'card' | 'buried' | 'before' | 'entry'>): Promise<boolean> {
		const tx = this.#db.transaction(['cards', 'reviewLog'], 'readwrite');
		const cards = tx.objectStore('cards');
		const [stored, ...siblings] = await Promise.all([result.card, ...result.buried].map((c) => cards.get(cardKey(c))));
		if (!stored || !sameVersion(stored, result.card)) {
			await tx.done;
			return false;
		}
		const unburied = result.buried.flatMap((b, i) => {
			const s = siblings[i];
			const was = result.before.find((c) => c.questionId === b.questionId);
			return s && was && s.buriedUntil === b.buriedUntil ? [withFlags(s, { buriedUntil: was.buriedUntil })] : [];
		});
		await Promise.all([
			cards.put(result.before[0]!),
			...unburied.map((c) => cards.put(c)),
			tx.objectStore('reviewLog').delete(reviewKey(result.entry)),
			tx.done
		]);
		return true;
	}

	async deckCards(learnerId: string, deckId: string): Promise<StudyCard[]> {
		const cards = await this.#db.getAllFromIndex('cards', 'by-learner-deck', [learnerId, deckId]);
		return cards.sort((a, b) => a.position - b.position);
	}

	async card(learnerId: string, deckId: string, questionId: string): Promise<StudyCard | undefined> {
		return this.#db.get('cards', [learnerId, deckId, questionId]);
	}

	async setSuspended(learnerId: string, deckId: string, questionId: string, suspended: boolean): Promise<StudyCard> {
		const tx = this.#db.transaction('cards', 'readwrite');
		const card = await tx.store.get([learnerId, deckId, questionId]);
		if (!card) throw new Error(`No card for question ${questionId} in deck ${deckId}`);
		const updated = withFlags(card, { suspended });
		await Promise.all([tx.store.put(updated), tx.done]);
		return updated;
	}

	async reviewsOf(learnerId: string, deckId: string): Promise<ReviewEntry[]> {
		return this.#db.getAllFromIndex('reviewLog', 'by-learner-deck-time', prefixRange(learnerId, deckId));
	}

	/**
	 * Forgets a deck's progress for a learner: every card new again (a plain suspension kept), and
	 * their review log deleted. One transaction. Returns how many cards were reset.
	 */
	async resetDeck(learnerId: string, deckId: string): Promise<number> {
		const tx = this.#db.transaction(['cards', 'reviewLog'], 'readwrite');
		const cards = tx.objectStore('cards');
		const log = tx.objectStore('reviewLog');
		const [existing, logKeys] = await Promise.all([
			cards.index('by-learner-deck').getAll([learnerId, deckId]),
			log.index('by-learner-deck-time').getAllKeys(prefixRange(learnerId, deckId))
		]);
		await Promise.all([
			...existing.map((c) => cards.put(resetCard(c))),
			...logKeys.map((k) => log.delete(k)),
			tx.done
		]);
		return existing.length;
	}

	/** Forgets every deck's progress for a learner (the profile and its settings stay). */
	async resetLearner(learnerId: string): Promise<number> {
		const tx = this.#db.transaction(['cards', 'reviewLog'], 'readwrite');
		const cards = tx.objectStore('cards');
		const existing = await cards.getAll(prefixRange(learnerId));
		await Promise.all([
			...existing.map((c) => cards.put(resetCard(c))),
			tx.objectStore('reviewLog').delete(prefixRange(learnerId)),
			tx.done
		]);
		return existing.length;
	}
}

function pickSettings(record: DeckSettingsRecord): DeckSettings {
	const parsed = DeckSettingsSchema.safeParse(record);
	return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export { cardKey };
