import { z } from '$lib/zod-mini';
import { ReviewEntrySchema, StudyCardSchema } from '$lib/storage';

// A study session as kept in the tab's sessionStorage, so that a reload carries on where it was: the
// card on screen (answered but not rated stays answered, so the learner cannot try again after
// seeing the answer), the counts, first-try results and the undo stack. Read back through zod: it
// is input from outside the running code, and a snapshot that does not parse is ignored.

const AnswerResultSchema = z.object({
	card: StudyCardSchema,
	entry: ReviewEntrySchema,
	buried: z.array(StudyCardSchema),
	leech: z.boolean(),
	before: z.array(StudyCardSchema).check(z.minLength(1))
});

export const SessionSnapshotSchema = z.object({
	version: z.literal(1),
	learnerId: z.string(),
	deckId: z.string(),
	/** The learner day the session belongs to: a snapshot from another day is not resumed. */
	dayStart: z.number(),
	startedAt: z.number(),
	ahead: z.boolean(),
	answers: z.int().check(z.gte(0)),
	/** Each card's first answer in the session: [questionId, right, reviewedAt]. */
	firstTry: z.array(z.tuple([z.string(), z.boolean(), z.number()])),
	history: z.array(AnswerResultSchema).check(z.maxLength(20)),
	current: z.nullable(
		z.object({
			card: StudyCardSchema,
			shownAt: z.number(),
			response: z.nullable(
				z.object({
					given: z.string(),
					verdict: z.enum(['right', 'almost', 'wrong']),
					overridden: z.optional(z.boolean())
				})
			),
			answered: z.boolean()
		})
	)
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

/** What sessionStorage offers; a Map-backed stand-in in tests. */
export type SnapshotStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const snapshotKey = (learnerId: string, deckId: string) => `factdeck-session:${learnerId}:${deckId}`;

export function readSnapshot(store: SnapshotStore, key: string): SessionSnapshot | null {
	try {
		const text = store.getItem(key);
		if (!text) return null;
		const parsed = SessionSnapshotSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export function writeSnapshot(store: SnapshotStore, key: string, snapshot: SessionSnapshot): void {
	try {
		store.setItem(key, JSON.stringify(snapshot));
	} catch {
		// Storage full or refused: the session goes on; only a reload would lose it.
	}
}
