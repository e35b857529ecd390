import { expect, type Browser, type Page } from '@playwright/test';

// Shared steps of the classroom tests: a teacher hosting a game, students joining it.

export async function hostGame(page: Page, options: { count: number; seconds: number }): Promise<string> {
	await page.goto('/classroom');
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	await page.getByRole('spinbutton', { name: 'Questions' }).fill(String(options.count));
	await page.getByLabel('Seconds per question').fill(String(options.seconds));
	await page.getByRole('button', { name: 'Host a live game' }).click();
	await page.waitForURL(/\/classroom\/host\/\d{6}$/);
	const pin = (await page.getByTestId('pin').textContent())!.trim();
	expect(pin).toMatch(/^\d{6}$/);
	return pin;
}

export async function joinGame(browser: Browser, pin: string, name: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/play');
	await page.getByLabel('Game PIN').fill(pin);
	await page.getByRole('button', { name: 'Enter' }).click();
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('heading', { name: "You're in!" })).toBeVisible();
	return page;
}

/** The options on the host's screen for the current question, as the game stores them. */
export async function hostChoices(host: Page): Promise<string[]> {
	await expect(host.locator('.choices li').first()).toBeVisible();
	return (await host.locator('.choices li').allTextContents()).map((t) => t.trim());
}

export async function next(host: Page): Promise<void> {
	await host.keyboard.press('n');
}
