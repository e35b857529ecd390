import { z } from 'zod';
import { ResultsTableSchema } from '$lib/classroom/results';

// A teacher's stored results table. It is checked with the classroom's own schema (full zod), so it
// is loaded when results are first read or saved, not with every page that opens the database.
export const ClassResultSchema = z.object({
	/** `live-<pin>-<created>` or `assignment-<code>`: saving a game again replaces its record. */
	id: z.string().min(1).max(200),
	kind: z.enum(['live', 'assignment']),
	code: z.string(),
	savedAt: z.number(),
	table: ResultsTableSchema
});
export type ClassResult = z.infer<typeof ClassResultSchema>;
