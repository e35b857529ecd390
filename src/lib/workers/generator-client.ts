import type { Deck, Question } from '$lib/deck';
import type { WorkerReply, WorkerRequest } from './messages';

export class GenerationCancelled extends Error {
	constructor() {
		super('Generation cancelled.');
		this.name = 'GenerationCancelled';
	}
}

export interface GenerationResult {
	deck: Deck;
	/** Time the worker spent generating. */
	ms: number;
}

interface Pending {
	id: number;
	head: Omit<Deck, 'questions'> | null;
	questions: Question[];
	ms: number;
	resolve: (result: GenerationResult) => void;
	reject: (error: Error) => void;
}

/**
 * The page's side of the generator worker. Imported only by the page that makes decks, so that the
 * worker (and the language model in it) is never part of another page. Cancelling ends the worker:
 * a generation runs to its end otherwise; the next one starts a new worker.
 */
export class GeneratorClient {
	#worker: Worker | null = null;
	#pending: Pending | null = null;
	#nextId = 1;
	onStage: (stage: 'loading' | 'generating') => void = () => {};

	/** Starts the worker and builds the model, so that the first generation does not wait for it. */
	warm(): void {
		this.#ensure();
	}

	#ensure(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module', name: 'factdeck-generator' });
		worker.onmessage = (event: MessageEvent<WorkerReply>) => this.#receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.#fail(new Error(`The generator could not run: ${event.message || 'its script did not load'}`));
			this.#stop();
		};
		worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
		this.#worker = worker;
		return worker;
	}

	#receive(reply: WorkerReply): void {
		const pending = this.#pending;
		if (reply.type === 'ready' || reply.type === 'warm' || !pending || reply.id !== pending.id) return;
		switch (reply.type) {
			case 'progress':
				this.onStage(reply.stage);
				break;
			case 'head':
				pending.head = reply.deck;
				pending.ms = reply.ms;
				break;
			case 'questions':
				for (const q of reply.questions) pending.questions.push(q);
				break;
			case 'done':
				this.#pending = null;
				if (pending.head) pending.resolve({ deck: { ...pending.head, questions: pending.questions }, ms: pending.ms });
				else pending.reject(new Error('The generator ended without a deck.'));
				break;
			case 'error':
				this.#fail(new Error(reply.message));
				break;
		}
	}

	#fail(error: Error): void {
		const pending = this.#pending;
		this.#pending = null;
		pending?.reject(error);
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	generate(text: string): Promise<GenerationResult> {
		this.cancel();
		this.onStage('loading');
		const worker = this.#ensure();
		return new Promise((resolve, reject) => {
			const id = this.#nextId++;
			this.#pending = { id, head: null, questions: [], ms: 0, resolve, reject };
			worker.postMessage({ type: 'generate', id, text } satisfies WorkerRequest);
		});
	}

	/** Stops a running generation at once (the worker is ended); nothing happens when none runs. */
	cancel(): void {
		if (!this.#pending) return;
		this.#fail(new GenerationCancelled());
		this.#stop();
	}

	dispose(): void {
		this.cancel();
		this.#stop();
	}
}
