import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The worksheet and its answer key, printed to PDF by Chromium, then read back with pdf.js: every
// question is in each, none split across two pages, and nothing of the site around them.

/** Questions printed: the first two decks hold at least this many of the types asked. */
const COUNT = 10;

async function pdfPages(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		pages.push(flat(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
	}
	return pages;
}

/** Text compared without regard to how lines were broken. */
// Text as compared: one space between words, none before punctuation or after a hyphen that ends a
// line ("all- time": a PDF's text runs split at line ends and at a gap, and are joined with spaces).
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([,.;:!?’”)])/g, '$1').replace(/(\w)- (\w)/g, '$1-$2').trim();

test('a worksheet and its answer key print with every question, none split across pages', async ({ page, request }) => {
	test.setTimeout(90_000);
	const decks = (await (await request.get('/api/decks')).json()) as { id: string }[];
	const query = `decks=${decks[0]!.id},${decks[1]!.id}&count=${COUNT}&types=mcq,true-false,cloze,short-answer&seed=11`;
	const pageCounts: Record<string, number> = {};

	for (const sheet of ['worksheet', 'key'] as const) {
		await page.goto(`/classroom/print?${query}&sheet=${sheet}`);
		const questions = page.locator('.question');
		await expect(questions).toHaveCount(COUNT);
		const prompts = (await questions.locator('.prompt').allTextContents()).map(flat);
		const lasts = await questions.evaluateAll((items) => items.map((li) => (li.lastElementChild?.textContent ?? '').replace(/\s+/g, ' ').trim()));
		const pages = await pdfPages(page);
		pageCounts[sheet] = pages.length;
		const all = pages.join(' ');
		expect(all).not.toContain('Quizzes from the news, offline');
		expect(all).not.toContain('Back to Classroom quiz');
		prompts.forEach((prompt, i) => {
			const on = pages.findIndex((p) => p.includes(prompt));
			expect(on, `question ${i + 1} "${prompt}" is in the ${sheet}`).toBeGreaterThanOrEqual(0);
			if (lasts[i]) expect(pages[on], `question ${i + 1} ends on the page it starts on`).toContain(lasts[i]);
		});
		if (sheet === 'key') {
			const answers = await page.locator('.answer strong').allTextContents();
			expect(answers).toHaveLength(COUNT);
			for (const answer of answers) expect(all).toContain(flat(answer));
		} else {
			expect(all).toContain('Name');
			expect(await page.locator('.write').count()).toBeGreaterThan(0); // lines to write typed answers on
		}
	}
	console.log(`printed: worksheet ${pageCounts.worksheet} pages, answer key ${pageCounts.key} pages (${COUNT} questions)`);
	expect(pageCounts.worksheet).toBeGreaterThanOrEqual(1);
});

test('a print link that is not valid says what is wrong', async ({ page }) => {
	const response = await page.goto('/classroom/print?decks=&count=0&types=flashcard&seed=1');
	expect(response?.status()).toBe(400);
	await expect(page.getByText(/This print link is not valid: deckIds: pick at least one deck/)).toBeVisible();
});
