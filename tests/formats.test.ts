import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerAnyCard, cachedForOffline, expectNoSeriousA11yViolations } from './support';

// Other apps' formats: every deck's page exports GIFT, Moodle XML, Anki text and packages and CSV;
// the Import questions page reads Anki text, packages, CSV and GIFT back into decks of one's own,
// after a preview, and writes nothing from a file it cannot use.

const SEED = 'nvidia-huang-chinese-ai-models';
const DECK = JSON.parse(readFileSync(new URL(`../questions/decks/${SEED}.json`, import.meta.url), 'utf8')) as {
	title: string;
	questions: { type: string; prompt: string; answer: string }[];
};
const TOTAL = DECK.questions.length;

interface Exported {
	name: string;
	bytes: Buffer;
	text: string;
}

/** Chooses a format in the deck page's export control and returns the file it downloads. */
async function exportAs(page: Page, label: string): Promise<Exported> {
	await page.getByLabel('Export as').selectOption({ label });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const file = await download;
	const bytes = readFileSync((await file.path())!);
	await expect(page.getByRole('status').filter({ hasText: `as ${file.suggestedFilename()}` })).toBeVisible();
	return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const firstLine = (text: string) => text.split(/\r?\n/)[0]!;

async function openImportPage(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'Import questions (Anki, Moodle, CSV)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions' })).toBeVisible();
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByLabel('Question file').setInputFiles(file);
}

/** The number of own decks on the home page. */
async function ownDeckCount(page: Page): Promise<number> {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'New deck' })).toBeVisible();
	// The list is read from IndexedDB: wait until it has been (the hint, or a deck, shows).
	const own = page.locator('.own-decks');
	await expect(own.getByText('Make a deck from any text').or(own.getByRole('article').first())).toBeVisible();
	return own.getByRole('article').count();
}

test('the seed deck exported in every format; its Anki text and CSV imported back, previewed, saved and studied', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(`/decks/${SEED}`);
	await expect(page.getByRole('heading', { level: 1, name: DECK.title })).toBeVisible();

	const gift = await exportAs(page, 'GIFT (Moodle)');
	expect(gift.name).toBe(`${SEED}.gift.txt`);
	expect(firstLine(gift.text)).toBe(`// ${DECK.title}: ${TOTAL} questions from Factdeck`);
	expect(gift.text.match(/^::Q\d+ [a-z-]+::/gm)).toHaveLength(TOTAL);

	const xml = await exportAs(page, 'Moodle XML');
	expect(xml.name).toBe(`${SEED}.xml`);
	expect(firstLine(xml.text)).toBe('<?xml version="1.0" encoding="UTF-8"?>');
	expect(xml.text).toContain('<quiz>');
	expect(xml.text.match(/<question type="(?!category)/g)).toHaveLength(TOTAL);

	const anki = await exportAs(page, 'Anki (text)');
	expect(anki.name).toBe(`${SEED}.txt`);
	expect(firstLine(anki.text)).toBe('#separator:tab');
	// A note a question, each tagged with its type (fields may run over several lines).
	expect(anki.text.match(/\bfactdeck::(mcq|cloze|true-false|short-answer|flashcard)\b/g)).toHaveLength(TOTAL);

	const apkg = await exportAs(page, 'Anki package (.apkg)');
	expect(apkg.name).toBe(`${SEED}.apkg`);
	expect([...apkg.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	expect(apkg.bytes.includes(Buffer.from('collection.anki2'))).toBe(true);
	expect(apkg.bytes.length).toBeGreaterThan(2_000);
	// The package back in, read by sql.js in the page: the same count.
	await openImportPage(page);
	await chooseFile(page, { name: apkg.name, mimeType: 'application/octet-stream', buffer: apkg.bytes });
	await expect(page.getByRole('region', { name: '2. What will be added' })).toContainText(`read as Anki package: ${TOTAL} questions`);
	// So is the GIFT file, found to be GIFT by its content though it ends in .txt.
	await chooseFile(page, { name: gift.name, mimeType: 'text/plain', buffer: gift.bytes });
	await expect(page.getByRole('region', { name: '2. What will be added' })).toContainText(`read as GIFT (Moodle): ${TOTAL} questions`);
	await page.goto(`/decks/${SEED}`);

	const csv = await exportAs(page, 'CSV');
	expect(csv.name).toBe(`${SEED}.csv`);
	expect(firstLine(csv.text)).toBe('type,prompt,answer,options,accept,source,tags');
	expect(csv.text).toContain(DECK.questions[0]!.answer);
	expect(csv.text.length).toBeGreaterThan(TOTAL * 40);

	// The Anki text back in: previewed with its count, saved under a title of one's own, studied.
	await openImportPage(page);
	await chooseFile(page, { name: anki.name, mimeType: 'text/plain', buffer: anki.bytes });
	const preview = page.getByRole('region', { name: '2. What will be added' });
	await expect(preview).toContainText(`read as Anki text: ${TOTAL} questions`);
	await expect(preview.getByRole('list').first().getByRole('listitem')).toHaveCount(Math.min(5, TOTAL));
	await expectNoSeriousA11yViolations(page, 'the import preview');
	await page.getByLabel('Title of the new deck').fill('Nvidia from Anki');
	await page.getByRole('button', { name: `Save as a new deck (${TOTAL} questions)` }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeFocused();
	await expect(page.getByText(`“Nvidia from Anki” is saved on this device with ${TOTAL} questions.`).first()).toBeVisible();
	await page.getByRole('link', { name: 'Study it now' }).click();
	await expect(page.getByRole('heading', { name: 'Study: Nvidia from Anki' })).toBeVisible();
	await answerAnyCard(page);
	await page.goto('/');
	const ankiCard = page.getByRole('article', { name: 'Nvidia from Anki' });
	await expect(ankiCard.getByText(`${TOTAL} questions`)).toBeVisible();
	await expect(ankiCard.getByRole('list', { name: 'Today' })).toContainText('1 learning');

	// The CSV back in, under the title it is given by its name; its page exports it again.
	await openImportPage(page);
	await chooseFile(page, { name: csv.name, mimeType: 'text/csv', buffer: csv.bytes });
	await expect(preview).toContainText(`read as CSV: ${TOTAL} questions`);
	await expect(page.getByLabel('Title of the new deck')).toHaveValue('Nvidia huang chinese ai models');
	await page.getByRole('button', { name: `Save as a new deck (${TOTAL} questions)` }).click();
	await page.getByRole('link', { name: 'See the deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nvidia huang chinese ai models' })).toBeVisible();
	await expect(page.getByRole('heading', { name: `Questions (${TOTAL})` })).toBeVisible();
	const again = await exportAs(page, 'CSV');
	expect(again.name).toBe('own-nvidia-huang-chinese-ai-models.csv');
	expect(firstLine(again.text)).toBe(firstLine(csv.text));
	await page.getByRole('link', { name: 'Study', exact: true }).click();
	await answerAnyCard(page);
});

test('a file with no usable question is previewed with its problems by line, and nothing is saved', async ({ page }) => {
	const before = await ownDeckCount(page);
	await openImportPage(page);
	const bad = ['type,prompt,answer,options', 'mcq,Pick one,z,a|b|c', 'riddle,What walks on four legs?,A person', 'cloze,No gap in this one,gap', ''].join('\n');
	await chooseFile(page, { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	const preview = page.getByRole('region', { name: '2. What will be added' });
	await expect(preview).toContainText('read as CSV: 0 questions');
	await expect(page.getByRole('alert')).toContainText('No question in broken.csv can be used, so nothing will be saved.');
	const problems = page.getByRole('list', { name: /problems/ });
	await expect(problems.getByRole('listitem')).toHaveCount(3);
	await expect(problems.getByRole('listitem').nth(0)).toHaveText(/^Line 2: /);
	await expect(problems.getByRole('listitem').nth(1)).toHaveText(/^Line 3: /);
	await expect(problems.getByRole('listitem').nth(2)).toHaveText(/^Line 4: .*gap/);
	await expect(page.getByRole('button', { name: /^Save as a new deck/ })).toHaveCount(0);
	await expectNoSeriousA11yViolations(page, 'the import of a bad file');

	// Files no reader takes: each says why, with its name.
	await chooseFile(page, { name: 'deck.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from('Front\tBack\n') });
	await expect(page.getByRole('alert')).toContainText('deck.apkg is not an Anki package');
	await chooseFile(page, { name: 'essay.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some prose.\nAnd more.\n') });
	await expect(page.getByRole('alert')).toContainText('essay.txt is neither Anki text');
	await chooseFile(page, { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
	await expect(page.getByRole('alert')).toContainText('photo.csv is a binary file');
	await expect(page.getByRole('region', { name: '2. What will be added' })).toHaveCount(0);

	expect(await ownDeckCount(page)).toBe(before);
});

test('with the network cut after one visit, a deck still exports as text and as a package, and a file is imported', async ({ page, context }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (/\.m?js(\?|$)/.test(response.url())) scripts.push(`${response.url()}\n${await response.text().catch(() => '')}`);
	});
	await page.goto('/');
	await cachedForOffline(page);
	await context.setOffline(true);
	await page.goto(`/decks/${SEED}`);
	await expect(page.getByRole('heading', { level: 1, name: DECK.title })).toBeVisible();
	await page.goto(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
	await page.goto(`/decks/${SEED}`);
	await expect(page.getByRole('heading', { level: 1, name: DECK.title })).toBeVisible();
	// The home, study and deck pages load no format, nor the formats' dispatcher, nor sql.js, before
	// one is chosen (by what each one's code says: chunk names are hashes).
	expect(scripts.length).toBeGreaterThan(5);
	for (const script of scripts) expect(script, script.split('\n')[0]).not.toMatch(/sqlite3_|collection\.anki2|\$CATEGORY|factdeck::|#separator:/);

	const gift = await exportAs(page, 'GIFT (Moodle)');
	expect(firstLine(gift.text)).toBe(`// ${DECK.title}: ${TOTAL} questions from Factdeck`);
	// (The check above can see a format: GIFT's code is among the scripts now that it is used.)
	await expect.poll(() => scripts.some((script) => script.includes('$CATEGORY'))).toBe(true);
	const csv = await exportAs(page, 'CSV');
	expect(firstLine(csv.text)).toBe('type,prompt,answer,options,accept,source,tags');
	const apkg = await exportAs(page, 'Anki package (.apkg)');
	expect([...apkg.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

	// Importing needs no network either: the CSV back in, saved.
	await openImportPage(page);
	await chooseFile(page, { name: 'offline.csv', mimeType: 'text/csv', buffer: csv.bytes });
	await expect(page.getByRole('region', { name: '2. What will be added' })).toContainText(`read as CSV: ${TOTAL} questions`);
	await page.getByRole('button', { name: `Save as a new deck (${TOTAL} questions)` }).click();
	// Saving loads the record's schema from the worker's cache first: slower than online under load.
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible({ timeout: 20_000 });
});
