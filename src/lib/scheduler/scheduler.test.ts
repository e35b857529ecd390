import { describe, expect, it } from 'vitest';
import { QUEUE, STATE, resetCard, withFlags, type StudyCard } from './card';
import { nextDayStart } from './day';
import { answerNow, nextStates, type RatingNumber } from './fsrs';
import { formatInterval } from './interval';
import { LEECH_THRESHOLD, isLeechLapse } from './leech';
import { applyAnswer, buildQueue, countToday, pickNext, queueCounts } from './queue';
import { dayWindow } from './day';
import { sameVersion } from './card';
import { workloadRatio, retentionCost } from './retention';
import { DEFAULT_SETTINGS } from './settings';
import { card, DAY, HOUR, MINUTE, NOON, ZONE } from './testing';

const opts = { desiredRetention: 0.9, timeZone: ZONE };

function answer(c: StudyCard, rating: RatingNumber, now: number, siblings: StudyCard[] = []) {
	return answerNow(c, rating, now, { ...opts, siblings });
}

describe('learning steps', () => {
	it('shows the intervals of 1m and 10m steps on a new card, and days for Easy', () => {
		const states = nextStates(card('q1'), NOON, 0.9);
		expect(formatInterval(states[1].memory.due - NOON)).toBe('1m');
		expect(formatInterval(states[2].memory.due - NOON)).toBe('6m');
		expect(formatInterval(states[3].memory.due - NOON)).toBe('10m');
		expect(states[4].memory.state).toBe(STATE.review);
		expect(states[4].memory.due - NOON).toBeGreaterThanOrEqual(DAY);
	});

	it('walks Good, Good from new to review, never skipping a step', () => {
		const first = answer(card('q1'), 3, NOON).card;
		expect(first.state).toBe(STATE.learning);
		expect(first.queue).toBe(QUEUE.learning);
		expect(first.due).toBe(NOON + 10 * MINUTE);
		const second = answer(first, 3, NOON + 10 * MINUTE).card;
		expect(second.state).toBe(STATE.review);
		expect(second.queue).toBe(QUEUE.review);
		expect(second.due - (NOON + 10 * MINUTE)).toBeGreaterThanOrEqual(DAY);
	});

	it('sends a forgotten review card to relearning with a 10m step, counting the lapse', () => {
		let c = answer(card('q1'), 4, NOON).card;
		const lapse = answer(c, 1, c.due).card;
		expect(lapse.state).toBe(STATE.relearning);
		expect(lapse.lapses).toBe(1);
		expect(lapse.due - c.due).toBe(10 * MINUTE);
		c = answer(lapse, 3, lapse.due).card;
		expect(c.state).toBe(STATE.review);
	});

	it('lengthens intervals with desired retention lowered, and fuzzes them deterministically', () => {
		let c = answer(card('q1'), 4, NOON).card;
		c = answer(c, 3, c.due).card;
		const at = c.due;
		const low = nextStates(c, at, 0.7)[3].memory.due - at;
		const high = nextStates(c, at, 0.97)[3].memory.due - at;
		expect(low).toBeGreaterThan(high * 3);
		expect(nextStates(c, at, 0.9)).toEqual(nextStates(c, at, 0.9));
	});

	it('writes a log entry that says what the card was before', () => {
		const { entry } = answerNow(card('q1'), 3, NOON + 5000, opts);
		expect(entry).toMatchObject({ questionId: 'q1', rating: 3, state: STATE.new, reviewedAt: NOON + 5000, correct: null });
	});
});

describe('the daily queue', () => {
	const settings = DEFAULT_SETTINGS;
	const dayEnd = nextDayStart(NOON, ZONE);

	function review(id: string, due: number): StudyCard {
		return { ...answer(card(id), 4, due - 5 * DAY).card, due };
	}

	it('puts due learning cards first, then due reviews, then new cards', () => {
		const learning = withFlags({ ...answer(card('l'), 3, NOON - 20 * MINUTE).card }, {});
		const q = buildQueue({
			learning: [learning],
			reviews: [review('r2', NOON - HOUR), review('r1', NOON - 2 * HOUR), review('later', dayEnd + 1)],
			fresh: [card('n2', 'f', 2), card('n1', 'g', 1)],
			today: { newDone: 0, reviewsDone: 0 },
			settings,
			now: NOON,
			dayEnd
		});
		expect(q.counts).toEqual({ new: 2, learning: 1, review: 2 });
		expect(q.main.map((c) => c.questionId)).toEqual(['r1', 'r2', 'n1', 'n2']);
		expect(pickNext(q, NOON)?.questionId).toBe('l');
	});

	it('takes reviews due later today (until 4 a.m.) but not tomorrow', () => {
		const q = buildQueue({
			learning: [],
			reviews: [review('tonight', dayEnd - MINUTE), review('tomorrow', dayEnd)],
			fresh: [],
			today: { newDone: 0, reviewsDone: 0 },
			settings,
			now: NOON,
			dayEnd
		});
		expect(q.main.map((c) => c.questionId)).toEqual(['tonight']);
	});

	it('keeps to 20 new cards and 200 reviews a day, counting what today already used', () => {
		const fresh = Array.from({ length: 30 }, (_, i) => card(`n${i}`, `f${i}`, i));
		const reviews = Array.from({ length: 250 }, (_, i) => review(`r${i}`, NOON - i * MINUTE));
		const base = { learning: [], reviews, fresh, settings, now: NOON, dayEnd };
		expect(buildQueue({ ...base, today: { newDone: 0, reviewsDone: 0 } }).counts).toEqual({ new: 20, learning: 0, review: 200 });
		expect(buildQueue({ ...base, today: { newDone: 15, reviewsDone: 190 } }).counts).toEqual({ new: 5, learning: 0, review: 10 });
		expect(buildQueue({ ...base, today: { newDone: 25, reviewsDone: 300 } }).counts).toEqual({ new: 0, learning: 0, review: 0 });
	});

	it("counts today's work from the log, from the start of the learner day", () => {
		const dayBegan = nextDayStart(NOON - DAY, ZONE);
		const log = [
			{ state: STATE.new, reviewedAt: dayBegan - 1 },
			{ state: STATE.new, reviewedAt: dayBegan },
			{ state: STATE.learning, reviewedAt: dayBegan + 1 },
			{ state: STATE.review, reviewedAt: NOON }
		] as const;
		expect(countToday(log, dayBegan)).toEqual({ newDone: 1, reviewsDone: 1 });
	});

	it('leaves out suspended, kept-aside and buried cards', () => {
		const q = buildQueue({
			learning: [],
			reviews: [],
			fresh: [
				withFlags(card('s'), { suspended: true }),
				withFlags(card('o'), { orphaned: true }),
				withFlags(card('b'), { buriedUntil: NOON + HOUR }),
				withFlags(card('was-buried'), { buriedUntil: NOON - HOUR })
			],
			today: { newDone: 0, reviewsDone: 0 },
			settings,
			now: NOON,
			dayEnd
		});
		expect(q.main.map((c) => c.questionId)).toEqual(['was-buried']);
	});

	it('shows a learning card early only when nothing else is left, within 20 minutes', () => {
		const soon = { ...answer(card('l'), 3, NOON).card }; // due in 10 minutes
		expect(pickNext({ learning: [soon], main: [card('n')] }, NOON)?.questionId).toBe('n');
		expect(pickNext({ learning: [soon], main: [] }, NOON)?.questionId).toBe('l');
		const later = { ...soon, due: NOON + 21 * MINUTE };
		expect(pickNext({ learning: [later], main: [] }, NOON)).toBeNull();
	});
});

describe('siblings', () => {
	it('buries new and review siblings until the next learner day, not learning ones or others', () => {
		const a = card('a', 'f-1');
		const newSibling = card('b', 'f-1');
		const reviewSibling = { ...answer(card('c', 'f-1'), 4, NOON - 3 * DAY).card };
		const learningSibling = answer(card('d', 'f-1'), 3, NOON - MINUTE).card;
		const stranger = card('e', 'f-2');
		const result = answer(a, 3, NOON, [newSibling, reviewSibling, learningSibling, stranger]);
		expect(result.buried.map((c) => c.questionId)).toEqual(['b', 'c']);
		const tomorrow4am = nextDayStart(NOON, ZONE);
		expect(result.buried.every((c) => c.buriedUntil === tomorrow4am)).toBe(true);
		expect(result.before.map((c) => c.questionId)).toEqual(['a', 'b', 'c']);
	});

	it('buries questions from the same source sentence too, when the sentences are known', () => {
		// Four gaps in one sentence, each a different fact: answering one must hide the others.
		const gaps = ['g1', 'g2', 'g3'].map((id, i) => card(id, `f-${id}`, i));
		const other = card('o', 'f-o', 3);
		const sentenceOf = (id: string) => (id === 'o' ? 'another sentence' : 'one sentence');
		const bySentence = answerNow(card('g0', 'f-g0'), 3, NOON, { ...opts, siblings: [...gaps, other], sentenceOf });
		expect(bySentence.buried.map((c) => c.questionId)).toEqual(['g1', 'g2', 'g3']);
		expect(answer(card('g0', 'f-g0'), 3, NOON, [...gaps, other]).buried).toEqual([]);
	});
});

describe('a session queue after an answer (applyAnswer)', () => {
	const { dayEnd } = dayWindow(NOON, ZONE);
	it('drops the card and its buried siblings, and brings back a learning card due today', () => {
		const [a, b, c] = [card('a', 'f-1', 0), card('b', 'f-1', 1), card('c', 'f-2', 2)];
		const result = answer(a, 1, NOON, [b, c]);
		const next = applyAnswer({ learning: [], main: [a, b, c] }, result, dayEnd);
		expect(next.main.map((x) => x.questionId)).toEqual(['c']);
		expect(next.learning).toEqual([result.card]);
		expect(queueCounts(next)).toEqual({ new: 1, learning: 1, review: 0 });
	});

	it('gives the same queue as building it afresh from the stored cards', () => {
		const cards = Array.from({ length: 6 }, (_, i) => card(`q${i}`, `f-${i % 3}`, i));
		const input = { reviews: [], today: { newDone: 0, reviewsDone: 0 }, settings: DEFAULT_SETTINGS, now: NOON, dayEnd };
		const first = buildQueue({ ...input, learning: [], fresh: cards });
		const result = answer(cards[0]!, 3, NOON, cards);
		const stored = cards.map((c) => [result.card, ...result.buried].find((x) => x.questionId === c.questionId) ?? c);
		const afresh = buildQueue({ ...input, learning: [result.card], fresh: stored.filter((c) => c.queue === QUEUE.new) });
		const applied = applyAnswer(first, result, dayEnd);
		expect(applied.main).toEqual(afresh.main);
		expect(applied.learning).toEqual(afresh.learning);
	});

	it('leaves out a card graduated to review days away', () => {
		const result = answer(card('a'), 4, NOON);
		expect(applyAnswer({ learning: [], main: [card('a')] }, result, dayEnd)).toEqual({ learning: [], main: [] });
	});

	it('knows a card answered since it was shown (sameVersion)', () => {
		const a = card('a');
		const answered = answer(a, 3, NOON).card;
		expect(sameVersion(a, { ...a })).toBe(true);
		expect(sameVersion(a, answered)).toBe(false);
		expect(sameVersion(answered, withFlags(answered, { buriedUntil: NOON + DAY }))).toBe(true);
	});
});

describe('leeches', () => {
	it('tags and suspends a card at its 8th lapse, and again at the 12th', () => {
		let c = answer(card('q'), 4, NOON).card;
		let now = NOON;
		let leechAt: number[] = [];
		for (let lapse = 1; lapse <= 12; lapse++) {
			now = c.due;
			const r = answer(c, 1, now);
			if (r.leech) leechAt.push(r.card.lapses);
			c = r.card;
			if (c.suspended) c = withFlags(c, { suspended: false });
			now = c.due;
			c = answer(c, 3, now).card; // relearnt: back to review
		}
		expect(leechAt).toEqual([LEECH_THRESHOLD, 12]);
		expect(c.leech).toBe(true);
		expect(isLeechLapse(7, 8)).toBe(true);
		expect(isLeechLapse(8, 8)).toBe(false);
	});

	it('marks the leech answer suspended, out of every queue', () => {
		let c: StudyCard = { ...answer(card('q'), 4, NOON).card, lapses: 7 };
		const r = answer(c, 1, c.due);
		expect(r.leech).toBe(true);
		expect(r.card).toMatchObject({ leech: true, suspended: true, queue: QUEUE.off, lapses: 8 });
	});
});

describe('undo', () => {
	it('keeps every record as it was, so writing them back restores the card and its siblings', () => {
		const a = card('a', 'f-1');
		const b = card('b', 'f-1');
		const r = answer(a, 1, NOON, [b]);
		expect(r.card).not.toEqual(a);
		expect(r.before).toEqual([a, b]);
		// Answering again from the restored card gives the same result: nothing leaked.
		expect(answer(r.before[0]!, 1, NOON, [r.before[1]!])).toEqual(r);
	});
});

describe('reset and settings', () => {
	it('makes a reset card new again, keeping a plain suspension but not a leech one', () => {
		const studied = answer(card('q'), 4, NOON).card;
		const placed = { ...studied, position: 5 };
		expect(resetCard(placed)).toMatchObject({ state: STATE.new, reps: 0, due: 5, queue: QUEUE.new, lastReview: null });
		expect(resetCard(withFlags(placed, { suspended: true })).queue).toBe(QUEUE.off);
		expect(resetCard(withFlags(placed, { suspended: true, leech: true }))).toMatchObject({ suspended: false, leech: false });
	});

	it('says what a desired retention costs', () => {
		expect(workloadRatio(0.9)).toBeCloseTo(1);
		expect(workloadRatio(0.97)).toBeGreaterThan(3.5);
		expect(workloadRatio(0.8)).toBeLessThan(0.5);
		expect(retentionCost(0.9)).toMatch(/^The recommended balance.*forget about 10 in 100/);
		expect(retentionCost(0.95)).toMatch(/^About 2\.\d× the reviews of 0\.90; you forget about 5 in 100/);
	});

	it('formats intervals as the buttons show them', () => {
		expect([30_000, 10 * MINUTE, 5 * HOUR, 3 * DAY, 45 * DAY, 400 * DAY].map(formatInterval)).toEqual([
			'<1m',
			'10m',
			'5h',
			'3d',
			'1.5mo',
			'1.1y'
		]);
	});
});
