// The JS and CSS a learner downloads before a page is usable: a first visit with nothing cached,
// every script and stylesheet requested before `ready` first shows, each counted gzipped (level 9,
// as the build's own .gz files). What the page asks for after that (loaded lazily) is listed apart.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface TransferFile {
	path: string;
	gzip: number;
}

export interface Transfer {
	before: TransferFile[];
	after: TransferFile[];
	total: number;
}

async function gzipSize(origin: string, path: string): Promise<number> {
	const response = await fetch(origin + path, { headers: { 'accept-encoding': 'identity' } });
	return gzipSync(new Uint8Array(await response.arrayBuffer()), { level: 9 }).length;
}

export async function transferBeforeUsable(origin: string, path: string, ready: string): Promise<Transfer> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		// No service worker: its precaching downloads everything, which is not what the page needs.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		// (No named functions inside: tsx would wrap them in a helper the page does not have.)
		await page.addInitScript((selector) => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector(selector)) return;
				(window as unknown as { usableAt: number }).usableAt = performance.now();
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		}, ready);
		await page.goto(origin + path);
		await page.locator(ready).first().waitFor({ state: 'visible' });
		await page.waitForLoadState('networkidle');
		const timings = await page.evaluate(() => {
			const usableAt = (window as unknown as { usableAt: number }).usableAt;
			return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
				path: new URL(e.name).pathname,
				before: e.startTime <= usableAt
			}));
		});
		await context.close();
		const assets = timings.filter((t) => /\.(js|css)$/.test(t.path) && !t.path.endsWith('/service-worker.js'));
		const sized = await Promise.all(assets.map(async (t) => ({ ...t, gzip: await gzipSize(origin, t.path) })));
		const bySize = (a: TransferFile, b: TransferFile) => b.gzip - a.gzip;
		const before = sized.filter((f) => f.before).map(({ path, gzip }) => ({ path, gzip })).sort(bySize);
		const after = sized.filter((f) => !f.before).map(({ path, gzip }) => ({ path, gzip })).sort(bySize);
		return { before, after, total: before.reduce((sum, f) => sum + f.gzip, 0) };
	} finally {
		await browser.close();
	}
}
