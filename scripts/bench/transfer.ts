// The JS and CSS a learner downloads before the study page is usable (its first question shown), a
// first visit with nothing cached, each file counted gzipped (level 9, as the build's .gz files).
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface Transfer {
	files: { url: string; gzip: number }[];
	total: number;
}

export async function transferBeforeUsable(origin: string, path: string, ready: string): Promise<Transfer> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		// No service worker: its precaching would download everything, which is not what the page needs.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const pending: Promise<{ url: string; gzip: number } | null>[] = [];
		let usable = false;
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (usable || (type !== 'script' && type !== 'stylesheet')) return;
			pending.push(
				response.body().then(
					(body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length }),
					() => null
				)
			);
		});
		await page.goto(origin + path);
		await page.locator(ready).first().waitFor({ state: 'visible' });
		usable = true;
		const files = (await Promise.all(pending)).filter((f) => f !== null).sort((a, b) => b.gzip - a.gzip);
		await context.close();
		return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
	} finally {
		await browser.close();
	}
}
