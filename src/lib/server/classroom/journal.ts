import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { GameEventSchema, QuizSchema } from '$lib/classroom';

// The games' append-only journal: one JSON line per change that the game accepted, written before
// the change is acknowledged, so a restarted server replays it and carries on where it stopped.
// Tokens are never written, only their SHA-256 hashes.

export const JournalLineSchema = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('created'),
		pin: z.string(),
		at: z.number(),
		quiz: QuizSchema,
		hostTokenHash: z.string(),
		/** Set for a self-paced assignment: when it closes. */
		deadline: z.number().optional()
	}),
	z.object({ kind: z.literal('event'), pin: z.string(), event: GameEventSchema, tokenHash: z.string().optional() })
]);
export type JournalLine = z.infer<typeof JournalLineSchema>;

export interface Journal {
	/** Every line written so far, in order; lines that cannot be read are skipped and counted. */
	read(): { lines: JournalLine[]; unreadable: number };
	append(line: JournalLine): void;
	/** Replaces the whole journal with these lines (dropping games that are over). */
	rewrite(lines: readonly JournalLine[]): void;
}

/** A journal in a file of JSON lines. Appends are synchronous: an answer is on disk before its reply. */
export class FileJournal implements Journal {
	constructor(readonly path: string) {
		mkdirSync(dirname(path), { recursive: true });
	}

	read(): { lines: JournalLine[]; unreadable: number } {
		let text: string;
		try {
			text = readFileSync(this.path, 'utf8');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], unreadable: 0 };
			throw e;
		}
		const lines: JournalLine[] = [];
		let unreadable = 0;
		for (const raw of text.split('\n')) {
			if (!raw.trim()) continue;
			try {
				const parsed = JournalLineSchema.safeParse(JSON.parse(raw));
				if (parsed.success) lines.push(parsed.data);
				else unreadable += 1;
			} catch {
				unreadable += 1; // a line cut short by a crash mid-write
			}
		}
		return { lines, unreadable };
	}

	append(line: JournalLine): void {
		appendFileSync(this.path, JSON.stringify(line) + '\n');
	}

	rewrite(lines: readonly JournalLine[]): void {
		const temp = `${this.path}.${process.pid}.tmp`;
		writeFileSync(temp, lines.map((l) => JSON.stringify(l) + '\n').join(''));
		renameSync(temp, this.path);
	}
}

/** A journal in memory, for tests and for a server run without a disk. */
export class MemoryJournal implements Journal {
	lines: JournalLine[] = [];

	read() {
		return { lines: [...this.lines], unreadable: 0 };
	}

	append(line: JournalLine): void {
		this.lines.push(structuredClone(line));
	}

	rewrite(lines: readonly JournalLine[]): void {
		this.lines = [...lines];
	}
}
