import type { Deck } from '$lib/deck';
import type { ExportFormat, ExportedFile } from '$lib/formats/types';

/**
 * A deck's page's export: the chosen format, made into a file. The formats (and sql.js, for Anki
 * packages) are loaded when a file is first made, never with the page.
 */
export class DeckExportState {
	format = $state<ExportFormat>('gift');
	busy = $state(false);
	/** Said after each export, through a live region. */
	status = $state('');
	problem = $state('');

	async run(deck: Deck, save: (file: ExportedFile) => void, now: number): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.status = '';
		this.problem = '';
		const format = this.format;
		try {
			const { exportDeck } = await import('$lib/formats');
			const file = await exportDeck(deck, format, { sql: () => import('$lib/files/sqlite').then((m) => m.loadSqlJs()), now });
			save(file);
			const n = deck.questions.length;
			this.status = `Exported ${n} ${n === 1 ? 'question' : 'questions'} as ${file.filename}.`;
		} catch (e) {
			this.problem = `The deck could not be exported: ${(e as Error).message}`;
		} finally {
			this.busy = false;
		}
	}
}
