import AxeBuilder from '@axe-core/playwright';
import { generateDeck } from '../src/lib/generator';
import { cachedForOffline } from './support';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Bringing one's own article: a deck made in the browser (the generator in a Web Worker), reviewed,
// saved in IndexedDB, studied, kept across reloads; files opened; bad input refused with a message.

const SEED = 'nvidia-huang-chinese-ai-models';
const ARTICLE_FILE = readFileSync(new URL(`../questions/articles/${SEED}.md`, import.meta.url), 'utf8');
/** The seed article as someone would paste it: its text, without the front matter. */
const SEED_TEXT = ARTICLE_FILE.replace(/^---\n[\s\S]*?\n---\n\n/, '');
const FIXTURES = new URL('./fixtures/own-article/', import.meta.url);

async function expectNoSeriousA11yViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function openNewDeckPage(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'New deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New deck' })).toBeVisible();
	await expect(page.getByLabel('Article text')).toBeEditable();
}

async function makeQuestions(page: Page) {
	await page.getByRole('button', { name: 'Make questions' }).click();
	const heading = page.getByRole('heading', { name: /Review the questions/ });
	await expect(heading).toBeVisible({ timeout: 30_000 });
	// The questions come on screen a few at a time, each batch pushing down what is below the list:
	// wait for the first page of them (20), so that the Save button has stopped moving when clicked.
	const listed = Number(/kept of (\d+)/.exec(await heading.innerText())?.[1] ?? 0);
	await expect(page.locator('.review-item')).toHaveCount(Math.min(listed, 20));
}

/** Answers the card on screen wrongly (or turns a flashcard and rates it Again), whatever its type. */
async function answerOneCard(page: Page) {
	const card = page.locator('article.study-question');
	await expect(card).toBeVisible();
	const typed = page.getByLabel('Your answer');
	if (await typed.isVisible()) {
		await typed.fill('zzzz');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: /^Again/ }).click();
	} else if (await page.getByRole('button', { name: /^Show answer/ }).isVisible()) {
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: /^Again/ }).click();
	} else {
		await page.keyboard.press('1');
		await page.getByRole('button', { name: /^(Again|Good)/ }).first().click();
	}
	await expect(page.getByText(/1 answered/)).toBeVisible();
}

test('a pasted article becomes a reviewed, saved deck that is studied and still there after a reload', async ({ page, context }) => {
	// Generation, axe, an edit, a save, a study session and a reload: 34 s when quiet, past 60 s once
	// here under load (load average 12 on 2 cores). The offline test beside it has 120 s too.
	test.setTimeout(120_000);
	await openNewDeckPage(page);
	// The generator worker and what saving needs are loaded with the page: from here on, no network is
	// needed to make and save the deck, even before the service worker has the app's files.
	await context.setOffline(true);
	await page.getByLabel('Article text').fill(SEED_TEXT);
	await makeQuestions(page);

	// The same questions as the generator makes in Node from the same text (without its front matter,
	// so with another title, which the deck's best depend on).
	const total = generateDeck(SEED_TEXT).questions.length;
	// Below them, the generator's further questions, left out, for the person to keep if they want.
	const review = page.getByRole('heading', { name: new RegExp(`^3\\. Review the questions \\(${total} kept of \\d+\\)$`) });
	await expect(review).toBeVisible();
	const further = Number(/kept of (\d+)/.exec(await review.innerText())![1]) - total;
	expect(further).toBeGreaterThan(0);
	await expect(page.getByText('further question', { exact: true })).toHaveCount(further);
	const firstFurther = page.getByRole('article').filter({ hasText: 'Left out: keep it if it is right' }).first();
	await expect(firstFurther.getByRole('button', { name: `Keep question ${total + 1}`, exact: true })).toBeVisible();
	const first = page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Drop question 1', exact: true }) });
	await expect(first.locator('mark')).toHaveText(/\S/);
	await expectNoSeriousA11yViolations(page);

	// Drop one, edit another (a bad edit first: the message names the field, nothing changes).
	await page.getByRole('button', { name: 'Drop question 1', exact: true }).click();
	await expect(page.getByRole('heading', { name: `3. Review the questions (${total - 1} kept of ${total + further})` })).toBeVisible();
	await page.getByRole('button', { name: 'Edit question 2', exact: true }).click();
	const form = page.getByRole('form', { name: 'Save question 2' });
	const prompt = form.getByRole('textbox').first();
	const original = await prompt.inputValue();
	await prompt.fill('   ');
	await form.getByRole('button', { name: 'Save question 2' }).click();
	await expect(form.getByRole('alert')).toContainText('must not be blank');
	const edited = original.includes('_____') ? `Edited: ${original}` : `${original} (edited)`;
	await prompt.fill(edited);
	await form.getByRole('button', { name: 'Save question 2' }).click();
	const second = page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Edit question 2', exact: true }) });
	await expect(second.getByText('edited', { exact: true })).toBeVisible();
	await expect(second.locator('.prompt')).toContainText(edited.split('_____')[0]!.trim());

	await page.getByLabel('Title').fill('My Nvidia deck');
	await page.getByRole('button', { name: `Save the deck (${total - 1} questions)` }).click();
	await expect(page.getByText(`“My Nvidia deck” is saved on this device with ${total - 1} questions.`)).toBeVisible();

	await context.setOffline(false);
	await page.getByRole('link', { name: 'Study it now' }).click();
	await expect(page.getByRole('heading', { name: 'Study: My Nvidia deck' })).toBeVisible();
	await answerOneCard(page);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Study: My Nvidia deck' })).toBeVisible();
	await page.goto('/');
	const card = page.getByRole('article', { name: 'My Nvidia deck' });
	await expect(card.getByText('Your deck')).toBeVisible();
	await expect(card.getByText(`${total - 1} questions`)).toBeVisible();
	await expect(card.getByRole('list', { name: 'Today' })).toContainText('1 learning');

	// The deck page shows it with the edit; export gives the deck JSON; deleting says what goes.
	await card.getByRole('link', { name: 'My Nvidia deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'My Nvidia deck' })).toBeVisible();
	await expect(page.locator('.question .prompt', { hasText: edited.split('_____')[0]!.trim() })).toHaveCount(1);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export as deck JSON' }).click();
	const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { id: string; questions: unknown[] };
	expect(exported.questions).toHaveLength(total - 1);
	expect(exported.id).toBe('own-my-nvidia-deck');
	await page.getByRole('button', { name: 'Delete…' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(`${total - 1} cards, 1 card studied, 1 answer in the review log (1 learner)`);
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	// Edited later: the deck opens in the editor with its questions; a change is saved.
	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { name: `Questions (${total - 1} kept of ${total - 1})` })).toBeVisible();
	await page.getByRole('button', { name: 'Drop question 3', exact: true }).click();
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByText(`is saved on this device with ${total - 2} questions`)).toBeVisible();

	await page.goto('/');
	await page.getByRole('link', { name: 'My Nvidia deck' }).click();
	await page.getByRole('button', { name: 'Delete…' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete this deck' }).click();
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'My Nvidia deck' })).toHaveCount(0);
});

test('with the network cut from the first load on, after one visit: a pasted article becomes a saved deck, studied, there after a reload', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await cachedForOffline(page);
	await context.setOffline(true);
	await page.reload();
	await openNewDeckPage(page);
	await page.getByLabel('Article text').fill(SEED_TEXT);
	await makeQuestions(page);
	const total = generateDeck(SEED_TEXT).questions.length;
	await page.getByLabel('Title').fill('My offline deck');
	await page.getByRole('button', { name: `Save the deck (${total} questions)` }).click();
	// Saving loads the record's schema from the worker's cache first: slower than online under load.
	await expect(page.getByText(`“My offline deck” is saved on this device with ${total} questions.`)).toBeVisible({ timeout: 20_000 });
	await page.getByRole('link', { name: 'Study it now' }).click();
	await expect(page.getByRole('heading', { name: 'Study: My offline deck' })).toBeVisible();
	await answerOneCard(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Study: My offline deck' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('web pages, PDF and Word files are read into the text, then made into questions', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
	});
	await openNewDeckPage(page);
	const input = page.locator('input[type=file]');
	// A web page: its article picked out, its scripts never run, nothing it points to loaded.
	await input.setInputFiles(new URL('library.html', FIXTURES).pathname);
	const text = page.getByLabel('Article text');
	await expect(text).toHaveValue(/^---\ntitle: "Riverside Library opens a new reading room/);
	await expect(text).toHaveValue(/The project cost \$4\.2 million and was paid for by the city of Lowmoor/);
	await expect(text).not.toHaveValue(/Subscribe|Sport|window\.parent/);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
	expect(outside).toEqual([]);

	await input.setInputFiles(new URL('library.pdf', FIXTURES).pathname);
	await expect(page.getByLabel('Article text')).toHaveValue(/title: "Riverside Library opens a new reading room"/);
	await expect(page.getByLabel('Article text')).toHaveValue(/The project cost \$4\.2 million and was paid for by the city of Lowmoor/);

	await input.setInputFiles(new URL('library.docx', FIXTURES).pathname);
	await expect(page.getByLabel('Article text')).toHaveValue(/Chief librarian Amara Osei said the room holds 12,000 books/);
	await makeQuestions(page);
	await expect(page.getByLabel('Title')).toHaveValue('Riverside Library opens a new reading room');
	await expect(page.getByRole('heading', { name: /Review the questions \([1-9]\d* kept/ })).toBeVisible();
});

test('a long generation shows its progress and can be cancelled, and the page stays usable', async ({ page }) => {
	// Two workers load the language model, and axe reads the page: 47 s on a quiet CI machine, 57 s
	// under load here, against the 60 s default.
	test.setTimeout(120_000);
	await openNewDeckPage(page);
	await expectNoSeriousA11yViolations(page);
	// About 300 KB: long enough to be cancelled while it runs; too long to show in the field.
	const long = Array.from({ length: 50 }, () => SEED_TEXT).join('\n\n');
	await page.getByLabel('Article text').fill(long);
	await expect(page.getByText('Your text is too long to show here')).toBeVisible();
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(page.getByRole('progressbar', { name: 'Making questions' })).toBeVisible();
	await expect(page.getByText(/making questions…/)).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Generation cancelled.' })).toBeAttached();
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	// A new worker takes over: the next generation works.
	await page.getByRole('button', { name: 'Clear the text' }).click();
	await page.getByLabel('Article text').fill(SEED_TEXT);
	await makeQuestions(page);
});

test('bad input gets a message and saves nothing', async ({ page }) => {
	await openNewDeckPage(page);
	const problem = page.locator('#input-problem');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(problem).toContainText('The text is empty');

	await page.getByLabel('Article text').fill('12 34 56 -- ** 78');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(problem).toContainText('no words');

	await page.getByLabel('Article text').fill('the and of it');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(problem).toContainText('No questions could be made from this text: it has no sentences', { timeout: 30_000 });
	await page.getByLabel('Article text').fill('Yes. No. Maybe.');
	await page.getByRole('button', { name: 'Make questions' }).click();
	await expect(problem).toContainText('it has no facts to ask about');

	const input = page.locator('input[type=file]');
	await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]) });
	await expect(problem).toContainText('photo.txt: This is a binary file');
	await input.setInputFiles(new URL('scanned.pdf', FIXTURES).pathname);
	await expect(problem).toContainText('scanned.pdf: This PDF has no text layer');
	await input.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024, 'word ') });
	await expect(problem).toContainText('huge.txt: The file is too large (10 MB, over the limit of 5 MB)');

	await page.goto('/');
	await expect(page.getByText('Make a deck from any text')).toBeVisible();
});

test('a deck file is imported after validation; a bad one writes nothing', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('Make a deck from any text')).toBeVisible();
	const input = page.locator('.own-decks input[type=file]');
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "id": "x"}') });
	await expect(page.getByText('broken.json was not imported:')).toBeVisible();
	await expect(page.getByText(/title: /).first()).toBeVisible();
	await expect(page.getByText('Make a deck from any text')).toBeVisible();

	await input.setInputFiles(new URL(`../questions/decks/${SEED}.json`, import.meta.url).pathname);
	await expect(page.getByText(/Imported “.+” \(\d+ questions\), as a copy named own-/)).toBeVisible();
	await expect(page.locator('.own-decks').getByText('Your deck', { exact: true })).toHaveCount(1);
	await page.reload();
	await expect(page.locator('.own-decks').getByText('Your deck', { exact: true })).toHaveCount(1);
});

test("the study page never loads the generator or its language model", async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (/\.m?js(\?|$)/.test(response.url())) scripts.push(`${response.url()}\n${await response.text().catch(() => '')}`);
	});
	await page.goto(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	expect(scripts.length).toBeGreaterThan(3);
	for (const script of scripts) {
		expect(script, script.split('\n')[0]).not.toMatch(/generate\.worker|wink-eng-lite|winkNLP/);
	}
});
