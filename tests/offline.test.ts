import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerAnyCard, cachedForOffline } from './support';

// After one visit, everything a learner does works with the network cut: the decks, studying,
// profiles and backups. Service workers run in this Chromium, and setOffline cuts the network for
// the page and the worker alike, so the offline steps really come from the cache.

const SEED = 'nvidia-huang-chinese-ai-models';
const DECKS_DIR = new URL('../questions/decks/', import.meta.url);
const readDeck = (id: string) => JSON.parse(readFileSync(new URL(`${id}.json`, DECKS_DIR), 'utf8')) as { id: string; title: string };
const SEED_TITLE = readDeck(SEED).title;

/** No error anywhere on the page: no alert, no error page. */
async function expectNoError(page: Page) {
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /Something went wrong|Not found|offline/i })).toHaveCount(0);
}

test('after one visit, the app works offline: another deck, studying, profiles, a backup; nothing is lost', async ({ page, context }) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));

	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await cachedForOffline(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await expectNoError(page);

	// Another deck, by an in-app link, then its questions studied.
	await page.getByRole('link', { name: SEED_TITLE, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Questions \(\d+\)$/ })).toBeVisible();
	await page.getByRole('link', { name: '← All question banks' }).click();
	await page.getByRole('article', { name: SEED_TITLE }).getByRole('link', { name: 'Study now' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Study: ${SEED_TITLE}` })).toBeVisible();
	const ANSWERS = 4;
	for (let i = 0; i < ANSWERS; i++) await answerAnyCard(page);
	await expectNoError(page);

	// Profiles: a new one, switched to and back.
	await page.getByRole('link', { name: 'Profiles' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Profiles' })).toBeVisible();
	await page.getByLabel('Name of a new profile').fill('Offline learner');
	await page.getByRole('button', { name: 'Add profile' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Offline learner');
	await page.getByRole('button', { name: 'Switch to Learner 1' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');

	// A backup, with every answer given offline in it.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress of Learner 1' }).click()]);
	const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { learner: { name: string }; reviewLog: unknown[] };
	expect(backup.learner.name).toBe('Learner 1');
	expect(backup.reviewLog).toHaveLength(ANSWERS);
	await expectNoError(page);

	// Back online: everything done offline is still there.
	await context.setOffline(false);
	await page.goto('/');
	const today = page.getByRole('article', { name: SEED_TITLE }).getByRole('list', { name: 'Today' });
	await expect(today).toBeVisible();
	await page.goto('/learners');
	await expect(page.getByRole('button', { name: 'Switch to Offline learner' })).toBeVisible();
	const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress of Learner 1' }).click()]);
	expect((JSON.parse(readFileSync((await again.path())!, 'utf8')) as { reviewLog: unknown[] }).reviewLog).toHaveLength(ANSWERS);
	await expectNoError(page);
	expect(uncaught).toEqual([]);
});

test('offline, a page that is not saved on the device says it needs the network', async ({ page, context }) => {
	await page.goto('/');
	await cachedForOffline(page);
	await context.setOffline(true);

	// Opened directly: the worker's own page says so.
	await page.goto('/somewhere-new');
	await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
	await expect(page.getByText('needs the network')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the question banks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();

	// Reached inside the app (its data cannot be fetched): the app's error page says so.
	await page.evaluate(() => {
		const a = Object.assign(document.createElement('a'), { href: '/decks/not-saved-here', textContent: 'elsewhere' });
		document.querySelector('main')!.append(a);
	});
	await page.getByRole('link', { name: 'elsewhere' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Offline' })).toBeVisible();
	await expect(page.getByText('You are offline, and this page is not saved on this device.')).toBeVisible();

	// The API answers in JSON, saying why.
	const api = await page.evaluate(async () => {
		const r = await fetch('/api/decks/not-saved-here');
		return { status: r.status, body: await r.json() };
	});
	expect(api).toEqual({ status: 503, body: { error: 'offline', message: expect.stringContaining('You are offline') } });
});

test('offline, the decks the API offers come from the cache', async ({ page, context }) => {
	await page.goto('/');
	await cachedForOffline(page);
	const online = (await (await page.request.get('/api/decks')).json()) as { id: string }[];
	await context.setOffline(true);
	const offline = await page.evaluate(async (ids) => {
		const list = (await (await fetch('/api/decks')).json()) as { id: string }[];
		const decks = await Promise.all(ids.map(async (id) => ((await (await fetch(`/api/decks/${id}`)).json()) as { id: string }).id));
		return { list: list.map((d) => d.id), decks };
	}, online.map((d) => d.id));
	expect(offline.list).toEqual(online.map((d) => d.id));
	expect(offline.decks).toEqual(online.map((d) => d.id));
});
