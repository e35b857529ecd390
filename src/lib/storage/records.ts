import { z } from 'zod';
import { DeckSchema, MAX_ARTICLE_BYTES, formatPath } from '$lib/deck';
import { DeckSettingsSchema, QUEUE, STATE, isTimeZone, queueOf, type StudyCard } from '$lib/scheduler';

// zod schemas for every stored record: what an import file, or a record written by an older version,
// must be before it is trusted.

const id = z.string().min(1, 'must not be empty').max(200);
const epoch = z.number().finite('must be a time in epoch milliseconds');
const count = z.int().min(0);
const real = z.number().finite();

export const LearnerSchema = z.object({
	id,
	name: z.string().trim().min(1, 'a name must not be blank').max(60, 'a name takes at most 60 characters'),
	timeZone: z.string().refine(isTimeZone, 'must be a known time zone, such as "Europe/Paris"'),
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
		stability: real.min(0),
		difficulty: real.min(0),
		elapsedDays: real.min(0),
		scheduledDays: real.min(0),
		learningSteps: count,
		reps: count,
		lapses: count,
		state: stateNumber,
		lastReview: epoch.nullable(),
		queue: queueNumber,
		suspended: z.boolean(),
		buriedUntil: epoch.min(0),
		leech: z.boolean(),
		orphaned: z.boolean()
	})
	.refine((c) => c.queue === queueOf(c), { message: 'queue does not match the state and flags', path: ['queue'] });

export const ReviewEntrySchema = z.object({
	learnerId: id,
	deckId: id,
	questionId: id,
	reviewedAt: epoch,
	rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'must be 1 (Again) to 4 (Easy)' }),
	answer: z.string().max(10_000).nullable(),
	correct: z.boolean().nullable(),
	almost: z.boolean(),
	overridden: z.boolean().optional(),
	durationMs: real.min(0),
	state: stateNumber,
	due: epoch,
	stability: real.min(0),
	difficulty: real.min(0),
	elapsedDays: real.min(0),
	lastElapsedDays: real.min(0),
	scheduledDays: real.min(0),
	learningSteps: count
});

/** How a learner's own deck came to be: generated from a text, written by hand, or imported from a file. */
export const OWN_DECK_ORIGINS = ['generated', 'hand', 'imported'] as const;

/** Texts longer than this are refused before generation (and so never stored). */
export const MAX_OWN_TEXT = MAX_ARTICLE_BYTES;

export const OwnDeckRecordSchema = z
	.object({
		id,
		deck: DeckSchema,
		origin: z.enum(OWN_DECK_ORIGINS),
		/** The text it was generated from, as given (front matter and Markdown kept), to regenerate from. */
		text: z.string().max(MAX_OWN_TEXT).nullable(),
		createdAt: epoch,
		updatedAt: epoch
	})
	.refine((r) => r.id === r.deck.id, { message: "must be the deck's own id", path: ['id'] });
export type OwnDeckRecord = z.infer<typeof OwnDeckRecordSchema>;

export const DeckSettingsRecordSchema = DeckSettingsSchema.extend({ learnerId: id, deckId: id });
export type DeckSettingsRecord = z.infer<typeof DeckSettingsRecordSchema>;

// Compile-time check that the schema and the scheduler's type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardTypesAgree: Same<z.infer<typeof StudyCardSchema>, StudyCard> = true;
void cardTypesAgree;

export { formatPath };

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

export function describeZodError(error: z.ZodError, prefix = '', max = 10): string[] {
	const lines = error.issues.slice(0, max).map((issue) => describeIssue(issue, prefix));
	if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems`);
	return lines;
}
