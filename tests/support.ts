import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits until the service worker controls the page and has cached this version whole. */
export async function cachedForOffline(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
}

/** Answers given in this session, from its counts; Infinity once it is over (the counts are gone). */
export async function answeredInSession(page: Page): Promise<number> {
	const text = await page
		.getByText(/^\d+ answered$/)
		.textContent({ timeout: 2_000 })
		.catch(() => null);
	return text === null ? Infinity : Number(/(\d+) answered/.exec(text)?.[1]);
}

/** Answers the card on screen, right or wrong, with the keyboard, and waits for it to be saved. */
export async function answerAnyCard(page: Page) {
	const before = await answeredInSession(page);
	await expect(page.locator('article.study-question')).toBeVisible();
	if (await page.getByRole('button', { name: 'Show answer' }).isVisible()) {
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
	} else if (await page.getByLabel('Your answer').isVisible()) {
		await page.getByLabel('Your answer').fill('zzzz');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: /^Again/ })).toBeEnabled();
		await page.keyboard.press('Enter');
	} else {
		await page.keyboard.press('1');
		await expect(page.getByRole('button', { name: /^Good|^Again/ }).first()).toBeEnabled();
		await page.keyboard.press('Enter');
	}
	await expect.poll(() => answeredInSession(page)).toBeGreaterThan(before);
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page, where = page.url()) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}
