// Live classroom games under load: the built app (`node build`) on 127.0.0.1 with a journal in a
// temporary directory; G games × S simulated students at once, each student on its own event stream,
// answering every question after a short think. Measured, from the host's "next question" request:
// the time until every student of the game has the question (p50/p99 over game-questions) and until
// each student has it; answers acknowledged but missing from the results (lost: must be 0); the
// server's peak RSS; requests per second. The floor beside it: a bare node:http server that fans
// the same-sized message out to the same streams (no game, no journal, no views), in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ClassroomBenchOptions {
	games: number;
	students: number;
	questions: number;
	port: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The whole run may take no longer than this: a stuck game fails the bench instead of hanging it. */
const TIME_LIMIT_MS = 180_000;
const THINK_MS = 1500;

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function call(port: number, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
	const data = body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			{ host: '127.0.0.1', port, method, path, agent, headers: { ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (text += c));
				res.on('end', () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : {} }));
			}
		);
		req.on('error', reject);
		req.end(data);
	});
}

/** An event stream: calls `onData` with each `data:` message's JSON. Each holds a socket of its own. */
function stream(port: number, path: string, onData: (data: Record<string, unknown>) => void): { close: () => void; ready: Promise<void> } {
	let close = () => {};
	const ready = new Promise<void>((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`stream ${path}: ${res.statusCode}`));
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk: string) => {
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const message = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const line = message.split('\n').find((l) => l.startsWith('data: '));
					if (line) onData(JSON.parse(line.slice(6)));
				}
			});
			resolve();
		});
		req.on('error', reject);
		req.end();
		close = () => req.destroy();
	});
	return { close: () => close(), ready };
}

function startServer(command: string[], env: Record<string, string>): ChildProcess {
	return spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitFor(port: number, path: string): Promise<void> {
	const until = Date.now() + 20_000;
	while (Date.now() < until) {
		try {
			if ((await call(port, 'GET', path)).status < 500) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`no server on port ${port}`);
}

/** Peak resident memory of a process (Linux /proc), sampled while `during` runs. */
async function peakRss<T>(pid: number, during: Promise<T>): Promise<{ result: T; peakMb: number }> {
	let peak = 0;
	const sample = () => {
		try {
			const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
			peak = Math.max(peak, kb);
		} catch {
			/* not on Linux, or the process ended */
		}
	};
	const timer = setInterval(sample, 100);
	try {
		return { result: await during, peakMb: peak / 1024 };
	} finally {
		clearInterval(timer);
		sample();
	}
}

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

interface RunResult {
	/** Per game-question: from "next" to the last of its students having the question. */
	everyone: number[];
	/** Per student-question: from "next" to that student having it. */
	each: number[];
	requests: number;
	seconds: number;
	acknowledged: number;
	lost: number;
	refused: number;
}

/** One game on the app: create, join, then question after question until the results. */
async function playGame(port: number, deckId: string, o: ClassroomBenchOptions, counters: { requests: number }, out: RunResult): Promise<void> {
	const req = (method: string, path: string, body?: unknown, token?: string) => {
		counters.requests += 1;
		return call(port, method, path, body, token);
	};
	const created = await req('POST', '/api/classroom/games', { settings: { deckIds: [deckId], count: o.questions, types: ['mcq', 'true-false'], seed: 1, secondsPerQuestion: 60 } });
	if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.json)}`);
	const pin = created.json.pin as string;
	const hostToken = created.json.hostToken as string;
	const base = `/api/classroom/games/${pin}`;
	let t0 = 0;
	let question = 0;
	let hostPhase = 'lobby';
	const waiters: (() => void)[] = [];
	const host = stream(port, `${base}/events?host=${hostToken}`, (view) => {
		hostPhase = `${view.phase}:${(view.question as { number?: number } | null)?.number ?? 0}`;
		for (const w of waiters.splice(0)) w();
	});
	counters.requests += 1;
	await host.ready;
	const hostAt = (phase: string) => new Promise<void>((resolve) => {
		const check = () => (hostPhase === phase ? resolve() : waiters.push(check));
		check();
	});
	const arrived: number[] = [];
	const streams = [];
	let acknowledged = 0;
	for (let s = 0; s < o.students; s++) {
		const joined = await req('POST', `${base}/players`, { name: `Student ${s + 1}` });
		if (joined.status !== 201) throw new Error(`join: ${JSON.stringify(joined.json)}`);
		const token = joined.json.playerToken as string;
		let seen = 0;
		const st = stream(port, `${base}/events?player=${token}`, (view) => {
			const q = view.question as { number: number; choices: string[] } | null;
			if (view.phase !== 'question' || !q || q.number <= seen) return;
			seen = q.number;
			const latency = performance.now() - t0;
			out.each.push(latency);
			arrived.push(latency);
			const given = q.choices[(s + q.number) % q.choices.length]!;
			setTimeout(() => {
				void req('POST', `${base}/answers`, { index: q.number - 1, given }, token).then((r) => {
					if (r.status === 200) acknowledged += 1;
					else out.refused += 1;
				});
			}, Math.random() * THINK_MS);
		});
		counters.requests += 1;
		streams.push(st);
		await st.ready;
	}
	for (question = 1; question <= o.questions; question++) {
		const from = question === 1 ? { from: 'lobby', index: -1 } : { from: 'leaderboard', index: question - 2 };
		arrived.length = 0;
		t0 = performance.now();
		const moved = await req('POST', `${base}/control`, { action: 'next', ...from }, hostToken);
		if (moved.status !== 200) throw new Error(`next: ${JSON.stringify(moved.json)}`);
		await hostAt(`reveal:${question}`); // every student answered
		out.everyone.push(Math.max(...arrived));
		if (arrived.length !== o.students) throw new Error(`${arrived.length} of ${o.students} students had question ${question}`);
		const after = await req('POST', `${base}/control`, { action: 'next', from: 'reveal', index: question - 1 }, hostToken);
		if (after.status !== 200) throw new Error(`next: ${JSON.stringify(after.json)}`);
		await hostAt(question === o.questions ? `results:0` : `leaderboard:${question}`);
	}
	// Every acknowledged answer must be in the results the host receives.
	const final = await new Promise<Record<string, unknown>>((resolve) => {
		const s = stream(port, `${base}/events?host=${hostToken}`, (view) => {
			s.close();
			resolve(view);
		});
	});
	counters.requests += 1;
	const rows = (final.results as { rows: { cells: (object | null)[] }[] }).rows;
	const recorded = rows.reduce((n, r) => n + r.cells.filter(Boolean).length, 0);
	out.acknowledged += acknowledged;
	out.lost += Math.max(0, acknowledged - recorded);
	host.close();
	for (const st of streams) st.close();
}

async function runApp(o: ClassroomBenchOptions, deckId: string): Promise<RunResult> {
	const out: RunResult = { everyone: [], each: [], requests: 0, seconds: 0, acknowledged: 0, lost: 0, refused: 0 };
	const counters = { requests: 0 };
	const start = performance.now();
	await Promise.all(Array.from({ length: o.games }, () => playGame(o.port, deckId, o, counters, out)));
	out.seconds = (performance.now() - start) / 1000;
	out.requests = counters.requests;
	return out;
}

// The floor: node:http and nothing else. POST /next/<game> writes one message of the app's size to
// that game's streams and answers once written.
const FLOOR_SERVER = `
import { createServer } from 'node:http';
const games = new Map();
const payload = 'x'.repeat(Number(process.env.PAYLOAD));
createServer((req, res) => {
	const [, kind, game] = req.url.split('/');
	if (kind === 'events') {
		res.writeHead(200, { 'content-type': 'text/event-stream' });
		res.write(': hi\\n\\n');
		if (!games.has(game)) games.set(game, new Set());
		games.get(game).add(res);
		req.on('close', () => games.get(game).delete(res));
		return;
	}
	let n = 0;
	req.resume();
	req.on('end', () => {
		for (const s of games.get(game) ?? []) s.write('data: {"phase":"question","n":' + (++n) + ',"p":"' + payload + '"}\\n\\n');
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end('{}');
	});
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function runFloor(o: ClassroomBenchOptions, port: number, payload: number): Promise<{ everyone: number[]; each: number[] }> {
	const server = spawn(process.execPath, ['--input-type=module', '-e', FLOOR_SERVER], { env: { ...process.env, PORT: String(port), PAYLOAD: String(payload) }, stdio: 'inherit' });
	try {
		await waitFor(port, '/next/none');
		const everyone: number[] = [];
		const each: number[] = [];
		await Promise.all(
			Array.from({ length: o.games }, async (_, g) => {
				let t0 = 0;
				const arrived: number[] = [];
				let done = () => {};
				const streams = [];
				for (let s = 0; s < o.students; s++) {
					const st = stream(port, `/events/${g}`, () => {
						const latency = performance.now() - t0;
						arrived.push(latency);
						each.push(latency);
						if (arrived.length === o.students) done();
					});
					streams.push(st);
					await st.ready;
				}
				for (let q = 0; q < o.questions; q++) {
					arrived.length = 0;
					const all = new Promise<void>((r) => (done = r));
					t0 = performance.now();
					await call(port, 'POST', `/next/${g}`, {});
					await all;
					everyone.push(Math.max(...arrived));
					await new Promise((r) => setTimeout(r, THINK_MS)); // the app's games wait for answers between questions
				}
				for (const st of streams) st.close();
			})
		);
		return { everyone, each };
	} finally {
		server.kill('SIGKILL');
	}
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function classroomBench(o: ClassroomBenchOptions): Promise<void> {
	if (!existsSync(join(ROOT, 'build', 'index.js'))) {
		console.log('No build yet: building the app first (vite build)…');
		await new Promise<void>((resolve, reject) =>
			spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' }).on('exit', (c) => (c === 0 ? resolve() : reject(new Error('vite build failed'))))
		);
	}
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-classroom-bench-'));
	const server = startServer(['build'], { PORT: String(o.port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${o.port}`, CLASSROOM_JOURNAL: join(dir, 'journal.jsonl') });
	// However this process ends (a failure included), the server it started ends with it.
	process.once('exit', () => server.kill('SIGKILL'));
	const limit = setTimeout(() => {
		console.error(`The classroom bench took longer than ${TIME_LIMIT_MS / 1000} s: stopped.`);
		server.kill('SIGKILL');
		process.exit(1);
	}, TIME_LIMIT_MS);
	try {
		await waitFor(o.port, '/api/decks');
		const decks = (await call(o.port, 'GET', '/api/decks')).json as unknown as { id: string }[];
		const deckId = decks[0]!.id;
		const { result: app, peakMb } = await peakRss(server.pid!, runApp(o, deckId));
		const floor = await runFloor(o, o.port + 1, 700);
		console.log(`${o.games} games × ${o.students} students × ${o.questions} questions on 127.0.0.1 (deck ${deckId}), think time up to ${THINK_MS} ms; load average ${loadavg()[0]!.toFixed(1)}`);
		console.log('| "next question" → | app p50 | app p99 | floor p50 | floor p99 | ratio p50 | ratio p99 |');
		console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const [label, a, f] of [
			['every student of the game has it', app.everyone, floor.everyone],
			['one student has it', app.each, floor.each]
		] as const) {
			const [a50, a99, f50, f99] = [quantile(a, 0.5), quantile(a, 0.99), quantile(f, 0.5), quantile(f, 0.99)];
			console.log(`| ${label} | ${ms(a50)} | ${ms(a99)} | ${ms(f50)} | ${ms(f99)} | ${(a50 / f50).toFixed(2)} | ${(a99 / f99).toFixed(2)} |`);
		}
		console.log(`answers acknowledged ${app.acknowledged}, lost ${app.lost} (target 0), refused ${app.refused}`);
		console.log(`server peak RSS ${peakMb.toFixed(0)} MB; ${app.requests} requests in ${app.seconds.toFixed(1)} s = ${(app.requests / app.seconds).toFixed(0)} requests/s (streams opened count as requests)`);
		const p99 = quantile(app.everyone, 0.99);
		console.log(`target p99 < 300 ms: ${p99 < 300 ? 'met' : 'NOT met'} (${ms(p99)}); lost 0: ${app.lost === 0 ? 'met' : 'NOT met'}`);
	} finally {
		clearTimeout(limit);
		server.kill('SIGKILL'); // no graceful shutdown to wait for: the run is over
		agent.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
}

