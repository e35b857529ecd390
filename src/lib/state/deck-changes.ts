// Tabs of the app tell each other when a learner's progress in a deck changed (an answer, an undo),
// so that a second tab refreshes its queue and counts instead of showing a card already answered.

export interface DeckChange {
	learnerId: string;
	deckId: string;
}

export interface ChangeFeed {
	post(change: DeckChange): void;
	/** Calls `listener` for changes posted by other tabs (never for this one's own); returns an unsubscribe. */
	subscribe(listener: (change: DeckChange) => void): () => void;
	close(): void;
}

const CHANNEL = 'factdeck-progress';

function isDeckChange(data: unknown): data is DeckChange {
	const d = data as DeckChange | null;
	return typeof d?.learnerId === 'string' && typeof d.deckId === 'string';
}

/** A feed over a BroadcastChannel; one that carries nothing where the browser has none. */
export function broadcastFeed(name = CHANNEL): ChangeFeed {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, subscribe: () => () => {}, close() {} };
	const channel = new BroadcastChannel(name);
	return {
		post: (change) => channel.postMessage({ learnerId: change.learnerId, deckId: change.deckId }),
		subscribe(listener) {
			const onMessage = (e: MessageEvent) => {
				if (isDeckChange(e.data)) listener(e.data);
			};
			channel.addEventListener('message', onMessage);
			return () => channel.removeEventListener('message', onMessage);
		},
		close: () => channel.close()
	};
}
