import { z } from '$lib/zod-mini';

// Per-deck study settings, with Anki's and FSRS's defaults.

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;

export const DeckSettingsSchema = z.object({
	desiredRetention: z
		.number()
		.check(z.gte(RETENTION_MIN, `desired retention must be at least ${RETENTION_MIN}`), z.lte(RETENTION_MAX, `desired retention must be at most ${RETENTION_MAX}`)),
	newPerDay: z.int().check(z.gte(0, 'new cards per day cannot be negative'), z.lte(9999)),
	reviewsPerDay: z.int().check(z.gte(0, 'reviews per day cannot be negative'), z.lte(99999))
});
export type DeckSettings = z.infer<typeof DeckSettingsSchema>;

export const DEFAULT_SETTINGS: DeckSettings = Object.freeze({ desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 });

/** Learning steps (first sight) and relearning steps (after a lapse), as ts-fsrs writes them. */
export const LEARNING_STEPS = ['1m', '10m'] as const;
export const RELEARNING_STEPS = ['10m'] as const;

/** A learning card due within this long may be shown early when nothing else is left (Anki: 20 min). */
export const LEARN_AHEAD_MS = 20 * 60_000;
