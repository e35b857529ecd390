import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';

// Bad requests to a game in progress, each answered with a clear JSON error, none of them changing
// the game. The game's own players connect from 127.0.0.1; the misbehaving clients from other
// loopback addresses (127.0.0.2, 127.0.0.3), as other devices on the network would.

const port = Number(process.env.E2E_PORT ?? 4173);

interface Reply {
	status: number;
	body: { error?: string; message?: string; [key: string]: unknown };
	headers: Record<string, string | string[] | undefined>;
}

function send(method: string, path: string, options: { body?: string; token?: string; from?: string; type?: string } = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port,
				method,
				path,
				localAddress: options.from ?? '127.0.0.1',
				headers: {
					...(options.body !== undefined ? { 'content-type': options.type ?? 'application/json', 'content-length': Buffer.byteLength(options.body) } : {}),
					...(options.token ? { authorization: `Bearer ${options.token}` } : {})
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (text += c));
				res.on('end', () => {
					try {
						resolve({ status: res.statusCode!, body: JSON.parse(text), headers: res.headers });
					} catch {
						reject(new Error(`not JSON (${res.statusCode}): ${text.slice(0, 200)}`));
					}
				});
			}
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

const post = (path: string, body: unknown, options: { token?: string; from?: string } = {}) => send('POST', path, { ...options, body: JSON.stringify(body) });

test('bad input gets a clear error and never disturbs the game', async () => {
	test.setTimeout(90_000);
	const decks = (await (await fetch(`http://127.0.0.1:${port}/api/decks`)).json()) as { id: string }[];
	const created = await post('/api/classroom/games', { settings: { deckIds: [decks[0]!.id], count: 3, types: ['mcq', 'true-false'], seed: 9, secondsPerQuestion: 60 } });
	expect(created.status).toBe(201);
	const pin = created.body.pin as string;
	const hostToken = created.body.hostToken as string;
	const game = `/api/classroom/games/${pin}`;
	const ada = (await post(`${game}/players`, { name: 'Ada' })).body as { playerToken: string };
	const bo = (await post(`${game}/players`, { name: 'Bo' })).body as { playerToken: string };
	expect((await post(`${game}/control`, { action: 'next', from: 'lobby', index: -1 }, { token: hostToken })).status).toBe(200);
	const view = async () => {
		const r = await fetch(`http://127.0.0.1:${port}${game}/events?host=${hostToken}`);
		const reader = r.body!.getReader();
		let text = '';
		while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
		await reader.cancel();
		return JSON.parse(text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n')));
	};
	const before = await view();
	expect(before).toMatchObject({ phase: 'question', playerCount: 2, answered: 0 });

	// A wrong PIN, and then guessing: refused for good after 20 wrong ones.
	const wrong = pin === '999999' ? '999998' : '999999';
	const miss = await send('GET', `/api/classroom/games/${wrong}`, { from: '127.0.0.2' });
	expect(miss).toMatchObject({ status: 404, body: { error: 'unknown_pin', message: expect.stringContaining(`No game has the PIN ${wrong}`) } });
	for (let i = 0; i < 25; i++) await send('GET', `/api/classroom/games/${100000 + i}`, { from: '127.0.0.2' });
	const guessing = await send('GET', game, { from: '127.0.0.2' });
	expect(guessing).toMatchObject({ status: 429, body: { error: 'too_many_wrong_pins', message: expect.stringContaining('Too many wrong PINs') } });
	expect(Number(guessing.headers['retry-after'])).toBeGreaterThan(0);
	expect((await send('GET', `/api/classroom/games/12345x`, { from: '127.0.0.4' })).body.error).toBe('bad_pin');

	// A tampered host key, a tampered player key, no key.
	const tampered = hostToken.slice(0, -1) + (hostToken.endsWith('A') ? 'B' : 'A');
	expect(await post(`${game}/control`, { action: 'end' }, { token: tampered })).toMatchObject({ status: 403, body: { error: 'not_host' } });
	expect(await post(`${game}/answers`, { index: 0, given: 'true' }, { token: ada.playerToken.slice(0, -2) + 'xx' })).toMatchObject({ status: 403, body: { error: 'not_player' } });
	expect(await post(`${game}/control`, { action: 'end' })).toMatchObject({ status: 401, body: { error: 'no_key' } });

	// Malformed JSON, a body that is not JSON, a body of the wrong shape, a 1 MB name.
	const malformed = await send('POST', `${game}/players`, { body: '{"name": "Eve"', from: '127.0.0.3' });
	expect(malformed).toMatchObject({ status: 400, body: { error: 'malformed_json', message: expect.stringContaining('not valid JSON') } });
	expect((await send('POST', `${game}/players`, { body: '<name>Eve</name>', type: 'application/xml', from: '127.0.0.3' })).body.error).toBe('not_json');
	const shape = await post(`${game}/answers`, { index: 'first', given: 7 }, { token: ada.playerToken });
	expect(shape).toMatchObject({ status: 400, body: { error: 'invalid_request', message: expect.stringMatching(/index: .*given: /) } });
	const huge = await post(`${game}/players`, { name: 'x'.repeat(1024 * 1024) }, { from: '127.0.0.3' });
	expect(huge).toMatchObject({ status: 413, body: { error: 'too_large', message: expect.stringContaining('at most 16384') } });
	const long = await post(`${game}/players`, { name: 'x'.repeat(31) }, { from: '127.0.0.3' });
	expect(long).toMatchObject({ status: 400, body: { error: 'invalid_request', message: expect.stringContaining('name') } });

	// An answer for a question that is closed, then for one that is not the current question.
	const q0 = before.question as { choices: string[] };
	expect((await post(`${game}/answers`, { index: 0, given: q0.choices[0] }, { token: ada.playerToken })).status).toBe(200);
	expect(await post(`${game}/answers`, { index: 0, given: q0.choices[0] }, { token: ada.playerToken })).toMatchObject({ status: 409, body: { error: 'already_answered' } });
	expect((await post(`${game}/control`, { action: 'next', from: 'question', index: 0 }, { token: hostToken })).status).toBe(200);
	const closed = await post(`${game}/answers`, { index: 0, given: q0.choices[0] }, { token: bo.playerToken });
	expect(closed).toMatchObject({ status: 409, body: { error: 'not_open', message: 'Question 1 is closed.' } });
	expect((await post(`${game}/answers`, { index: 2, given: 'true' }, { token: bo.playerToken })).body.error).toBe('wrong_question');

	// 1,000 joins from one client: a class's worth at most, the rest refused.
	const joins = await Promise.all(Array.from({ length: 1000 }, (_, i) => post(`${game}/players`, { name: `bot ${i}` }, { from: '127.0.0.3' })));
	const joined = joins.filter((r) => r.status === 201).length;
	const refused = joins.filter((r) => r.status === 429);
	expect(joined).toBeLessThanOrEqual(60);
	expect(joined + refused.length).toBe(1000);
	expect(refused[0]!.body).toMatchObject({ error: 'too_many_joins', message: expect.stringContaining('Too many joins') });

	// The game is as it was: the same question revealed, Ada's answer counted once, Bo's not at all,
	// and the real players carry on.
	const after = await view();
	expect(after).toMatchObject({ phase: 'reveal', answered: 1, question: { number: 1 } });
	expect(after.players.slice(0, 2).map((p: { name: string }) => p.name)).toEqual(['Ada', 'Bo']);
	expect((await post(`${game}/control`, { action: 'next', from: 'reveal', index: 0 }, { token: hostToken })).status).toBe(200);
	expect((await post(`${game}/control`, { action: 'next', from: 'leaderboard', index: 0 }, { token: hostToken })).status).toBe(200);
	const q1 = (await view()).question as { choices: string[] };
	expect((await post(`${game}/answers`, { index: 1, given: q1.choices[0] }, { token: bo.playerToken })).status).toBe(200);
});
