// IndexedDB bench, in Chromium through Playwright: today's queue and one answer with 100,000 cards
// and 1,000,000 review-log entries, each beside its floor (bare IndexedDB) measured in the same run.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface StudyBenchOptions {
	cards: number;
	log: number;
	iterations: number;
	/** Keep the seeded profile in the temp directory, and reuse it next time (seeding takes minutes). */
	keep: boolean;
}

function fmt(ms: number) {
	return `${ms.toFixed(2)} ms`;
}

export async function studyBench(options: StudyBenchOptions): Promise<void> {
	const bundle = await build({
		entryPoints: [`${root}/scripts/bench/study-page.ts`],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2022',
		minify: true,
		alias: { $lib: `${root}/src/lib` },
		logLevel: 'error'
	});
	const script = bundle.outputFiles[0]!.text;
	// A persistent profile, so that IndexedDB is on disk as in a learner's browser (a fresh context
	// would keep it in memory).
	const kept = join(tmpdir(), `factdeck-bench-${options.cards}-${options.log}`);
	const profile = options.keep ? kept : await mkdtemp(join(tmpdir(), 'factdeck-bench-'));
	if (options.keep) await mkdir(profile, { recursive: true });
	const marker = join(profile, 'factdeck-seeded');
	const seededBefore = options.keep && (await access(marker).then(() => true, () => false));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const page = browser.pages()[0] ?? (await browser.newPage());
		page.on('console', (m) => console.log(`  ${m.text()}`));
		// A page of its own origin (IndexedDB needs one), served from memory: no server, no network.
		await page.route('http://bench.invalid/**', (route) =>
			route.request().url().endsWith('.js')
				? route.fulfill({ contentType: 'text/javascript', body: script })
				: route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title><script src="/bench.js"></script>' })
		);
		await page.goto('http://bench.invalid/');
		const now = Date.UTC(2026, 2, 10, 12);
		if (seededBefore) {
			console.log(`Reusing the IndexedDB seeded earlier in ${profile}`);
			await page.evaluate((n) => window.bench.attach(n), now);
		} else {
			console.log(`Seeding Chromium's IndexedDB with ${options.cards.toLocaleString('en')} cards and ${options.log.toLocaleString('en')} review-log entries…`);
			const t0 = Date.now();
			const seeded = await page.evaluate(([c, l, n]) => window.bench.seed(c!, l!, n!), [options.cards, options.log, now]);
			console.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s:`, seeded);
			if (options.keep) await writeFile(marker, JSON.stringify(seeded));
		}
		const r = await page.evaluate(([i, n]) => window.bench.run(i!, n!), [options.iterations, now]);
		const rows = [
			['Build today\'s queue (app)', r.queue, r.floorRead, 'floor: bare read of 200 due records from the index'],
			['Record one answer (app)', r.answer, r.floorWrite, 'floor: bare one-transaction write of two records']
		] as const;
		console.log(`\nIndexedDB in Chromium, ${options.iterations} runs each (ratio = app / floor; target ≤ 2)`);
		console.log('| what | app median | app p95 | floor median | floor p95 | ratio median | ratio p95 |');
		console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const [name, app, floor, note] of rows) {
			console.log(
				`| ${name}; ${note} | ${fmt(app.median)} | ${fmt(app.p95)} | ${fmt(floor.median)} | ${fmt(floor.p95)} | ${(app.median / floor.median).toFixed(2)} | ${(app.p95 / floor.p95).toFixed(2)} |`
			);
		}
	} finally {
		await browser.close();
		if (!options.keep) await rm(profile, { recursive: true, force: true });
	}
}
