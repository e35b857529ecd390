import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '$lib/deck/article-input';
import { DeckSchema } from '$lib/deck/schema';

// A learner's own deck as stored: it holds a whole deck, so it is checked with the deck schema (full
// zod), kept apart from the records every page loads (zod/mini).
const id = z.string().min(1, 'must not be empty').max(200);
const epoch = z.number().finite('must be a time in epoch milliseconds');

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
