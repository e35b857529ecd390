// Starts the built app with `npm start`'s server (scripts/serve.js), without building, on a loopback
// port: for benches, and for end-to-end tests that need a server of their own.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The production server entry, as `npm start` runs it, relative to the app's directory. */
export const SERVER_ENTRY = 'scripts/serve.js';

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** `root` holds `build/` and `scripts/serve.js` (this repository by default). */
export async function startServer(options: { root?: string; port?: number } = {}): Promise<RunningServer> {
	const root = options.root ?? REPO;
	const port = options.port ?? (await freePort());
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [SERVER_ENTRY], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${SERVER_ENTRY} exited with ${child.exitCode}: run \`npx vite build\` first`);
		const up = await fetch(origin).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error(`${SERVER_ENTRY} did not answer on ${origin}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
