import { z } from '$lib/zod-mini';
import { DeckSettingsSchema, QUEUE, STATE, isTimeZone, queueOf, type StudyCard } from '$lib/scheduler';

// zod schemas for every stored record: what an import file, or a record written by an older version,
// must be before it is trusted.

const id = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200));
// zod's numbers are finite: NaN and Infinity are refused.
const epoch = z.number();
const count = z.int().check(z.gte(0));
const nonNegative = z.number().check(z.gte(0));

export const LearnerSchema = z.object({
	id,
	name: z.string().check(z.trim(), z.minLength(1, 'a name must not be blank'), z.maxLength(60, 'a name takes at most 60 characters')),
	timeZone: z.string().check(z.refine(isTimeZone, 'must be a known time zone, such as "Europe/Paris"')),
	createdAt: epoch
});
export type Learner = z.infer<typeof LearnerSchema>;

const stateNumber = z.union([z.literal(STATE.new), z.literal(STATE.learning), z.literal(STATE.review), z.literal(STATE.relearning)], {
	error: 'must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)'
});
const queueNumber = z.union([z.literal(QUEUE.off), z.literal(QUEUE.new), z.literal(QUEUE.learning), z.literal(QUEUE.review)], {
	error: 'must be -1, 0, 1 or 2'
});

export const StudyCardSchema = z
	.object({
		learnerId: id,
		deckId: id,
		questionId: id,
		factId: id,
		position: count,
		due: epoch,
		stability: nonNegative,
		difficulty: nonNegative,
		elapsedDays: nonNegative,
		scheduledDays: nonNegative,
		learningSteps: count,
		reps: count,
		lapses: count,
		state: stateNumber,
		lastReview: z.nullable(epoch),
		queue: queueNumber,
		suspended: z.boolean(),
		buriedUntil: nonNegative,
		leech: z.boolean(),
		orphaned: z.boolean()
	})
	.check(z.refine((c) => c.queue === queueOf(c), { message: 'queue does not match the state and flags', path: ['queue'] }));

export const ReviewEntrySchema = z.object({
	learnerId: id,
	deckId: id,
	questionId: id,
	reviewedAt: epoch,
	rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'must be 1 (Again) to 4 (Easy)' }),
	answer: z.nullable(z.string().check(z.maxLength(10_000))),
	correct: z.nullable(z.boolean()),
	almost: z.boolean(),
	/** The learner said "I was right" after a wrong verdict: the answer counted as a pass. Absent on older entries. */
	overridden: z.optional(z.boolean()),
	durationMs: nonNegative,
	state: stateNumber,
	due: epoch,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsedDays: nonNegative,
	lastElapsedDays: nonNegative,
	scheduledDays: nonNegative,
	learningSteps: count
});

export const DeckSettingsRecordSchema = z.extend(DeckSettingsSchema, { learnerId: id, deckId: id });
export type DeckSettingsRecord = z.infer<typeof DeckSettingsRecordSchema>;

// Compile-time check that the schema and the scheduler's type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardTypesAgree: Same<z.infer<typeof StudyCardSchema>, StudyCard> = true;
void cardTypesAgree;

/** `cards[3].due` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

// Records of a backup file by the name a learner knows them by, numbered from 1.
const RECORD_NAMES: Record<string, string> = { cards: 'Card', reviewLog: 'Answer', settings: 'Deck setting' };
const KINDS: Record<string, string> = {
	number: 'a number',
	string: 'text',
	boolean: 'true or false',
	array: 'a list',
	object: 'a record (an object)',
	int: 'a whole number'
};

/** A zod issue in words: what is wrong with the value, without zod's own wording. */
function inWords(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type') {
		const received = /received (\w+)/.exec(issue.message)?.[1];
		if (received === 'undefined') return 'is missing';
		const expected = KINDS[issue.expected] ?? issue.expected;
		return `must be ${expected}${received && KINDS[received] ? `, not ${KINDS[received]}` : ''}`;
	}
	if (issue.code === 'too_small' && !issue.message.startsWith('Too small')) return issue.message;
	if (issue.code === 'too_small') return `must be ${issue.minimum} or more`;
	if (issue.code === 'too_big' && issue.message.startsWith('Too big')) return `must be at most ${issue.maximum}`;
	if (issue.code === 'unrecognized_keys') return `has fields it should not: ${issue.keys.join(', ')}`;
	return issue.message.replace(/^Invalid input: /, 'is not valid: ');
}

/**
 * "Card 3, field “due”: must be a number, not text" from a zod issue: the record by its name and
 * number (from 1, as a person counts), then the field, then what is wrong, in words.
 */
export function describeIssue(issue: z.core.$ZodIssue, prefix = ''): string {
	const path = [...issue.path];
	let where = prefix;
	const [collection, index] = path;
	if (typeof collection === 'string' && typeof index === 'number' && RECORD_NAMES[collection]) {
		where = `${RECORD_NAMES[collection]} ${index + 1} (${collection}[${index}])`;
		path.splice(0, 2);
	} else if (collection === 'learner') {
		where = 'The profile';
		path.shift();
	}
	const field = formatPath(path);
	return `${where || 'The file'}${field ? `, field “${field}”` : ''}: ${inWords(issue)}`;
}

export function describeZodError(error: z.core.$ZodError, prefix = '', max = 10): string[] {
	const lines = error.issues.slice(0, max).map((issue) => describeIssue(issue, prefix));
	if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems`);
	return lines;
}
