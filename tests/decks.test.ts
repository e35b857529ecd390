import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = 'nvidia-huang-chinese-ai-models';
const SEED_TITLE = 'Nvidia CEO Jensen Huang calls Chinese AI models "world-class"';

async function expectNoSeriousA11yViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('the home page lists the question banks with their source and counts', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
	const card = page.getByRole('article', { name: SEED_TITLE });
	await expect(card).toBeVisible();
	await expect(card).toContainText('July 2025');
	await expect(card).toContainText(/\d+ questions: \d+ multiple choice, \d+ gap-fill, (\d+ true\/false, )?\d+ short answer, \d+ flashcards/);
	await expectNoSeriousA11yViolations(page);
});

test('a deck page shows the article with source sentences marked, and reveals an answer on request', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: SEED_TITLE }).click();
	await expect(page).toHaveURL(`/decks/${SEED}`);
	await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();

	// The article, with its headings as headings and its disclaimer as text, unmarked.
	const article = page.getByRole('region', { name: 'The article' });
	await expect(article.getByRole('heading', { name: 'Alibaba Doubles Down on AI' })).toBeVisible();
	await expect(article).toContainText('Please note that we are not authorised to provide any investment advice.');
	await expect(article.locator('mark', { hasText: 'investment advice' })).toHaveCount(0);
	// Marked (the marks that questions link to, not the hint's sample): the source sentence of every
	// question of the deck, and nothing else.
	const deck = (await (await page.request.get(`/api/decks/${SEED}`)).json()) as { questions: { source: { sentence: string } }[] };
	const marked = (await article.locator('mark[id]').allInnerTexts()).map((m) => m.replace(/\s+/g, ' ').trim());
	const sentences = deck.questions.map((q) => q.source.sentence.replace(/\s+/g, ' ').trim());
	expect(sentences.length).toBeGreaterThan(5);
	for (const sentence of sentences) expect(marked.some((m) => sentence.startsWith(m)), sentence).toBe(true);
	for (const mark of marked) expect(sentences.some((s) => s.includes(mark)), mark).toBe(true);

	// A question: the answer is hidden until asked for.
	const questions = page.getByRole('region', { name: /Questions/ });
	const first = questions.getByRole('listitem').first();
	const reveal = first.getByRole('button', { name: 'Show answer' });
	await expect(reveal).toHaveAttribute('aria-expanded', 'false');
	await expect(first.getByText(/^(Answer|Back):$/)).toBeHidden();
	await reveal.click();
	await expect(first.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');
	await expect(first.getByText(/^(Answer|Back):$/)).toBeVisible();

	// The revealed answer quotes its source sentence and links to its mark in the article.
	const sentence = (await first.locator('blockquote').innerText()).replace(/\s*In the article$/, '');
	await first.getByRole('link', { name: 'In the article' }).click();
	const target = page.locator('mark:target');
	await expect(target).toBeVisible();
	expect(sentence.startsWith(await target.innerText())).toBe(true);
	await expectNoSeriousA11yViolations(page);
});

test('answers can be revealed with the keyboard alone', async ({ page }) => {
	await page.goto(`/decks/${SEED}`);
	const reveal = page.getByRole('button', { name: 'Show answer' }).first();
	await reveal.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Hide answer' }).first()).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Show answer' }).first()).toBeFocused();
});

test('a multiple-choice answer marks the right option when revealed', async ({ page }) => {
	await page.goto(`/decks/${SEED}`);
	const mcq = page.getByRole('listitem').filter({ hasText: 'Multiple choice' }).first();
	await expect(mcq.getByRole('listitem')).toHaveCount(4);
	await expect(mcq.locator('li.correct')).toHaveCount(0);
	await mcq.getByRole('button', { name: 'Show answer' }).click();
	await expect(mcq.locator('li.correct')).toHaveCount(1);
	await expect(mcq.locator('li.correct')).toContainText('(correct)');
});

test('the deck API serves the list and each deck as JSON', async ({ request }) => {
	const list = await request.get('/api/decks');
	expect(list.status()).toBe(200);
	expect(list.headers()['content-type']).toContain('application/json');
	const decks = (await list.json()) as { id: string; questionCount: number; countsByType: Record<string, number> }[];
	const seed = decks.find((d) => d.id === SEED);
	expect(seed?.questionCount).toBeGreaterThan(0);
	expect(Object.keys(seed?.countsByType ?? {}).sort()).toEqual(['cloze', 'flashcard', 'mcq', 'short-answer', 'true-false']);

	const deck = await request.get(`/api/decks/${SEED}`);
	expect(deck.status()).toBe(200);
	const body = await deck.json();
	expect(body.id).toBe(SEED);
	expect(body.questions).toHaveLength(seed!.questionCount);
});

test('an unknown or malformed deck id gets a JSON 404, never a file or a stack trace', async ({ request }) => {
	for (const path of [
		'/api/decks/no-such-deck',
		'/api/decks/..%2F..%2Fpackage.json',
		'/api/decks/%2e%2e%2f%2e%2e%2fpackage.json',
		'/api/decks/a/b',
		'/api/decks/NOT%20A%20SLUG'
	]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
		expect(response.headers()['content-type'], path).toContain('application/json');
		const body = await response.text();
		expect(JSON.parse(body).error, path).toBe('not_found');
		expect(body, path).not.toMatch(/"dependencies"|at .*\.js:\d+/);
	}
});

test('an API address that cannot be decoded gets a JSON 400, never a stack trace', async ({ request }) => {
	for (const path of ['/api/decks/%ZZ', '/api/decks/%E0%A4%A', '/api/decks/abc%', '/api/%ZZ']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(400);
		expect(response.headers()['content-type'], path).toContain('application/json');
		const body = await response.text();
		expect(JSON.parse(body), path).toEqual({ error: 'bad_request', message: `The address ${path} is not valid percent-encoding` });
		expect(body, path).not.toMatch(/at .*\.js:\d+/);
	}
});

test('a page address that cannot be decoded gets the error page with a 400', async ({ page }) => {
	const response = await page.goto('/decks/%ZZ');
	expect(response?.status()).toBe(400);
	await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to the question banks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
});

test('an unknown deck page says so, and links back home', async ({ page }) => {
	const response = await page.goto('/decks/no-such-deck');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to the question banks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
});

test('the deck page works at 360 px wide, without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/decks/${SEED}`);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the dark theme follows the system setting', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(dark).not.toBe(light);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoSeriousA11yViolations(page);
});

test('a deck page leads to studying it', async ({ page }) => {
	await page.goto(`/decks/${SEED}`);
	await page.getByRole('link', { name: 'Study this deck' }).click();
	await expect(page).toHaveURL(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
});

test('when the app cannot load its scripts, the page says so after a few seconds instead of loading forever', async ({ page }) => {
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/');
	await expect(page.getByText('Loading your progress…')).toBeVisible();
	await expect(page.getByText(/the app's scripts did not load/)).toBeHidden();
	await expect(page.getByText(/the app's scripts did not load/)).toBeVisible({ timeout: 15_000 });
});
