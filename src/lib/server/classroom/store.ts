import {
	applyEvent,
	findPlayer,
	hostView,
	newAssignment,
	newGame,
	playerView,
	revealDue,
	type Game,
	type GameEvent,
	type HostView,
	type PlayerView,
	type Quiz
} from '$lib/classroom';
import { ClassroomError } from './errors';
import type { Journal, JournalLine } from './journal';
import { hashToken, newPin, newToken, sameHash } from './tokens';

// The live games, behind one interface. This one keeps them in memory and writes each accepted
// change to a journal first; sharing games across machines would be another implementation of the
// same interface (README: "Games across several machines").

export type Viewer = { role: 'host'; token: string } | { role: 'player'; token: string };
export type Update = { view: HostView | PlayerView } | { gone: string };
export type Listener = (update: Update) => void;
export type Command = { action: 'next'; from: Game['phase']; index: number } | { action: 'end' } | { action: 'kick'; playerId: string };

export interface GameStore {
	/** A live game, or with a deadline, a self-paced assignment open until then. */
	create(quiz: Quiz, deadline?: number): { pin: string; hostToken: string };
	/** What a join page may know of a game: its title and phase; null when there is no such game. */
	lookup(pin: string): { title: string; phase: Game['phase']; questions: number } | null;
	join(pin: string, name: string): { playerId: string; playerToken: string };
	answer(pin: string, playerToken: string, index: number, given: string): void;
	control(pin: string, hostToken: string, command: Command): void;
	view(pin: string, viewer: Viewer): HostView | PlayerView;
	/** Calls `listener` now with the viewer's view, then on every change that concerns it. */
	subscribe(pin: string, viewer: Viewer, listener: Listener): () => void;
	close(): void;
}

/** Games older than this (assignments: this long past their deadline) are dropped when the journal is read. */
const GAME_LIFETIME_MS = 24 * 60 * 60 * 1000;

function begin(pin: string, quiz: Quiz, at: number, deadline: number | undefined): Game {
	return deadline === undefined ? newGame(pin, quiz, at) : newAssignment(pin, quiz, at, deadline);
}

interface Subscriber {
	playerId: string | null;
	listener: Listener;
}

interface Entry {
	game: Game;
	hostTokenHash: string;
	/** token hash → player id */
	players: Map<string, string>;
	subscribers: Set<Subscriber>;
	timer: ReturnType<typeof setTimeout> | null;
}

export interface StoreOptions {
	journal: Journal;
	now?: () => number;
	newId?: () => string;
}

export class MemoryGameStore implements GameStore {
	readonly #games = new Map<string, Entry>();
	readonly #journal: Journal;
	readonly #now: () => number;
	readonly #newId: () => string;
	/** How many journal lines could not be read at start (shown in the server log). */
	readonly unreadable: number;

	constructor(options: StoreOptions) {
		this.#journal = options.journal;
		this.#now = options.now ?? Date.now;
		this.#newId = options.newId ?? (() => crypto.randomUUID());
		const { lines, unreadable } = this.#journal.read();
		this.unreadable = unreadable;
		const kept = this.#replay(lines);
		if (kept.length !== lines.length || unreadable) this.#journal.rewrite(kept);
		for (const entry of this.#games.values()) this.#schedule(entry);
	}

	/** Rebuilds the games from the journal; returns the lines of the games kept. */
	#replay(lines: readonly JournalLine[]): JournalLine[] {
		const now = this.#now();
		const kept: JournalLine[] = [];
		for (const line of lines) {
			if (line.kind === 'created') {
				if (now - (line.deadline ?? line.at) > GAME_LIFETIME_MS) continue;
				this.#games.set(line.pin, { game: begin(line.pin, line.quiz, line.at, line.deadline), hostTokenHash: line.hostTokenHash, players: new Map(), subscribers: new Set(), timer: null });
				kept.push(line);
				continue;
			}
			const entry = this.#games.get(line.pin);
			if (!entry) continue;
			try {
				applyEvent(entry.game, line.event);
			} catch {
				continue; // written by a version whose rules differed: skipped, as it would be refused now
			}
			if (line.event.type === 'joined' && line.tokenHash) entry.players.set(line.tokenHash, line.event.playerId);
			kept.push(line);
		}
		return kept;
	}

	create(quiz: Quiz, deadline?: number): { pin: string; hostToken: string } {
		const at = this.#now();
		this.#forgetOld(at);
		let pin = newPin();
		while (this.#games.has(pin)) pin = newPin();
		const hostToken = newToken();
		const hostTokenHash = hashToken(hostToken);
		this.#journal.append({ kind: 'created', pin, at, quiz, hostTokenHash, ...(deadline === undefined ? {} : { deadline }) });
		const entry: Entry = { game: begin(pin, quiz, at, deadline), hostTokenHash, players: new Map(), subscribers: new Set(), timer: null };
		this.#games.set(pin, entry);
		this.#schedule(entry);
		return { pin, hostToken };
	}

	lookup(pin: string) {
		const game = this.#games.get(pin)?.game;
		return game ? { title: game.quiz.title, phase: game.phase, questions: game.quiz.questions.length } : null;
	}

	join(pin: string, name: string): { playerId: string; playerToken: string } {
		const entry = this.#entry(pin);
		const playerToken = newToken();
		const tokenHash = hashToken(playerToken);
		const event: GameEvent = { type: 'joined', at: this.#now(), playerId: this.#newId(), name };
		this.#apply(entry, event, tokenHash);
		entry.players.set(tokenHash, event.playerId);
		this.#notify(entry, null);
		return { playerId: event.playerId, playerToken };
	}

	answer(pin: string, playerToken: string, index: number, given: string): void {
		const entry = this.#entry(pin);
		const playerId = this.#player(entry, playerToken);
		this.#apply(entry, { type: 'answered', at: this.#now(), playerId, index, given });
		this.#notify(entry, playerId);
		if (entry.game.mode === 'live' && revealDue(entry.game, this.#now())) this.#reveal(entry);
	}

	control(pin: string, hostToken: string, command: Command): void {
		const entry = this.#entry(pin);
		this.#host(entry, hostToken);
		const at = this.#now();
		if (command.action === 'next') this.#apply(entry, { type: 'advanced', at, from: command.from, index: command.index });
		else if (command.action === 'end') this.#apply(entry, { type: 'ended', at });
		else this.#apply(entry, { type: 'kicked', at, playerId: command.playerId });
		this.#schedule(entry);
		this.#notify(entry, null);
	}

	view(pin: string, viewer: Viewer): HostView | PlayerView {
		const entry = this.#entry(pin);
		if (viewer.role === 'host') {
			this.#host(entry, viewer.token);
			return hostView(entry.game, this.#now());
		}
		return playerView(entry.game, this.#player(entry, viewer.token), this.#now())!;
	}

	subscribe(pin: string, viewer: Viewer, listener: Listener): () => void {
		const entry = this.#entry(pin);
		const playerId = viewer.role === 'host' ? (this.#host(entry, viewer.token), null) : this.#player(entry, viewer.token);
		const subscriber: Subscriber = { playerId, listener };
		entry.subscribers.add(subscriber);
		listener({ view: this.view(pin, viewer) });
		return () => entry.subscribers.delete(subscriber);
	}

	/** Games past their lifetime leave memory too (the journal drops them at the next start). */
	#forgetOld(now: number): void {
		for (const [pin, entry] of this.#games) {
			const { game } = entry;
			const end = game.mode === 'self-paced' ? game.deadline : game.createdAt;
			if (now - end > GAME_LIFETIME_MS && entry.subscribers.size === 0) {
				if (entry.timer) clearTimeout(entry.timer);
				this.#games.delete(pin);
			}
		}
	}

	close(): void {
		for (const entry of this.#games.values()) if (entry.timer) clearTimeout(entry.timer);
	}

	#entry(pin: string): Entry {
		const entry = this.#games.get(pin);
		if (!entry) throw new ClassroomError(404, 'unknown_pin', `No game has the PIN ${pin}. Check the PIN on the teacher's screen.`);
		return entry;
	}

	#host(entry: Entry, token: string): void {
		if (!sameHash(hashToken(token), entry.hostTokenHash)) {
			throw new ClassroomError(403, 'not_host', "That is not this game's host key: only the teacher's screen that created the game can run it.");
		}
	}

	#player(entry: Entry, token: string): string {
		const playerId = entry.players.get(hashToken(token));
		if (!playerId || !findPlayer(entry.game, playerId)) {
			throw new ClassroomError(403, 'not_player', 'You are not in this game (your key is unknown, or the teacher removed you). Join again.');
		}
		return playerId;
	}

	/** Applies an event to the game and journals it; a refused event changes nothing and is not written. */
	#apply(entry: Entry, event: GameEvent, tokenHash?: string): void {
		applyEvent(entry.game, event);
		this.#journal.append({ kind: 'event', pin: entry.game.pin, event, ...(tokenHash ? { tokenHash } : {}) });
	}

	/** Closes the question (or the assignment) when its time is up, or at once if it already is. */
	#schedule(entry: Entry): void {
		if (entry.timer) clearTimeout(entry.timer);
		entry.timer = null;
		if (entry.game.phase !== 'question') return;
		if (entry.game.mode === 'self-paced') {
			entry.timer = setTimeout(() => {
				entry.timer = null;
				if (entry.game.phase === 'question') {
					this.#apply(entry, { type: 'ended', at: Math.max(this.#now(), entry.game.deadline + 1) });
					this.#notify(entry, null);
				}
			}, Math.max(0, entry.game.deadline + 1 - this.#now()));
			return;
		}
		const wait = Math.max(0, entry.game.deadline + 1 - this.#now());
		entry.timer = setTimeout(() => {
			entry.timer = null;
			if (revealDue(entry.game, this.#now())) this.#reveal(entry);
			else this.#schedule(entry);
		}, wait);
	}

	#reveal(entry: Entry): void {
		const { game } = entry;
		this.#apply(entry, { type: 'advanced', at: this.#now(), from: 'question', index: game.index });
		this.#schedule(entry);
		this.#notify(entry, null);
	}

	/** Sends the new views: to every screen, or (for an answer) to the host and that player only. */
	#notify(entry: Entry, onlyPlayer: string | null): void {
		const now = this.#now();
		let host: HostView | null = null;
		const players = new Map<string, PlayerView | null>();
		for (const s of entry.subscribers) {
			if (s.playerId === null) {
				host ??= hostView(entry.game, now);
				s.listener({ view: host });
			} else if (onlyPlayer === null || s.playerId === onlyPlayer) {
				if (!players.has(s.playerId)) players.set(s.playerId, playerView(entry.game, s.playerId, now));
				const view = players.get(s.playerId)!;
				if (view) s.listener({ view });
				else {
					s.listener({ gone: 'The teacher removed you from this game.' });
					entry.subscribers.delete(s);
				}
			}
		}
	}
}
