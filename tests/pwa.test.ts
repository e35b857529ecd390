import { chromium, expect, test } from '@playwright/test';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startServer } from '../scripts/bench/server';
import { answerAnyCard, answeredInSession, cachedForOffline } from './support';

const SEED = 'nvidia-huang-chinese-ai-models';
/** A port of this run's own range (E2E_PORT + 1..9; +1 is the server-log test's, +3 the restart test's): the update test serves two versions on it. */
const UPDATE_PORT = Number(process.env.E2E_PORT ?? 4173) + 2;

test('Chromium finds the app installable, from a manifest with no errors, and offers to install it', async ({ baseURL }) => {
	// A profile on disk: Chromium installs nothing from an incognito context (Playwright's default).
	const { launchOptions } = test.info().project.use;
	const context = await chromium.launchPersistentContext(test.info().outputPath('profile'), {
		...launchOptions,
		args: [...(launchOptions?.args ?? []), '--bypass-app-banner-engagement-checks'],
		baseURL
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await cachedForOffline(page);
	const cdp = await context.newCDPSession(page);
	const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
	expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
	expect(manifest.errors).toEqual([]);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
	expect(installabilityErrors).toEqual([]);

	const served = (await (await page.request.get('/manifest.webmanifest')).json()) as {
		name: string;
		short_name: string;
		description: string;
		start_url: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; purpose: string }[];
	};
	expect(served).toMatchObject({ short_name: 'Factdeck', start_url: '/', display: 'standalone' });
	expect(served.name && served.description && served.theme_color && served.background_color).toBeTruthy();
	expect(served.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	for (const icon of served.icons) {
		const response = await page.request.get(icon.src);
		expect(response.headers()['content-type'], icon.src).toBe('image/png');
		const png = await response.body();
		const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
		expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
	}

	// The browser's own offer, shown as the app's Install button. Chromium decides that a page is
	// installable some time after it loads (more than 5 s once, on a loaded machine).
	await page.reload();
	await expect(page.getByRole('button', { name: 'Install app' })).toBeVisible({ timeout: 20_000 });
	await context.close();
});

test('an Install button appears where the browser offers to install, and goes once used', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
	// The offer Chromium makes (it waits for engagement before making it to a person).
	await page.evaluate(() => {
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => undefined,
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
	await page.getByRole('button', { name: 'Install app' }).click();
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test('a new version is announced mid-session, and the page reloads only when the learner asks', async ({ browser }) => {
	// A copy of the build served on a port of its own, so that a second version can replace it.
	const root = test.info().outputPath('app');
	// Under the folder name the served build has (BUILD_DIR, which the copied server entry reads too).
	const build = process.env.BUILD_DIR || 'build';
	cpSync(build, `${root}/${build}`, { recursive: true });
	for (const file of ['serve.js', 'security-headers.js']) cpSync(`scripts/${file}`, `${root}/scripts/${file}`);
	let server = await startServer({ root, port: UPDATE_PORT });
	const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		await page.goto(`/study/${SEED}`);
		await cachedForOffline(page);
		await answerAnyCard(page);
		await page.evaluate(() => Object.assign(window, { sameDocument: true }));

		// Deploy "version 2": the same build with another version number (of the same length, as the
		// static file server measured the files at start).
		const oldVersion = (JSON.parse(readFileSync(`${root}/${build}/client/_app/version.json`, 'utf8')) as { version: string }).version;
		const newVersion = String(Number(oldVersion) + 1).padStart(oldVersion.length, '0');
		await server.stop();
		for (const file of ['service-worker.js', '_app/version.json']) {
			const path = `${root}/${build}/client/${file}`;
			writeFileSync(path, readFileSync(path, 'utf8').replaceAll(oldVersion, newVersion));
			rmSync(`${path}.gz`, { force: true });
			rmSync(`${path}.br`, { force: true });
		}
		server = await startServer({ root, port: UPDATE_PORT });

		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		// The new version installs (precaches everything) first: that takes a while on a busy machine.
		await expect(page.getByText('A new version is ready')).toBeVisible({ timeout: 30_000 });
		// The learner carries on: no reload, the session goes on.
		await answerAnyCard(page);
		expect(await answeredInSession(page)).toBe(2);
		expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

		await page.getByRole('button', { name: 'Reload' }).click();
		await expect.poll(() => page.evaluate(() => 'sameDocument' in window).catch(() => true)).toBe(false);
		await expect(page.getByText('A new version is ready')).toHaveCount(0);
		await expect(page.locator('article.study-question')).toBeVisible();
		expect(await page.evaluate(() => caches.keys())).toEqual([`factdeck-${newVersion}`]);
	} finally {
		await context.close();
		await server.stop();
	}
});
