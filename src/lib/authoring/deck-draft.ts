import { DECK_SCHEMA_VERSION, parseDeck, slugify, type Deck, type DeckResult, type DeckSource, type Question } from '$lib/deck';
import { buildQuestion, noteSentence, type DraftResult, type QuestionDraft, type SourceSpan } from './question-draft';

// A deck being made on the device: its questions (generated, edited or written by hand), each kept
// or dropped, its title and source, and its article. Pure: the editor's state class holds one.

export const OWN_ID_PREFIX = 'own-';
export const HAND_GENERATOR = { name: 'factdeck-hand', version: '1' } as const;

export type ItemOrigin = 'generated' | 'edited' | 'hand';

/** Tags that say, in the deck itself, which questions a person wrote or changed (kept when regenerating). */
export const ORIGIN_TAGS = { hand: 'written-by-hand', edited: 'edited' } as const;

function originOf(question: Question, fallback: ItemOrigin): ItemOrigin {
	if (question.tags.includes(ORIGIN_TAGS.hand)) return 'hand';
	if (question.tags.includes(ORIGIN_TAGS.edited)) return 'edited';
	return fallback;
}

function tagged(tags: readonly string[] | undefined, origin: ItemOrigin): string[] {
	const rest = (tags ?? []).filter((t) => t !== ORIGIN_TAGS.hand && t !== ORIGIN_TAGS.edited);
	return origin === 'generated' ? rest : [...rest, ORIGIN_TAGS[origin]];
}

export interface DraftItem {
	question: Question;
	dropped: boolean;
	origin: ItemOrigin;
	/** One of the generator's further questions, below its best: offered left out, kept if the person keeps it. */
	further?: boolean;
}

/**
 * How many of a new deck's further questions the review offers, left out, below its best: the
 * generator keeps few questions (precision first), and a person who wants more picks them here.
 * Statements to judge true or false are not offered: blind reviews found almost none acceptable.
 */
export const FURTHER_OFFERED = 10;

/** The source fields as typed: blank ones are left out of the deck. */
export type SourceFields = Record<Exclude<keyof DeckSource, 'title'>, string>;

export interface DeckDraft {
	id: string;
	title: string;
	source: SourceFields;
	article: string;
	generator: Deck['generator'];
	items: DraftItem[];
}

export const EMPTY_SOURCE: SourceFields = { publisher: '', url: '', published: '', licence: '', note: '' };

/** A free id for a new own deck: "own-" and the title's slug, numbered when taken. */
export function ownDeckId(title: string, taken: ReadonlySet<string>): string {
	const base = `${OWN_ID_PREFIX}${slugify(title).slice(0, 60).replace(/-+$/, '')}`;
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A draft from a deck: generated (its best kept, and `further` of the rest offered left out, for
 * review) or stored (to edit later).
 */
export function draftFromDeck(deck: Deck, origin: ItemOrigin = 'generated', further = 0): DeckDraft {
	// Questions tagged as written or edited by a person say so themselves; the rest take `origin`.
	const { title: _sourceTitle, ...rest } = deck.source;
	void _sourceTitle;
	return {
		id: deck.id,
		title: deck.title,
		source: { ...EMPTY_SOURCE, ...rest },
		article: deck.article,
		generator: deck.generator,
		items: [
			...deck.questions.map((question) => ({ question, dropped: false, origin: originOf(question, origin) })),
			...deck.more
				.filter((question) => question.type !== 'true-false')
				.slice(0, further)
				.map((question) => ({ question, dropped: true, origin: 'generated' as const, further: true }))
		]
	};
}

/**
 * Appends a line to the article for a card written without a sentence of it, so that the card, like
 * every question, points at the text it comes from. Offsets of earlier questions do not move.
 */
export function appendNote(article: string, sentence: string): { article: string; span: SourceSpan } {
	const text = sentence.replace(/\s+/g, ' ').trim();
	const sep = article.length === 0 ? '' : article.endsWith('\n\n') ? '' : article.endsWith('\n') ? '\n' : '\n\n';
	const start = article.length + sep.length;
	return { article: article + sep + text, span: { start, end: start + text.length, sentence: text } };
}

/** Adds (or, with `replacing`, puts in place of an item) a question built from a draft; errors name the field. */
export function withQuestion(draft: DeckDraft, question: QuestionDraft, replacing?: number): { draft: DeckDraft; result: DraftResult } {
	let article = draft.article;
	let source = question.source;
	if (!source) {
		if (!question.prompt.trim() || !question.answer.trim()) {
			return { draft, result: buildQuestion({ ...question, source: { start: 0, end: 1, sentence: '-' } }) };
		}
		({ article, span: source } = appendNote(article, noteSentence(question)));
	}
	const origin: ItemOrigin = replacing === undefined || draft.items[replacing]?.origin === 'hand' ? 'hand' : 'edited';
	const result = buildQuestion({ ...question, source, tags: tagged(question.tags, origin) });
	if (!result.ok) return { draft, result };
	const clash = draft.items.findIndex((item, i) => i !== replacing && !item.dropped && item.question.id === result.question.id);
	if (clash >= 0) {
		return { draft, result: { ok: false, errors: [`This is the same question as number ${clash + 1} (same type and answer for the same fact).`] } };
	}
	const items = [...draft.items];
	if (replacing === undefined) items.push({ question: result.question, dropped: false, origin });
	else items[replacing] = { question: result.question, dropped: false, origin };
	return { draft: { ...draft, article, items }, result };
}

/** The deck as it will be saved: kept questions only, validated with the deck schema. */
export function assembleDeck(draft: DeckDraft): DeckResult {
	const source: Record<string, string> = { title: draft.title.trim() };
	for (const [key, value] of Object.entries(draft.source)) if (value.trim()) source[key] = value.trim();
	const kept = draft.items.filter((i) => !i.dropped).map((i) => i.question);
	const deck = {
		schemaVersion: DECK_SCHEMA_VERSION,
		id: draft.id,
		title: draft.title.trim(),
		source,
		generator: draft.generator,
		article: draft.article,
		questions: kept
	};
	const result = parseDeck(deck);
	if (!result.ok) return { ok: false, errors: [...new Set(result.errors.map(friendlier))] };
	if (!kept.length) return { ok: false, errors: ['The deck has no questions: keep or write at least one.'] };
	return result;
}

function friendlier(line: string): string {
	return line
		.replace(/^title: must not be blank$/, 'Title: give the deck a title.')
		.replace(/^source\.title: must not be blank$/, 'Title: give the deck a title.')
		.replace(/^source\.(\w+): /, (_m, f: string) => `${f[0]!.toUpperCase()}${f.slice(1)}: `);
}
