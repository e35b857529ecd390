import { expect, test, type Page } from '@playwright/test';
import { answerAnyCard, cachedForOffline, expectNoSeriousA11yViolations } from './support';

// axe-core over every page, in the light and the dark theme, online and offline (from the service
// worker's cache), including the pages that say something is missing.

const SEED = 'nvidia-huang-chinese-ai-models';

// axe over the deck page (about 2,000 elements) alone takes 10–25 s on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

/** Each page, and what shows once it has loaded the learner's progress. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
	['/', (page) => expect(page.getByRole('list', { name: 'Today' }).first()).toBeVisible()],
	[`/decks/${SEED}`, (page) => expect(page.getByRole('heading', { name: /^Questions \(\d+\)$/ })).toBeVisible()],
	[`/study/${SEED}`, (page) => expect(page.locator('article.study-question')).toBeVisible()],
	[`/study/${SEED}/cards`, (page) => expect(page.getByRole('table').or(page.getByRole('list')).first()).toBeVisible()],
	['/learners', (page) => expect(page.getByRole('button', { name: /^Export progress of/ })).toBeVisible()],
	['/own/import', (page) => expect(page.getByLabel('Question file')).toBeEnabled()],
	['/no-such-page', (page) => expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()]
];

async function checkEveryPage(page: Page, pages: typeof PAGES) {
	for (const [path, loaded] of pages) {
		await page.goto(path);
		await expect(page.getByTestId('current-learner')).toBeVisible();
		await loaded(page);
		await expectNoSeriousA11yViolations(page, path);
		if (path.startsWith('/study/') && !path.endsWith('/cards')) {
			await answerAnyCard(page); // and the next card, after an answer
			await expectNoSeriousA11yViolations(page, `${path} after an answer`);
		}
	}
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every page has no serious accessibility problem, ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await checkEveryPage(page, PAGES);
	});

	test(`offline, every page has no serious accessibility problem, ${colorScheme} theme`, async ({ page, context }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await cachedForOffline(page);
		await context.setOffline(true);
		await checkEveryPage(page, PAGES.filter(([path]) => path !== '/no-such-page'));
		// Pages not saved on the device: the worker's own page, and the app's error page.
		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'the offline page');
		await page.goto('/');
		// The home page may render its main again as it loads from the cache, dropping a link added
		// too early: add it again until a click on it goes through.
		await expect(async () => {
			await page.evaluate(() => {
				if (document.querySelector('a[href="/decks/not-saved-here"]')) return;
				const a = Object.assign(document.createElement('a'), { href: '/decks/not-saved-here', textContent: 'elsewhere' });
				document.querySelector('main')!.append(a);
			});
			await page.getByRole('link', { name: 'elsewhere' }).click({ timeout: 2000 });
		}).toPass({ timeout: 30_000 });
		await expect(page.getByRole('heading', { level: 1, name: 'Offline' })).toBeVisible();
		await expectNoSeriousA11yViolations(page, 'the offline error page');
	});
}
