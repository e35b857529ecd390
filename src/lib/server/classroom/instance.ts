import { join } from 'node:path';
import { env } from '$env/dynamic/private';
import { FileJournal } from './journal';
import { Guards } from './guards';
import { MemoryGameStore, type GameStore } from './store';

// The server's one game store and its guards, made on first use (not at build time, when the
// routes are only analysed). The journal lives in CLASSROOM_JOURNAL, or .classroom/journal.jsonl in
// the directory the server was started from.

let store: GameStore | null = null;
let guards: Guards | null = null;

export function gameStore(): GameStore {
	if (!store) {
		const path = env.CLASSROOM_JOURNAL || join(process.cwd(), '.classroom', 'journal.jsonl');
		const memory = new MemoryGameStore({ journal: new FileJournal(path) });
		if (memory.unreadable) console.warn(`Classroom journal ${path}: ${memory.unreadable} unreadable lines skipped.`);
		store = memory;
	}
	return store;
}

export function gameGuards(): Guards {
	return (guards ??= new Guards());
}
