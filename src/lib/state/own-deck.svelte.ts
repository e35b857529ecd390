import type { Deck } from '$lib/deck';
import type { OwnDeckRecord, OwnDeckRepository } from '$lib/storage';

/** One own deck, read from IndexedDB by the id in the page's address. */
export class OwnDeckState {
	record = $state.raw<OwnDeckRecord | null>(null);
	deck = $derived<Deck | null>(this.record?.deck ?? null);
	problem = $state<string | null>(null);
	loading = $state(true);

	async load(decks: OwnDeckRepository, id: string | null): Promise<void> {
		this.loading = true;
		this.problem = null;
		try {
			if (!id) {
				this.problem = 'No deck was named in the address.';
				return;
			}
			const record = await decks.get(id);
			if (record) this.record = record;
			else this.problem = `There is no deck "${id}" on this device. It may have been deleted, or made in another browser.`;
		} catch (e) {
			this.problem = (e as Error).message;
		} finally {
			this.loading = false;
		}
	}
}
