// The New deck page in Chromium, against the built app (`npx vite build` first): time from pasting a
// text and pressing "Make questions" to the questions shown, cold (a fresh browser: the worker and its
// language model load first) and warm; the same for a 1 MB text; the worker chunk's size gzipped; and
// the longest main-thread task meanwhile (Long Tasks API: every task over 50 ms, plus the longest gap
// between animation frames). Baseline in the same run: generateDeck on the same text in Node, warm.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { splitFrontMatter } from '../../src/lib/generator/front-matter';
import { generateDeck } from '../../src/lib/generator/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = join(ROOT, 'questions/articles');
const SEED = splitFrontMatter(readFileSync(join(ARTICLES, 'nvidia-huang-chinese-ai-models.md'), 'utf8')).body;
const MB = 1024 * 1024;

export interface NewDeckBenchOptions {
	iterations: number;
	port: number;
}

interface Run {
	ms: number;
	questions: number;
	/** Tasks over 50 ms on the page's main thread (Long Tasks API), in ms. */
	longTasks: number[];
	/** The longest gap between two animation frames, in ms: what a user would feel as a freeze. */
	longestFrameGap: number;
}

/** About `bytes` of article text: the sample articles' bodies, one after another. */
function textOf(bytes: number): string {
	const bodies = readdirSync(ARTICLES)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => splitFrontMatter(readFileSync(join(ARTICLES, f), 'utf8')).body.trim());
	let text = '';
	for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${bodies[i % bodies.length]}\n\n`;
	return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

// Installed before the app's scripts (as source text: a function would be rewritten by the bundler
// with helpers the page does not have): collects long tasks and frame gaps from the page's start.
const OBSERVE = `
	window.__bench = { longTasks: [], gap: 0, last: performance.now() };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
	}).observe({ type: 'longtask', buffered: true });
	const frame = () => {
		const t = performance.now();
		window.__bench.gap = Math.max(window.__bench.gap, t - window.__bench.last);
		window.__bench.last = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
`;

/** Pastes the text, presses Make questions, and waits for the first question on screen. */
async function generateOnce(page: Page, text: string): Promise<Run> {
	const change = page.getByRole('button', { name: 'Change the text and make the questions again' });
	if (await change.isVisible()) await change.click();
	const clear = page.getByRole('button', { name: 'Clear the text' });
	if (await clear.isVisible()) await clear.click();
	await page.getByLabel('Article text').waitFor();
	return page.evaluate(async (content) => {
		const w = window as unknown as { __bench: { longTasks: number[]; gap: number; last: number } };
		const area = [...document.querySelectorAll('textarea')].find((t) => t.closest('label')?.textContent?.includes('Article text'))!;
		const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Make questions')!;
		await new Promise((r) => requestAnimationFrame(r));
		w.__bench.longTasks = [];
		w.__bench.gap = 0;
		w.__bench.last = performance.now();
		const started = performance.now();
		// A paste: a paste event first (the page keeps a long text out of the field); what it does not
		// take, the browser would insert: the text arrives in the field as one input event.
		const data = new DataTransfer();
		data.setData('text/plain', content);
		const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
		if (area.dispatchEvent(paste)) {
			area.value = content;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		}
		await new Promise((r) => setTimeout(r));
		button.click();
		for (;;) {
			await new Promise((r) => requestAnimationFrame(r));
			if (document.querySelector('article.review-item') || document.querySelector('.problem[role="alert"]')) break;
		}
		// Shown: the frame with the first question has been painted.
		await new Promise((r) => requestAnimationFrame(r));
		const ms = performance.now() - started;
		const heading = document.getElementById('review-heading')?.textContent ?? '';
		const questions = Number(/of (\d+)\)/.exec(heading)?.[1] ?? 0);
		return { ms, questions, longTasks: [...w.__bench.longTasks], longestFrameGap: w.__bench.gap };
	}, text);
}

async function openPage(browser: Browser, origin: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript({ content: OBSERVE });
	await page.goto(`${origin}/own/new`);
	await page.getByLabel('Article text').waitFor();
	return page;
}

function startServer(port: number): Promise<() => void> {
	const server = spawn(process.execPath, ['build'], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` }, stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the built app did not start (run `npx vite build` first)')), 30_000);
		server.stdout.on('data', (chunk: Buffer) => {
			if (/Listening/i.test(chunk.toString())) {
				clearTimeout(timer);
				resolve(() => server.kill());
			}
		});
		server.on('exit', (code) => reject(new Error(`the built app exited (${code}); run \`npx vite build\` first`)));
	});
}

function summary(runs: Run[]): string {
	const tasks = runs.flatMap((r) => r.longTasks);
	const longest = tasks.length ? `${tasks.length} over 50 ms, longest ${fmt(Math.max(...tasks))}` : 'none over 50 ms';
	return `${longest}; longest frame gap ${fmt(Math.max(...runs.map((r) => r.longestFrameGap)))}`;
}

export async function newDeckBench(options: NewDeckBenchOptions): Promise<void> {
	const workerDir = join(ROOT, 'build/client/_app/immutable/workers');
	const workerFile = readdirSync(workerDir).find((f) => /^generate\.worker-.*\.js$/.test(f));
	if (!workerFile) throw new Error('no generator worker in build/: run `npx vite build` first');
	const worker = readFileSync(join(workerDir, workerFile));

	const big = textOf(MB);
	// Baseline, same run: the generator itself in Node, warm.
	generateDeck(SEED);
	const nodeSeed: number[] = [];
	for (let i = 0; i < options.iterations; i++) {
		const t = performance.now();
		generateDeck(SEED);
		nodeSeed.push(performance.now() - t);
	}
	let t = performance.now();
	generateDeck(big);
	const nodeBig = performance.now() - t;

	const stop = await startServer(options.port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const origin = `http://127.0.0.1:${options.port}`;
		// Cold: a fresh context (no cache); the text is pasted as soon as the page can take it, so the
		// time includes loading the worker and building the language model.
		const cold: Run[] = [];
		for (let i = 0; i < 3; i++) {
			const page = await openPage(browser, origin);
			cold.push(await generateOnce(page, SEED));
			await page.context().close();
		}
		const page = await openPage(browser, origin);
		await generateOnce(page, SEED);
		const warm: Run[] = [];
		for (let i = 0; i < options.iterations; i++) warm.push(await generateOnce(page, SEED));
		const large: Run[] = [];
		for (let i = 0; i < 2; i++) large.push(await generateOnce(page, big));
		await page.context().close();

		const seedKb = (Buffer.byteLength(SEED) / 1024).toFixed(1);
		console.log(`New deck page in Chromium (built app): paste → questions shown; baseline: generateDeck in Node, same run`);
		console.log('| what | median | p95 | target | Node baseline | ratio | questions | main-thread tasks |');
		console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
		const row = (what: string, runs: Run[], target: string, base: number) =>
			console.log(
				`| ${what} | ${fmt(median(runs.map((r) => r.ms)))} | ${fmt(p95(runs.map((r) => r.ms)))} | ${target} | ${fmt(base)} | ${(median(runs.map((r) => r.ms)) / base).toFixed(2)} | ${runs[0]!.questions} | ${summary(runs)} |`
			);
		row(`seed article (${seedKb} KB), cold, ${cold.length} fresh browsers`, cold, '< 1.5 s', median(nodeSeed));
		row(`seed article, warm, ${warm.length} runs`, warm, '< 150 ms', median(nodeSeed));
		row(`${(Buffer.byteLength(big) / MB).toFixed(2)} MB text, warm, ${large.length} runs`, large, 'no task > 50 ms', nodeBig);
		console.log(`Worker chunk ${workerFile}: ${(worker.length / 1024).toFixed(0)} KB, ${(gzipSync(worker, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
	} finally {
		await browser.close();
		stop();
	}
}
