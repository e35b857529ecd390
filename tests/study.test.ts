import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED = 'nvidia-huang-chinese-ai-models';
const SEED_TITLE = 'Nvidia CEO Jensen Huang calls Chinese AI models "world-class"';

interface Q {
	id: string;
	type: string;
	answer: string;
	options?: string[];
}

async function seedQuestions(page: Page): Promise<Map<string, Q>> {
	const response = await page.request.get(`/api/decks/${SEED}`);
	const deck = (await response.json()) as { questions: Q[] };
	return new Map(deck.questions.map((q) => [q.id, q]));
}

async function expectNoSeriousA11yViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

function deckCard(page: Page) {
	return page.getByRole('article', { name: SEED_TITLE });
}

async function counts(page: Page) {
	const card = deckCard(page);
	await expect(card.getByText(/learned/)).toBeVisible();
	const text = await card.getByRole('list', { name: 'Today' }).innerText();
	const n = (label: string) => Number(new RegExp(`(\\d+)\\s*${label}`).exec(text)?.[1]);
	return { new: n('new'), learning: n('learning'), due: n('due') };
}

/** Answers the card on screen with the keyboard alone; `right` says whether to answer it right. */
async function answerWithKeys(page: Page, questions: Map<string, Q>, right = true): Promise<Q> {
	const article = page.locator('article.study-question');
	await expect(article).toBeVisible();
	const id = await article.getAttribute('data-question-id');
	const q = questions.get(id!)!;
	const status = page.getByRole('status').filter({ hasText: /./ }).first();
	if (q.type === 'flashcard') {
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
		await page.keyboard.press(right ? '3' : '1');
	} else if (q.type === 'mcq' || q.type === 'true-false') {
		const options = q.type === 'mcq' ? q.options! : ['true', 'false'];
		const index = options.findIndex((o) => (o === q.answer) === right);
		await page.keyboard.press(String(index + 1));
		await expect(page.getByRole('status')).toContainText(right ? 'Right' : 'Wrong');
		await page.keyboard.press('Enter');
	} else {
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await page.keyboard.type(right ? q.answer.toUpperCase() : 'zzzz');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText(right ? 'Right' : 'Wrong');
		await page.keyboard.press(right ? 'Enter' : '1');
	}
	void status;
	return q;
}

async function done(page: Page) {
	const text = await page.getByText(/\d+ done, \d+ to go/).innerText();
	return Number(/(\d+) done/.exec(text)?.[1]);
}

test('a first visit makes a profile without sign-up, and shows what is due', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	expect(await counts(page)).toEqual({ new: 20, learning: 0, due: 0 });
	await expect(deckCard(page).getByText('0 of 23 learned')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('study ten cards with the keyboard alone; progress survives a reload', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await deckCard(page).getByRole('link', { name: 'Study now' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Study: ${SEED_TITLE}` })).toBeVisible();

	const seen: Q[] = [];
	for (let i = 0; i < 10; i++) {
		seen.push(await answerWithKeys(page, questions, i !== 3));
		await expect.poll(() => done(page)).toBe(i + 1);
	}
	expect(new Set(seen.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);

	await page.goto('/');
	const after = await counts(page);
	expect(after.new).toBeLessThan(20);
	expect(after.learning).toBeGreaterThan(0);
	await page.reload();
	expect(await counts(page)).toEqual(after);

	// The study page carries on where it left off: the first card is no longer the first question.
	await page.goto(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
	expect(await done(page)).toBe(0);
});

test('a typed answer with a small typo is "almost", announced, and rated Good', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 23; i++) {
		const article = page.locator('article.study-question');
		await expect(article).toBeVisible();
		const q = questions.get((await article.getAttribute('data-question-id'))!)!;
		if (q.type === 'short-answer' && /^[A-Za-z]{5,}$/.test(q.answer)) {
			await page.keyboard.type(q.answer.slice(0, 2) + q.answer.slice(3)); // one letter missing
			await page.keyboard.press('Enter');
			await expect(page.getByRole('status')).toContainText('Almost');
			await expect(page.getByText('Almost: a small typo was forgiven')).toBeVisible();
			await expect(page.getByRole('button', { name: /^Again/ })).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Good ?, due in/ })).toBeFocused();
			for (const name of ['Hard', 'Good', 'Easy']) {
				await expect(page.getByRole('button', { name: new RegExp(`^${name} ?, due in \\d`) })).toBeVisible();
			}
			await expectNoSeriousA11yViolations(page);
			return;
		}
		await answerWithKeys(page, questions);
	}
	throw new Error('no short-answer question with a one-word answer came up');
});

test('undo restores the card and removes its answer', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	const article = page.locator('article.study-question');
	await expect(article).toBeVisible();
	const first = await article.getAttribute('data-question-id');
	await answerWithKeys(page, questions);
	await expect.poll(() => done(page)).toBe(1);
	await expect(article).not.toHaveAttribute('data-question-id', first!);
	await page.keyboard.press('Control+z');
	await expect(article).toHaveAttribute('data-question-id', first!);
	await expect.poll(() => done(page)).toBe(0);
	await expect(page.getByRole('status')).toContainText('undone');
	await page.goto('/');
	expect(await counts(page)).toEqual({ new: 20, learning: 0, due: 0 });
});

test('two profiles keep their progress apart; deleting one says what is lost', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 2; i++) await answerWithKeys(page, questions);
	await expect.poll(() => done(page)).toBe(2);

	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByLabel('Name of a new profile').fill('Bob');
	await page.getByRole('button', { name: 'Add profile' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Bob');
	await page.goto('/');
	expect(await counts(page)).toEqual({ new: 20, learning: 0, due: 0 });

	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByRole('button', { name: 'Switch to Learner 1' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await page.goto('/');
	const mine = await counts(page);
	expect(mine.learning + (20 - mine.new)).toBeGreaterThan(0);

	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByRole('button', { name: 'Rename Bob' }).click();
	await page.getByLabel('New name for Bob').fill('Roberta');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await expect(page.getByRole('listitem').filter({ hasText: 'Roberta' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete Learner 1' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete Learner 1?' });
	await expect(dialog).toContainText(/2 studied\s+cards out of 23, and\s+2 answers in its history/);
	await expectNoSeriousA11yViolations(page);
	await dialog.getByRole('button', { name: 'Delete Learner 1' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('current-learner')).toHaveText('Roberta');
	await expect(page.getByRole('button', { name: /Learner 1/ })).toHaveCount(0);
});

test('the study page works at 360 px wide, in the dark theme, without serious a11y problems', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.emulateMedia({ colorScheme: 'dark' });
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	await answerWithKeys(page, questions);
	await expect(page.locator('article.study-question')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('backup, reset and restore: the round trip gives back the progress; a corrupt file changes nothing', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 3; i++) await answerWithKeys(page, questions);
	await expect.poll(() => done(page)).toBe(3);
	await page.goto('/');
	const studied = await counts(page);
	expect(studied.new).toBeLessThan(20);

	await page.getByRole('link', { name: 'Profiles' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress of Learner 1' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-learner-1-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
	const saved = JSON.parse(text);
	expect(saved.reviewLog).toHaveLength(3);
	expect(saved.cards).toHaveLength(23);

	await page.getByRole('button', { name: 'Reset all progress of Learner 1' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset all progress of Learner 1?' });
	await expect(dialog).toContainText(/history of\s+3 answers is deleted/);
	await dialog.getByRole('button', { name: 'Reset all progress' }).click();
	await expect(page.getByRole('status')).toContainText('All progress of Learner 1 was reset: 23 cards are new again.');
	await page.goto('/');
	expect(await counts(page)).toEqual({ new: 20, learning: 0, due: 0 });

	// A corrupt file: every problem named, nothing written.
	await page.getByRole('link', { name: 'Profiles' }).click();
	const corrupt = structuredClone(saved);
	corrupt.cards[4].stability = -1;
	corrupt.reviewLog[0].rating = 9;
	await page.getByLabel('Restore progress from a backup file').setInputFiles({
		name: 'corrupt.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(corrupt))
	});
	const alert = page.getByRole('alert').filter({ hasText: 'cannot be restored' });
	await expect(alert).toContainText('cards[4].stability');
	await expect(alert).toContainText('reviewLog[0].rating: must be 1 (Again) to 4 (Easy)');
	await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
	await page.goto('/');
	expect(await counts(page)).toEqual({ new: 20, learning: 0, due: 0 });

	// The good file: what it will do is shown first, then it is written.
	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByLabel('Restore progress from a backup file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	const plan = page.getByRole('region', { name: 'What the restore will do' });
	await expect(plan).toContainText('Cards: replace 23');
	await expect(plan).toContainText('Answers: add 3');
	await expectNoSeriousA11yViolations(page);
	await plan.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByText(/Restored Learner 1: 23 cards and 3 answers/)).toBeVisible();
	await page.goto('/');
	expect(await counts(page)).toEqual(studied);

	// Exporting again gives back exactly what was saved.
	await page.getByRole('link', { name: 'Profiles' }).click();
	const again = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress of Learner 1' }).click();
	const second = JSON.parse(await (await import('node:fs/promises')).readFile((await (await again).path())!, 'utf8'));
	expect({ ...second, exportedAt: 0 }).toEqual({ ...saved, exportedAt: 0 });
});

test('suspend and unsuspend a card, set the desired retention, reset a deck', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto('/');
	await deckCard(page).getByRole('link', { name: 'Cards and settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Cards and settings/ })).toBeVisible();

	const retention = page.getByLabel(/Desired retention/);
	await expect(page.locator('#retention-cost')).toContainText('recommended balance');
	await retention.fill('0.95');
	await expect(page.locator('#retention-cost')).toContainText(/About 2\.\d× the reviews of 0\.90; you forget about 5 in 100/);
	await page.getByLabel('New cards per day').fill('5');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: /^Suspend: / }).first().click();
	await expect(page.getByRole('row').nth(1)).toContainText('Suspended (new)');
	await page.goto('/');
	expect((await counts(page)).new).toBe(5);
	await expect(deckCard(page)).toContainText('0 of 23 learned (0%) · 1 suspended');

	await deckCard(page).getByRole('link', { name: 'Cards and settings' }).click();
	await page.getByRole('button', { name: /^Unsuspend: / }).click();
	await expect(page.getByRole('row').nth(1)).toContainText('New');
	await page.goto('/');
	await expect(deckCard(page)).toContainText('0 of 23 learned');
	await expect(deckCard(page)).not.toContainText('suspended');

	// Study two cards, then reset the deck: everything is new again.
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 2; i++) await answerWithKeys(page, questions);
	await expect.poll(() => done(page)).toBe(2);
	await page.goto(`/study/${SEED}/cards`);
	await page.getByRole('button', { name: 'Reset progress of this deck' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Reset this deck' }).click();
	await expect(page.getByText(/Progress reset: 23 cards are new again/)).toBeVisible();
	await page.goto('/');
	expect(await counts(page)).toEqual({ new: 5, learning: 0, due: 0 });
});

test('a study session needs no server once the page is loaded', async ({ page, context }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await context.setOffline(true);
	for (let i = 0; i < 5; i++) await answerWithKeys(page, questions, i % 2 === 0);
	await expect.poll(() => done(page)).toBe(5);
	await page.keyboard.press('Control+z');
	await expect.poll(() => done(page)).toBe(4);
	expect(requests).toEqual([]);
	await context.setOffline(false);
});
