import { ClassroomError } from './errors';
import { RateLimiter } from './rate-limit';

// Limits per client (its network address): guessing PINs, joining one game over and over, creating
// games. A classroom may sit behind one address, so the join limit allows a class and then some.

export interface GuardLimits {
	/** Wrong PINs a client may try in a window before every PIN it tries is refused. */
	wrongPins: number;
	/** Joins to one game from one client in a window. */
	joinsPerGame: number;
	/** Games one client may create in a window. */
	creates: number;
	windowMs: number;
}

export const DEFAULT_LIMITS: GuardLimits = { wrongPins: 20, joinsPerGame: 60, creates: 60, windowMs: 10 * 60 * 1000 };

export class Guards {
	readonly #wrongPins: RateLimiter;
	readonly #joins: RateLimiter;
	readonly #creates: RateLimiter;

	constructor(limits: GuardLimits = DEFAULT_LIMITS) {
		this.#wrongPins = new RateLimiter(limits.wrongPins, limits.windowMs);
		this.#joins = new RateLimiter(limits.joinsPerGame, limits.windowMs);
		this.#creates = new RateLimiter(limits.creates, limits.windowMs);
	}

	/** Before a PIN is looked up: refused while this client has guessed wrong too often. */
	pinLookup(client: string, now: number): void {
		if (this.#wrongPins.blocked(client, now)) {
			const wait = this.#wrongPins.retryAfter(client, now);
			throw new ClassroomError(429, 'too_many_wrong_pins', `Too many wrong PINs from this device. Try again in ${wait} seconds.`, { 'retry-after': String(wait) });
		}
	}

	wrongPin(client: string, now: number): void {
		this.#wrongPins.count(client, now);
	}

	join(client: string, pin: string, now: number): void {
		const key = `${client} ${pin}`;
		if (!this.#joins.allow(key, now)) {
			const wait = this.#joins.retryAfter(key, now);
			throw new ClassroomError(429, 'too_many_joins', `Too many joins to this game from this device. Try again in ${wait} seconds.`, { 'retry-after': String(wait) });
		}
	}

	create(client: string, now: number): void {
		if (!this.#creates.allow(client, now)) {
			const wait = this.#creates.retryAfter(client, now);
			throw new ClassroomError(429, 'too_many_games', `Too many games created from this device. Try again in ${wait} seconds.`, { 'retry-after': String(wait) });
		}
	}
}
