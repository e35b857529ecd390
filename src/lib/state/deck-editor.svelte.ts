import {
	FURTHER_OFFERED,
	HAND_GENERATOR,
	assembleDeck,
	draftFromDeck,
	draftOf,
	ownDeckId,
	withQuestion,
	type DeckDraft,
	type QuestionDraft,
	type SourceFields
} from '$lib/authoring';
import { checkArticleText, type Deck } from '$lib/deck';
import { OwnDeckError, type OwnDeckRecord, type OwnDeckRepository } from '$lib/storage';

export type EditorPhase = 'input' | 'generating' | 'review' | 'saved';

export interface EditorDeps {
	generate: (text: string) => Promise<{ deck: Deck }>;
	cancel: () => void;
	isCancel: (error: unknown) => boolean;
	ownDecks: OwnDeckRepository;
	/** Ids of the served decks: an own deck never takes one. */
	servedIds: ReadonlySet<string>;
	now: () => number;
}

/**
 * The New deck page and the editor of a saved deck: the text, the generation, the review of its
 * questions (keep, edit, drop, add), cards written by hand, and saving. One deck at a time.
 */
export class DeckEditor {
	readonly #deps: EditorDeps;
	phase = $state<EditorPhase>('input');
	text = $state('');
	/** What is wrong with the text or file, shown by the input. */
	inputProblem = $state<string | null>(null);
	/** How generation goes, for the progress line. */
	stage = $state<'loading' | 'generating' | null>(null);
	startedAt = $state(0);
	draft = $state.raw<DeckDraft | null>(null);
	title = $state('');
	source = $state<SourceFields>({ publisher: '', url: '', published: '', licence: '', note: '' });
	saveErrors = $state.raw<string[]>([]);
	/** Said after a generation or a save, through an aria-live region. */
	status = $state('');
	/** The stored deck being edited; null for a new one. */
	editing = $state.raw<OwnDeckRecord | null>(null);
	origin = $state<OwnDeckRecord['origin']>('generated');
	saved = $state.raw<OwnDeckRecord | null>(null);

	kept = $derived(this.draft ? this.draft.items.filter((i) => !i.dropped).length : 0);

	constructor(deps: EditorDeps) {
		this.#deps = deps;
	}

	/** Opens a saved deck for editing: its questions for review, its text to regenerate from. */
	open(record: OwnDeckRecord): void {
		this.editing = record;
		this.origin = record.origin;
		this.text = record.text ?? '';
		this.#setDraft(draftFromDeck(record.deck, record.origin === 'hand' ? 'hand' : 'generated'));
		this.phase = 'review';
	}

	#setDraft(draft: DeckDraft): void {
		this.draft = draft;
		this.title = draft.title;
		this.source = { ...draft.source };
		this.saveErrors = [];
	}

	async generate(): Promise<void> {
		const checked = checkArticleText(this.text);
		if (!checked.ok) {
			this.inputProblem = checked.problem;
			return;
		}
		this.inputProblem = null;
		this.phase = 'generating';
		this.startedAt = this.#deps.now();
		this.stage = 'loading';
		try {
			const { deck } = await this.#deps.generate(checked.text);
			if (!deck.questions.length) {
				this.inputProblem = /[.!?]["'”’)]?\s/.test(`${deck.article} `)
					? 'No questions could be made from this text: it has no facts to ask about (names, numbers, dates, key terms). You can still write cards by hand.'
					: 'No questions could be made from this text: it has no sentences. Paste an article of whole sentences, or write cards by hand.';
				this.phase = this.draft ? 'review' : 'input';
				return;
			}
			const previous = this.draft;
			const next = draftFromDeck(deck, 'generated', FURTHER_OFFERED);
			if (this.editing && previous) {
				this.#setDraft(this.#carryOver(previous, { ...next, id: this.editing.id, title: this.title, source: { ...this.source } }));
			} else {
				this.#setDraft(next);
			}
			this.origin = 'generated';
			this.phase = 'review';
			const further = next.items.filter((item) => item.further).length;
			this.status = `${deck.questions.length} questions made${further ? `, and ${further} further ones left out that you can keep` : ''}. Review them, then save.`;
		} catch (e) {
			if (this.#deps.isCancel(e)) {
				this.status = 'Generation cancelled.';
			} else {
				this.inputProblem = `The generator failed on this text: ${(e as Error).message}`;
			}
			this.phase = this.draft ? 'review' : 'input';
		} finally {
			this.stage = null;
		}
	}

	/**
	 * After regenerating a saved deck: questions edited or written by hand are kept where their
	 * sentence is still in the new text (an edit replaces the generated question it edited).
	 */
	#carryOver(previous: DeckDraft, next: DeckDraft): DeckDraft {
		let draft = next;
		let lost = 0;
		for (const item of previous.items) {
			if (item.origin === 'generated' || item.dropped) continue;
			const start = draft.article.indexOf(item.question.source.sentence);
			if (start < 0 && item.origin === 'edited') {
				lost += 1;
				continue;
			}
			const at = draft.items.findIndex((i) => i.question.id === item.question.id);
			const source = start < 0 ? null : { start, end: start + item.question.source.sentence.length, sentence: item.question.source.sentence };
			const { draft: updated, result } = withQuestion(draft, { ...draftOf(item.question), source }, at >= 0 ? at : undefined);
			if (result.ok) draft = updated;
			else lost += 1;
		}
		if (lost) this.status = `${lost} edited ${lost === 1 ? 'question was' : 'questions were'} left out: ${lost === 1 ? 'its' : 'their'} sentence is no longer in the text.`;
		return draft;
	}

	cancel(): void {
		this.#deps.cancel();
	}

	/** Starts a deck of cards written by hand, around the text given (if any) as its article. */
	writeByHand(): void {
		const article = this.text.trim() ? this.text : '';
		if (article) {
			const checked = checkArticleText(article);
			if (!checked.ok) {
				this.inputProblem = checked.problem;
				return;
			}
		}
		this.inputProblem = null;
		this.origin = 'hand';
		this.#setDraft({
			id: 'draft',
			title: '',
			source: { publisher: '', url: '', published: '', licence: '', note: '' },
			article,
			generator: HAND_GENERATOR,
			items: []
		});
		this.phase = 'review';
	}

	setDropped(index: number, dropped: boolean): void {
		const draft = this.draft;
		if (!draft?.items[index]) return;
		const items = [...draft.items];
		items[index] = { ...items[index]!, dropped };
		this.draft = { ...draft, items };
		this.status = dropped ? `Question ${index + 1} dropped.` : `Question ${index + 1} kept.`;
	}

	/** Applies an edit (or, without index, adds a question); returns the problems, none when it worked. */
	put(question: QuestionDraft, index?: number): string[] {
		if (!this.draft) return ['There is no deck to add to.'];
		const { draft, result } = withQuestion(this.draft, question, index);
		if (!result.ok) return result.errors;
		this.draft = draft;
		this.status = index === undefined ? `Question ${draft.items.length} added.` : `Question ${index + 1} saved.`;
		return [];
	}

	async save(): Promise<OwnDeckRecord | null> {
		const draft = this.draft;
		if (!draft) return null;
		const { ownDecks, servedIds, now } = this.#deps;
		const id = this.editing?.id ?? ownDeckId(this.title || 'my deck', new Set([...servedIds, ...(await ownDecks.ids())]));
		const result = assembleDeck({ ...draft, id, title: this.title, source: { ...this.source } });
		if (!result.ok) {
			this.saveErrors = result.errors;
			return null;
		}
		const text = this.origin === 'generated' ? this.text : this.origin === 'hand' && this.text.trim() ? this.text : null;
		try {
			const record = this.editing
				? await ownDecks.replace(id, result.deck, text, now())
				: await ownDecks.add({ deck: result.deck, origin: this.origin, text }, now());
			this.saveErrors = [];
			this.saved = record;
			this.editing = record;
			this.phase = 'saved';
			this.status = `Saved "${record.deck.title}" with ${record.deck.questions.length} questions.`;
			return record;
		} catch (e) {
			this.saveErrors = e instanceof OwnDeckError && e.problems.length ? e.problems : [(e as Error).message];
			return null;
		}
	}
}
