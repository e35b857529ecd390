import type { HostView, PlayerView } from '$lib/classroom';

// A screen's view of a live game, kept up to date by the server's event stream. EventSource
// reconnects by itself after a dropped connection (a server restart, a phone waking up); the
// first message after it carries the whole view again.

export class LiveGame<V extends HostView | PlayerView> {
	view = $state.raw<V | null>(null);
	connected = $state(false);
	/** Set when the server refuses this screen (wrong key, no such game, removed). */
	problem = $state<string | null>(null);
	/** The server's clock minus this one, so countdowns agree across screens. */
	offset = $state(0);
	#source: EventSource | null = null;

	connect(url: string): void {
		this.close();
		const source = new EventSource(url);
		this.#source = source;
		source.onopen = () => {
			this.connected = true;
		};
		source.onmessage = (message) => {
			const view = JSON.parse(message.data) as V;
			this.offset = view.serverNow - Date.now();
			this.view = view;
			this.problem = null;
		};
		source.addEventListener('gone', (message) => {
			this.problem = (JSON.parse((message as MessageEvent).data) as { message: string }).message;
			this.close();
		});
		source.onerror = () => {
			this.connected = false;
			if (source.readyState === EventSource.CLOSED) void this.#explain(url);
		};
	}

	/** The stream was refused: ask again for the JSON error that says why. */
	async #explain(url: string): Promise<void> {
		try {
			const response = await fetch(url, { headers: { accept: 'application/json' } });
			const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as { error?: string; message?: string }) : null;
			if (!response.ok) this.problem = body?.message ?? `The server refused this screen (${response.status}).`;
			else void response.body?.cancel();
			this.refused = body?.error ?? null;
		} catch {
			this.problem = 'The game server cannot be reached. Check the network, then reload.';
		}
	}

	/** The error code of a refusal (`not_player`, `unknown_pin`…), to act on. */
	refused = $state<string | null>(null);

	now(): number {
		return Date.now() + this.offset;
	}

	close(): void {
		this.#source?.close();
		this.#source = null;
		this.connected = false;
	}
}

/** Seconds left until `deadline` on the server's clock, updated a few times a second. */
export class Countdown {
	left = $state(0);
	#timer: ReturnType<typeof setInterval> | null = null;

	start(deadline: number, now: () => number): void {
		this.stop();
		const tick = () => {
			this.left = Math.max(0, Math.ceil((deadline - now()) / 1000));
			if (this.left === 0) this.stop();
		};
		tick();
		this.#timer = setInterval(tick, 200);
	}

	stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
	}
}
