import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A server of the test's own (the built app, `node build`) on a port beside the shared one, with
// its game journal in a fresh temporary directory: it can be killed and started again.

export class OwnServer {
	readonly origin: string;
	readonly journal = join(mkdtempSync(join(tmpdir(), 'factdeck-classroom-')), 'journal.jsonl');
	#process: ChildProcess | null = null;

	constructor(readonly port: number) {
		this.origin = `http://127.0.0.1:${port}`;
	}

	async start(): Promise<void> {
		this.#process = spawn(process.execPath, [process.env.BUILD_DIR || 'build'], {
			env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', ORIGIN: this.origin, CLASSROOM_JOURNAL: this.journal },
			stdio: 'ignore'
		});
		const until = Date.now() + 20_000;
		while (Date.now() < until) {
			try {
				if ((await fetch(`${this.origin}/api/decks`)).ok) return;
			} catch {
				/* not listening yet */
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`the server on ${this.origin} did not start`);
	}

	/** Kills the server at once (no graceful shutdown), as a crash or a pulled plug would. */
	async kill(): Promise<void> {
		const child = this.#process;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGKILL');
		await exited;
		this.#process = null;
	}
}

export const ownPort = (offset: number) => Number(process.env.E2E_PORT ?? 4173) + offset;
