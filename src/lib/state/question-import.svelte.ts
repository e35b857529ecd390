import { deckFromImport, importedTitle, retitledImport, type QuestionsImport } from '$lib/authoring/import-questions';
import { ImportFileError, MAX_PACKAGE_IMPORT_BYTES, megabytes } from '$lib/formats/detect';
import type { ImportFormat, ImportResult } from '$lib/formats/types';
import { OwnDeckError, type OwnDeckRecord, type OwnDeckRepository } from '$lib/storage';

export type ImportPhase = 'choose' | 'reading' | 'preview' | 'saved';

/** A file as the page hands it over: its bytes are read only once its size is known to be allowed. */
export interface OpenedFile {
	name: string;
	size: number;
	bytes: () => Promise<Uint8Array>;
}

export interface QuestionImportDeps {
	/** Reads a file as questions (the formats' importFile), saying which format it was. */
	read: (name: string, bytes: Uint8Array) => Promise<ImportResult & { format: ImportFormat }>;
	ownDecks: OwnDeckRepository;
	/** Ids of the served decks: an own deck never takes one. */
	servedIds: ReadonlySet<string>;
	now: () => number;
}

/**
 * The Import questions page: a file of another app read, what it would add shown, and a new own deck
 * saved only when the person confirms. A file that cannot be read, or has no usable question, writes
 * nothing.
 */
export class QuestionImport {
	readonly #deps: QuestionImportDeps;
	phase = $state<ImportPhase>('choose');
	fileName = $state('');
	format = $state<ImportFormat | null>(null);
	preview = $state.raw<QuestionsImport | null>(null);
	title = $state('');
	/** Why the file cannot be imported at all. */
	problem = $state('');
	saveErrors = $state.raw<string[]>([]);
	saved = $state.raw<OwnDeckRecord | null>(null);
	/** Said after each step, through a live region. */
	status = $state('');

	constructor(deps: QuestionImportDeps) {
		this.#deps = deps;
	}

	async #taken(): Promise<Set<string>> {
		return new Set([...this.#deps.servedIds, ...(await this.#deps.ownDecks.ids())]);
	}

	#unit(): 'line' | 'note' {
		return this.format === 'apkg' ? 'note' : 'line';
	}

	reset(): void {
		this.phase = 'choose';
		this.fileName = '';
		this.format = null;
		this.preview = null;
		this.title = '';
		this.problem = '';
		this.saveErrors = [];
		this.saved = null;
	}

	async open(file: OpenedFile): Promise<void> {
		this.reset();
		this.fileName = file.name;
		if (file.size > MAX_PACKAGE_IMPORT_BYTES) {
			this.problem = `${file.name} is too large (${megabytes(file.size)} MB, over the limit of ${megabytes(MAX_PACKAGE_IMPORT_BYTES)} MB).`;
			this.status = this.problem;
			return;
		}
		this.phase = 'reading';
		this.status = `Reading ${file.name}…`;
		try {
			const read = await this.#deps.read(file.name, await file.bytes());
			this.format = read.format;
			const preview = deckFromImport(read, { fileName: file.name, taken: await this.#taken(), unit: this.#unit() });
			this.preview = preview;
			this.title = preview.deck?.title ?? importedTitle(read, file.name);
			this.phase = 'preview';
			const n = preview.deck?.questions.length ?? 0;
			if (!preview.deck) this.problem = `No question in ${file.name} can be used, so nothing will be saved.`;
			this.status = preview.deck ? `${file.name}: ${n} ${n === 1 ? 'question' : 'questions'} to add.` : this.problem;
		} catch (e) {
			this.phase = 'choose';
			this.problem = e instanceof ImportFileError ? e.message : `${file.name} could not be read: ${(e as Error).message}`;
			this.status = this.problem;
		}
	}

	/** Saves the previewed questions as a new own deck, under the title as typed; null when nothing was saved. */
	async save(): Promise<OwnDeckRecord | null> {
		const previewed = this.preview?.deck;
		if (this.phase !== 'preview' || !previewed) return null;
		const made = retitledImport(previewed, this.title, await this.#taken());
		if (!made.ok) {
			this.saveErrors = made.errors;
			return null;
		}
		try {
			const record = await this.#deps.ownDecks.add({ deck: made.deck, origin: 'imported', text: null }, this.#deps.now());
			this.saveErrors = [];
			this.saved = record;
			this.phase = 'saved';
			const n = record.deck.questions.length;
			this.status = `“${record.deck.title}” is saved on this device with ${n} ${n === 1 ? 'question' : 'questions'}.`;
			return record;
		} catch (e) {
			this.saveErrors = e instanceof OwnDeckError && e.problems.length ? e.problems : [(e as Error).message];
			return null;
		}
	}
}
