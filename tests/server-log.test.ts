import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';

// A server of the test's own, beside the one the other tests share, so that it can read every line
// the server logs. Same build and settings as playwright.config.ts, on the next port.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BUILD = process.env.BUILD_DIR || 'build';

test("a client's bad requests get their error status and leave the server log empty", async ({ request }) => {
	const server = spawn(process.execPath, [BUILD], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	server.stdout.on('data', (chunk) => (log += chunk));
	server.stderr.on('data', (chunk) => (log += chunk));
	const closed = once(server, 'close');
	try {
		await expect.poll(() => log.includes(`Listening on ${ORIGIN}`) || server.exitCode !== null, { timeout: 20_000 }).toBe(true);
		expect(log, 'the server did not start').toContain(`Listening on ${ORIGIN}`);
		const started = log.length;
		for (const [path, status] of [
			['/api/decks/%ZZ', 400],
			['/api/%E0%A4%A', 400],
			['/decks/%ZZ', 400],
			['/study/%ZZ', 400],
			['/api/decks/no-such-deck', 404],
			['/decks/no-such-deck', 404],
			['/no/such/page', 404]
		] as const) {
			expect((await request.get(`${ORIGIN}${path}`)).status(), path).toBe(status);
		}
		// Stopped and closed, the server has handed over all it wrote.
		server.kill();
		await closed;
		expect(log.slice(started)).toBe('');
	} finally {
		server.kill();
	}
});
