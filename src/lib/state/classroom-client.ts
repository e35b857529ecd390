// Requests from the classroom pages to the game server, and the keys each screen keeps.

export class RequestError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
			body: JSON.stringify(body)
		});
	} catch {
		throw new RequestError(0, 'offline', 'The game server cannot be reached. Check the network and try again.');
	}
	return readReply<T>(response);
}

export async function getJson<T>(url: string): Promise<T> {
	try {
		return await readReply<T>(await fetch(url));
	} catch (e) {
		if (e instanceof RequestError) throw e;
		throw new RequestError(0, 'offline', 'The game server cannot be reached. Check the network and try again.');
	}
}

async function readReply<T>(response: Response): Promise<T> {
	const body = (await response.json().catch(() => null)) as ({ error?: string; message?: string } & T) | null;
	if (!response.ok) throw new RequestError(response.status, body?.error ?? 'error', body?.message ?? `The server answered ${response.status}.`);
	return body as T;
}

export const gameApi = (pin: string) => `/api/classroom/games/${pin}`;

/** Kept in localStorage so that a reloaded page (or a phone that slept) is back in its game. */
export interface PlayerKey {
	playerId: string;
	playerToken: string;
	name: string;
}

const hostKey = (pin: string) => `factdeck:host:${pin}`;
const playerKey = (pin: string) => `factdeck:player:${pin}`;

export const keys = {
	host: (pin: string) => localStorage.getItem(hostKey(pin)),
	setHost: (pin: string, token: string) => localStorage.setItem(hostKey(pin), token),
	player(pin: string): PlayerKey | null {
		try {
			const value = JSON.parse(localStorage.getItem(playerKey(pin)) ?? 'null') as PlayerKey | null;
			return value && typeof value.playerToken === 'string' && typeof value.name === 'string' ? value : null;
		} catch {
			return null;
		}
	},
	setPlayer: (pin: string, key: PlayerKey) => localStorage.setItem(playerKey(pin), JSON.stringify(key)),
	forgetPlayer: (pin: string) => localStorage.removeItem(playerKey(pin))
};
