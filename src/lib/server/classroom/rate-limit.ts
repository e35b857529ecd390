// A sliding-window counter per key (a client's address, or an address and a game): at most `limit`
// hits within `windowMs`. Bounded: the keys seen least recently go first when there are too many.

export class RateLimiter {
	readonly #hits = new Map<string, number[]>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		readonly maxKeys = 10_000
	) {}

	/** Whether `key` may go ahead at `now` (a hit is counted only when it may). */
	allow(key: string, now: number): boolean {
		const recent = this.#recent(key, now);
		if (recent.length >= this.limit) return false;
		recent.push(now);
		return true;
	}

	/** Counts a hit (a failure) without asking. */
	count(key: string, now: number): void {
		this.#recent(key, now).push(now);
	}

	/** Whether `key` has reached its limit at `now`. */
	blocked(key: string, now: number): boolean {
		return this.#recent(key, now).length >= this.limit;
	}

	/** Seconds until `key` may go ahead again. */
	retryAfter(key: string, now: number): number {
		const first = this.#hits.get(key)?.[0];
		return first === undefined ? 0 : Math.max(1, Math.ceil((first + this.windowMs - now) / 1000));
	}

	#recent(key: string, now: number): number[] {
		const old = this.#hits.get(key) ?? [];
		const recent = old.filter((t) => t > now - this.windowMs);
		this.#hits.delete(key); // re-inserted last: the map's order is least recently seen first
		this.#hits.set(key, recent);
		if (this.#hits.size > this.maxKeys) this.#hits.delete(this.#hits.keys().next().value!);
		return recent;
	}
}
