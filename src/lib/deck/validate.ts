import type { z } from 'zod';
import { DeckSchema, type Deck } from './schema';

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

/** `questions[3].source.end` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

/** The id a raw question claims, when it has one, so that a message can name it. */
function questionLabel(data: unknown, list: 'questions' | 'more', index: number): string {
	const questions = (data as Record<string, unknown> | null)?.[list];
	const id = Array.isArray(questions) ? (questions[index] as { id?: unknown } | null)?.id : undefined;
	const label = list === 'more' ? `further question ${index + 1}` : `question ${index + 1}`;
	return typeof id === 'string' ? `${label} (${id})` : label;
}

/**
 * One line per problem, naming the question (by position and id) and the field:
 * `question 4 (q-…): options: the answer must be among the options exactly once`.
 */
export function describeIssues(error: z.ZodError, data: unknown): string[] {
	return error.issues.map((issue) => {
		const [first, index, ...rest] = issue.path;
		if ((first === 'questions' || first === 'more') && typeof index === 'number') {
			const field = rest.length ? formatPath(rest) : '(the question itself)';
			return `${questionLabel(data, first, index)}: ${field}: ${issue.message}`;
		}
		return `${issue.path.length ? formatPath(issue.path) : '(the deck itself)'}: ${issue.message}`;
	});
}

/** Validates anything that claims to be a deck: a file, a response body, an import. */
export function parseDeck(data: unknown): DeckResult {
	const result = DeckSchema.safeParse(data);
	return result.success
		? { ok: true, deck: result.data }
		: { ok: false, errors: describeIssues(result.error, data) };
}
