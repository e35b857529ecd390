import { QUESTION_TYPES, normalizeAnswer, type Deck, type QuestionType } from '$lib/deck';
import type { ImportProblem, ImportResult, ImportedQuestion } from '$lib/formats/types';
import { assembleDeck, ownDeckId, type DeckDraft, type DraftItem } from './deck-draft';
import { buildQuestion, noteSentence, type SourceSpan } from './question-draft';

// Questions read from another app's file (GIFT, Anki, CSV) as a deck of one's own. Every question, as
// everywhere, points at a sentence of the deck's article: the article is made of the questions'
// source sentences (a GIFT feedback, a CSV column), or of a line stating the question where the
// file has none. A question the deck schema refuses is a problem with its line, not a failed import.

export const IMPORT_GENERATOR = { name: 'factdeck-import', version: '1' } as const;

export interface QuestionsImport {
	/** The deck to save, or null when not one question could be used. */
	deck: Deck | null;
	/** The file's problems and the questions left out, by line. */
	problems: ImportProblem[];
	/** Problems of the deck as a whole (its title), none when it can be saved. */
	errors: string[];
	counts: Record<QuestionType, number>;
	skipped: ImportResult['skipped'];
}

export interface ImportOptions {
	fileName: string;
	/** The title as the person typed it; the file's own, or its name, when absent. */
	title?: string;
	/** Ids already used (served and own decks): the new deck takes a free one. */
	taken: ReadonlySet<string>;
	/** What the file's numbers count: lines of a text file, or notes of an Anki package. */
	unit?: 'line' | 'note';
}

const EXTENSIONS = /(\.(gift|anki|moodle))?\.(txt|tsv|csv|gift|apkg|colpkg|zip)$/i;

/** A deck title from a file name: "biology-ch_3.gift.txt" → "Biology ch 3". */
export function titleFromFileName(name: string): string {
	const base = (name.split(/[\\/]/).pop() ?? name).replace(EXTENSIONS, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
	return base ? base[0]!.toUpperCase() + base.slice(1) : 'Imported questions';
}

/** The title the deck gets unless the person changes it: the file's own, else one from its name. */
export function importedTitle(result: Pick<ImportResult, 'title'>, fileName: string): string {
	return result.title?.replace(/\s+/g, ' ').trim() || titleFromFileName(fileName);
}

function emptyCounts(): Record<QuestionType, number> {
	return Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const PARAGRAPH_BREAK = '\n\n';

function tagsOf(question: ImportedQuestion): string[] {
	return [...new Set(question.tags.map(oneLine).filter(Boolean))];
}

/**
 * A deck made of the questions an import read: each becomes a deck question pointing at its
 * sentence, or is a problem with its line; the deck is checked whole with the deck schema.
 */
export function deckFromImport(result: ImportResult, options: ImportOptions): QuestionsImport {
	const problems: ImportProblem[] = [...result.problems];
	const counts = emptyCounts();
	// The article's paragraphs, one a sentence, joined once at the end (as appendNote would join
	// them): appending to one long string each time took 17 s for 10,000 cards.
	const paragraphs: string[] = [];
	let length = 0;
	/** Sentences already in the article: questions from one sentence share it (and are siblings). */
	const spans = new Map<string, SourceSpan>();
	/** Each question's id, with the line it came from, to name a repeated one. */
	const seen = new Map<string, number>();
	const items: DraftItem[] = [];

	for (const read of result.questions) {
		// "True" and "TRUE" are true: said so in the note too, as the deck will store it.
		const imported = read.type === 'true-false' ? { ...read, answer: normalizeAnswer(read.answer) } : read;
		const sentence = oneLine(imported.sentence ?? '') || oneLine(noteSentence(imported));
		const known = spans.get(sentence);
		const start = length + (paragraphs.length ? PARAGRAPH_BREAK.length : 0);
		const source = known ?? { start, end: start + sentence.length, sentence };
		const built = buildQuestion({ ...imported, source, tags: tagsOf(imported) });
		if (!built.ok) {
			problems.push(...built.errors.map((message) => ({ line: imported.line, message })));
			continue;
		}
		const earlier = seen.get(built.question.id);
		if (earlier !== undefined) {
			problems.push({ line: imported.line, message: `The same question as ${options.unit ?? 'line'} ${earlier} (same prompt, type and answer): left out.` });
			continue;
		}
		seen.set(built.question.id, imported.line);
		if (!known) {
			paragraphs.push(sentence);
			length = source.end;
			spans.set(sentence, source);
		}
		items.push({ question: built.question, dropped: false, origin: 'generated' });
		counts[built.question.type] += 1;
	}

	problems.sort((a, b) => a.line - b.line);
	const out = { problems, counts, skipped: result.skipped };
	if (!items.length) return { ...out, deck: null, errors: [] };
	const title = (options.title ?? importedTitle(result, options.fileName)).trim();
	const draft: DeckDraft = {
		id: ownDeckId(title || 'imported questions', options.taken),
		title,
		source: { publisher: '', url: '', published: '', licence: '', note: `Imported from ${options.fileName}.` },
		article: paragraphs.join(PARAGRAPH_BREAK),
		generator: IMPORT_GENERATOR,
		items
	};
	const assembled = assembleDeck(draft);
	return assembled.ok ? { ...out, deck: assembled.deck, errors: [] } : { ...out, deck: null, errors: assembled.errors };
}

/**
 * The previewed deck under the title the person typed, with a free id for it: the questions are not
 * made again (a large file takes seconds), only the names. The repository validates it on saving.
 */
export function retitledImport(deck: Deck, title: string, taken: ReadonlySet<string>): { ok: true; deck: Deck } | { ok: false; errors: string[] } {
	const trimmed = title.replace(/\s+/g, ' ').trim();
	if (!trimmed) return { ok: false, errors: ['Title: give the deck a title.'] };
	return { ok: true, deck: { ...deck, id: ownDeckId(trimmed, taken), title: trimmed, source: { ...deck.source, title: trimmed } } };
}
