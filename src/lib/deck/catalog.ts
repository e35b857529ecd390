import { QUESTION_TYPES, type Deck, type DeckSummary, type QuestionType } from './schema';
import { parseDeck } from './validate';

/** Raised when deck files are invalid; its message names every file, question and field at fault. */
export class DeckFileError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid deck files:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		this.name = 'DeckFileError';
	}
}

function fileId(path: string): string {
	return (path.split('/').pop() ?? path).replace(/\.json$/, '');
}

/**
 * Validates deck files (path → parsed JSON) and indexes them by id. A deck's id must be its file
 * name, so that `questions/decks/<id>.json` and `/api/decks/<id>` always agree.
 */
export function buildCatalog(files: Record<string, unknown>): Map<string, Deck> {
	const decks = new Map<string, Deck>();
	const problems: string[] = [];
	for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const result = parseDeck(data);
		if (!result.ok) {
			problems.push(...result.errors.map((e) => `${path}: ${e}`));
		} else if (result.deck.id !== fileId(path)) {
			problems.push(`${path}: id: "${result.deck.id}" must match the file name "${fileId(path)}"`);
		} else {
			decks.set(result.deck.id, result.deck);
		}
	}
	if (problems.length) throw new DeckFileError(problems);
	return decks;
}

export function countByType(deck: Deck): Record<QuestionType, number> {
	const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
	for (const q of deck.questions) counts[q.type] += 1;
	return counts;
}

export function summarizeDeck(deck: Deck): DeckSummary {
	return {
		id: deck.id,
		title: deck.title,
		source: deck.source,
		questionCount: deck.questions.length,
		countsByType: countByType(deck)
	};
}
