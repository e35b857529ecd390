// `npm run bench -- web`: the budgets of the built app, each beside its target and its baseline.
// - JS+CSS (gzipped) a learner downloads before the study page is usable (scripts/bench/transfer.ts);
// - Lighthouse 12.2.3 (mobile, its default) on the home, deck and study pages: performance and
//   accessibility; Chromium's installability check (CDP) stands for Lighthouse's old PWA category;
// - autocannon, 100 connections for 20 s each, on loopback: `/` and a deck from the API, one after
//   the other, with the Accept-Encoding a browser sends.
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startServer } from './server';
import { transferBeforeUsable } from './transfer';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED = 'nvidia-huang-chinese-ai-models';
const STUDY_READY = 'article.study-question';

/** Measured before this work (1 December 2026, the same script on the build of the time). */
const BASELINE = { studyKb: 85.4, lighthouse: '97–99 performance, 100 accessibility', homeRate: '2,000–2,700 req/s', deckRate: '740–810 req/s, p99 255–476 ms' };
const TARGET = { studyKb: 60, performance: 97, accessibility: 100, deckRatio: 1.5, p99Ms: 100 };

export interface WebBenchOptions {
	/** Seconds per autocannon run. */
	seconds: number;
	connections: number;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

async function budgetTransfer(origin: string): Promise<void> {
	const transfer = await transferBeforeUsable(origin, `/study/${SEED}`, STUDY_READY);
	console.log(`\nJS+CSS before the study page is usable (gzipped, first visit): ${kb(transfer.total)}`);
	console.log(`  target ≤ ${TARGET.studyKb} KB, baseline ${BASELINE.studyKb} KB: ${verdict(transfer.total <= TARGET.studyKb * 1000)}`);
	for (const f of transfer.before) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.path}`);
	if (transfer.after.length) console.log(`  loaded once the first question shows: ${transfer.after.map((f) => `${f.path} (${kb(f.gzip)})`).join(', ')}`);
}

async function budgetLighthouse(origin: string): Promise<void> {
	console.log(`\nLighthouse 12.2.3, mobile (baseline ${BASELINE.lighthouse}; target performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility})`);
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
	try {
		for (const path of ['/', `/decks/${SEED}`, `/study/${SEED}`]) {
			const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
			const categories = result?.lhr.categories;
			const performance = Math.round((categories?.performance?.score ?? 0) * 100);
			const accessibility = Math.round((categories?.accessibility?.score ?? 0) * 100);
			const ok = performance >= TARGET.performance && accessibility >= TARGET.accessibility;
			const lcp = result?.lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
			const tbt = result?.lhr.audits['total-blocking-time']?.displayValue ?? '?';
			console.log(`  ${path.padEnd(40)} performance ${performance}, accessibility ${accessibility} (LCP ${lcp}, TBT ${tbt}): ${verdict(ok)}`);
		}
	} finally {
		chrome.kill();
	}
}

/** Chromium's own verdict (Lighthouse 12 dropped its PWA category): errors from the manifest and installability. */
async function budgetInstallable(origin: string): Promise<void> {
	const profile = await mkdtemp(join(tmpdir(), 'factdeck-install-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(origin);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
		const problems = [...manifest.errors.map((e) => e.message), ...installabilityErrors.map((e) => e.errorId)];
		console.log(`\nInstallable (Chromium's manifest and installability checks): ${problems.length ? `NO: ${problems.join(', ')}` : 'yes, no errors'}`);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
}

async function load(url: string, options: WebBenchOptions) {
	const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: { 'accept-encoding': 'gzip, deflate, br' } });
	return { rate: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total };
}

async function budgetLoad(origin: string, options: WebBenchOptions): Promise<void> {
	console.log(`\nautocannon, ${options.connections} connections × ${options.seconds} s each, loopback (baseline: / ${BASELINE.homeRate}; deck ${BASELINE.deckRate})`);
	const home = await load(`${origin}/`, options);
	const deck = await load(`${origin}/api/decks/${SEED}`, options);
	for (const [name, r] of [['/', home], [`/api/decks/${SEED}`, deck]] as const) {
		console.log(`  ${name.padEnd(44)} ${Math.round(r.rate).toLocaleString('en')} req/s, p99 ${r.p99} ms, ${r.total.toLocaleString('en')} requests, ${r.errors} errors, ${r.non2xx} non-2xx`);
	}
	const ratio = home.rate / deck.rate;
	const ok = deck.errors + home.errors === 0 && deck.non2xx + home.non2xx === 0 && ratio <= TARGET.deckRatio && deck.p99 < TARGET.p99Ms;
	console.log(`  / ÷ deck rate: ${ratio.toFixed(2)}× (target ≤ ${TARGET.deckRatio}×); deck p99 ${deck.p99} ms (target < ${TARGET.p99Ms} ms); 0 errors wanted: ${verdict(ok)}`);
}

export async function webBench(options: WebBenchOptions): Promise<void> {
	console.log('Building the app (vite build)…');
	const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) throw new Error('vite build failed');
	const server = await startServer();
	try {
		await budgetTransfer(server.origin);
		await budgetLighthouse(server.origin);
		await budgetInstallable(server.origin);
		await budgetLoad(server.origin, options);
	} finally {
		await server.stop();
	}
}
