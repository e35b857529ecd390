// Starts the built app (`npm start`'s server, without the build) on a free loopback port for a bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The production server entry, as `npm start` runs it. */
export const SERVER_ENTRY = process.env.SERVER_ENTRY ?? 'scripts/serve.js';

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export async function startServer(): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${SERVER_ENTRY} exited with ${child.exitCode}: run \`npx vite build\` first`);
		const up = await fetch(origin).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (Date.now() > deadline) throw new Error(`${SERVER_ENTRY} did not answer on ${origin}`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
