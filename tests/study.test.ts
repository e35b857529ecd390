import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../src/lib/scheduler/settings';
import { newCard } from '../src/lib/scheduler/card';
import { replayLog } from '../src/lib/scheduler/replay';

const SEED = 'nvidia-huang-chinese-ai-models';
const SEED_TITLE = 'Nvidia CEO Jensen Huang calls Chinese AI models "world-class"';

interface Q {
	id: string;
	factId: string;
	type: string;
	prompt: string;
	answer: string;
	options?: string[];
	accept?: string[];
	source: { start: number; end: number };
}

// The question banks are generated and change as the generator improves: every expectation about
// their content is derived from the deck files, never written down here.
const DECKS_DIR = new URL('../questions/decks/', import.meta.url);
const readDeck = (file: string) => JSON.parse(readFileSync(new URL(file, DECKS_DIR), 'utf8')) as { id: string; questions: Q[] };
const ALL_DECKS = readdirSync(DECKS_DIR)
	.filter((f) => f.endsWith('.json'))
	.map(readDeck);
const SEED_QUESTIONS: Q[] = ALL_DECKS.find((d) => d.id === SEED)!.questions;
/** Cards a learner has: one per question of every deck. */
const ALL_CARDS = ALL_DECKS.reduce((n, d) => n + d.questions.length, 0);
/** New cards the seed deck offers on a first day, under the app's default daily limit. */
const DAILY_NEW = Math.min(DEFAULT_SETTINGS.newPerDay, SEED_QUESTIONS.length);
const FRESH = { new: DAILY_NEW, learning: 0, due: 0 };
/** The deck with the most choice questions (multiple choice, true/false), for tests of picking an option. */
const CHOICE_DECK = ALL_DECKS.map((d) => ({ id: d.id, choices: d.questions.filter((q) => q.type === 'mcq' || q.type === 'true-false').length })).sort((a, b) => b.choices - a.choices)[0]!.id;
/** Cards studied in a first-day session of the seed deck: ten, or all its new cards but one when it has fewer. */
const FIRST_SESSION = Math.min(10, DAILY_NEW - 1);

const STALE_BUILD = 'the server serves the deck files (if not, the build is older than them: run `npx vite build`)';

// The server bundles the deck files when it is built: expectations read from the files hold only
// if it serves the same decks.
test.beforeEach(async ({ request }) => {
	const served = (await (await request.get('/api/decks')).json()) as { id: string; questionCount: number }[];
	const byId = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0]);
	expect(served.map((d): [string, number] => [d.id, d.questionCount]).sort(byId), STALE_BUILD).toEqual(
		ALL_DECKS.map((d): [string, number] => [d.id, d.questions.length]).sort(byId)
	);
});

/**
 * The seed deck's questions by id, from the deck file; checked against what the server serves, so
 * that a build older than the deck files fails here with a clear message.
 */
async function seedQuestions(page: Page, deck = SEED): Promise<Map<string, Q>> {
	const questions = ALL_DECKS.find((d) => d.id === deck)!.questions;
	const response = await page.request.get(`/api/decks/${deck}`);
	const served = (await response.json()) as { questions: Q[] };
	expect(served.questions.map((q) => q.id), STALE_BUILD).toEqual(questions.map((q) => q.id));
	return new Map(questions.map((q) => [q.id, q]));
}

/**
 * The first new cards a first-day session shows: deck order, one question per fact and per source
 * sentence (answering a card buries its siblings until the next day).
 */
function firstDayOrder(questions: readonly Q[]): Q[] {
	const facts = new Set<string>();
	const sentences = new Set<string>();
	const sentence = (q: Q) => `${q.source.start}:${q.source.end}`;
	return questions.filter((q) => {
		if (facts.has(q.factId) || sentences.has(sentence(q))) return false;
		facts.add(q.factId);
		sentences.add(sentence(q));
		return true;
	});
}

const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The answer to a typed question (gap-fill or short answer) with one letter left out, or null when
 * the question cannot show a forgiven typo. Grading forgives one error in 3–9 characters and two
 * above (src/lib/deck/grade.ts) but never a changed digit: so the answer must be letters and spaces,
 * at least five of them, and the letter left out one inside a word, so that the result is a typo of
 * the answer and of no other accepted answer.
 */
function withTypo(q: Q): string | null {
	if (q.type !== 'cloze' && q.type !== 'short-answer') return null;
	if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(q.answer) || q.answer.replace(/ /g, '').length < 5) return null;
	const letter = (i: number) => /[A-Za-z]/.test(q.answer[i] ?? '');
	const at = [...q.answer].findIndex((_, i) => i >= 2 && letter(i - 1) && letter(i) && letter(i + 1));
	if (at < 0) return null;
	const typo = q.answer.slice(0, at) + q.answer.slice(at + 1);
	if ([q.answer, ...(q.accept ?? [])].some((a) => fold(a) === fold(typo))) return null;
	return typo;
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

/**
 * Answers the card on screen with the keyboard alone, without rating it: a flashcard turned, an
 * option picked, an answer typed (`right` says whether to answer right).
 */
async function giveAnswer(page: Page, q: Q, right = true) {
	if (q.type === 'flashcard') {
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
		return;
	}
	if (q.type === 'mcq' || q.type === 'true-false') {
		const options = q.type === 'mcq' ? q.options! : ['true', 'false'];
		await page.keyboard.press(String(options.findIndex((o) => (o === q.answer) === right) + 1));
	} else {
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await page.keyboard.type(right ? q.answer.toUpperCase() : 'zzzz');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('status')).toContainText(right ? 'Right' : 'Wrong');
}

/** Answers the card on screen with the keyboard alone, and rates it; `right` says whether to answer it right. */
async function answerWithKeys(page: Page, questions: Map<string, Q>, right = true): Promise<Q> {
	const article = page.locator('article.study-question');
	await expect(article).toBeVisible();
	const before = await answeredSoFar(page);
	const q = questions.get((await article.getAttribute('data-question-id'))!)!;
	await giveAnswer(page, q, right);
	// Flashcards: Good or Again; a graded answer: Enter takes the rating it suggests.
	await page.keyboard.press(q.type === 'flashcard' ? (right ? '3' : '1') : 'Enter');
	await saved(page, before);
	return q;
}

/**
 * Waits for an answer to be saved and the next card chosen, so that what follows does not read the
 * card just answered (its question stays on screen, busy, while the answer is saved).
 */
async function saved(page: Page, answersBefore: number) {
	await expect.poll(() => answeredSoFar(page)).toBeGreaterThan(answersBefore);
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Answers given in this session so far; Infinity once it is over (the counts are gone). */
async function answeredSoFar(page: Page): Promise<number> {
	const text = await page
		.getByText(/^\d+ answered$/)
		.textContent({ timeout: 500 })
		.catch(() => null);
	return text === null ? Infinity : Number(/(\d+) answered/.exec(text)?.[1]);
}

async function done(page: Page) {
	const text = await page.getByText(/^\d+ answered$/).innerText();
	return Number(/(\d+) answered/.exec(text)?.[1]);
}

test('a first visit makes a profile without sign-up, and shows what is due', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	expect(await counts(page)).toEqual(FRESH);
	await expect(deckCard(page).getByText(`0 of ${SEED_QUESTIONS.length} learned`)).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('study a first session with the keyboard alone; progress survives a reload', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto('/');
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await deckCard(page).getByRole('link', { name: 'Study now' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Study: ${SEED_TITLE}` })).toBeVisible();

	const seen: Q[] = [];
	for (let i = 0; i < FIRST_SESSION; i++) {
		seen.push(await answerWithKeys(page, questions, i !== 3));
		await expect.poll(() => done(page)).toBe(i + 1);
	}
	// The new cards came in deck order, one per fact; the one answered wrong may come back once
	// it is due again (one minute later), in which case one fewer new card was shown.
	const firstSeen = seen.filter((q, i) => seen.findIndex((o) => o.id === q.id) === i);
	expect(firstSeen.length).toBeGreaterThanOrEqual(FIRST_SESSION - 1);
	expect(firstSeen.map((q) => q.id)).toEqual(firstDayOrder(SEED_QUESTIONS).slice(0, firstSeen.length).map((q) => q.id));
	// Every kind of question the first day offers was answered with the keyboard.
	const offered = new Set(firstDayOrder(SEED_QUESTIONS).slice(0, firstSeen.length).map((q) => q.type));
	expect(new Set(seen.map((q) => q.type))).toEqual(offered);

	await page.goto('/');
	const after = await counts(page);
	expect(after.new).toBeLessThan(DAILY_NEW);
	expect(after.learning).toBeGreaterThan(0);
	await page.reload();
	expect(await counts(page)).toEqual(after);

	// The study page carries on where it left off: the same session in this tab, its answers kept.
	await page.goto(`/study/${SEED}`);
	await expect(page.locator('article.study-question')).toBeVisible();
	expect(await done(page)).toBe(FIRST_SESSION);
});

test('a typed answer with a small typo is "almost", announced, and rated Good', async ({ page }) => {
	const questions = await seedQuestions(page);
	// Somewhere in today's cards there must be a typed question this test can use.
	expect(firstDayOrder(SEED_QUESTIONS).slice(0, DAILY_NEW).some((q) => withTypo(q) !== null)).toBe(true);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < DAILY_NEW; i++) {
		const article = page.locator('article.study-question');
		await expect(article).toBeVisible();
		const q = questions.get((await article.getAttribute('data-question-id'))!)!;
		const typo = withTypo(q);
		if (typo !== null) {
			await expect(page.getByLabel('Your answer')).toBeFocused();
			await page.keyboard.type(typo);
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
	throw new Error('no typed question with an answer long enough for a forgiven typo came up today');
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
	expect(await counts(page)).toEqual(FRESH);
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
	expect(await counts(page)).toEqual(FRESH);

	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByRole('button', { name: 'Switch to Learner 1' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await page.goto('/');
	const mine = await counts(page);
	expect(mine).not.toEqual(FRESH);
	expect(mine.learning + (DAILY_NEW - mine.new)).toBeGreaterThan(0);

	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByRole('button', { name: 'Rename Bob' }).click();
	await page.getByLabel('New name for Bob').fill('Roberta');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	await expect(page.getByRole('listitem').filter({ hasText: 'Roberta' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete Learner 1' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete Learner 1?' });
	// Learner 1 has a card for every question of every deck; it studied two of them.
	await expect(dialog).toContainText(new RegExp(`2 studied\\s+cards out of ${ALL_CARDS}, and\\s+2 answers in its history`));
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
	expect(studied.new).toBeLessThan(DAILY_NEW);

	await page.getByRole('link', { name: 'Profiles' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress of Learner 1' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-learner-1-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
	const saved = JSON.parse(text);
	expect(saved.reviewLog).toHaveLength(3);
	// A card for every question of every deck, the seed deck's among them; three answers, all in the seed deck.
	expect(saved.cards).toHaveLength(ALL_CARDS);
	expect(saved.cards.filter((c: { deckId: string }) => c.deckId === SEED)).toHaveLength(SEED_QUESTIONS.length);
	expect(saved.reviewLog.filter((e: { deckId: string }) => e.deckId === SEED)).toHaveLength(3);

	await page.getByRole('button', { name: 'Reset all progress of Learner 1' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset all progress of Learner 1?' });
	await expect(dialog).toContainText(/history of\s+3 answers is deleted/);
	await dialog.getByRole('button', { name: 'Reset all progress' }).click();
	await expect(page.getByRole('status')).toContainText(`All progress of Learner 1 was reset: ${ALL_CARDS} cards are new again.`);
	await page.goto('/');
	expect(await counts(page)).toEqual(FRESH);

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
	await expect(alert).toContainText('Card 5 (cards[4]), field “stability”: must be 0 or more');
	await expect(alert).toContainText('Answer 1 (reviewLog[0]), field “rating”: must be 1 (Again) to 4 (Easy)');
	await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
	await page.goto('/');
	expect(await counts(page)).toEqual(FRESH);

	// The good file: what it will do is shown first, then it is written.
	await page.getByRole('link', { name: 'Profiles' }).click();
	await page.getByLabel('Restore progress from a backup file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	const plan = page.getByRole('region', { name: 'What the restore will do' });
	await expect(plan).toContainText(`Cards: replace ${ALL_CARDS}`);
	await expect(plan).toContainText('Answers: add 3');
	await expectNoSeriousA11yViolations(page);
	await plan.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(page.getByText(`Restored Learner 1: ${ALL_CARDS} cards and 3 answers`)).toBeVisible();
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
	// The cards page lists every card of the deck, and its accessibility scan grows with it.
	test.slow();
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
	await expect(deckCard(page)).toContainText(`0 of ${SEED_QUESTIONS.length} learned (0%) · 1 suspended`);

	await deckCard(page).getByRole('link', { name: 'Cards and settings' }).click();
	await page.getByRole('button', { name: /^Unsuspend: / }).click();
	await expect(page.getByRole('row').nth(1)).toContainText('New');
	await page.goto('/');
	await expect(deckCard(page)).toContainText(`0 of ${SEED_QUESTIONS.length} learned`);
	await expect(deckCard(page)).not.toContainText('suspended');

	// Study two cards, then reset the deck: everything is new again.
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 2; i++) await answerWithKeys(page, questions);
	await expect.poll(() => done(page)).toBe(2);
	await page.goto(`/study/${SEED}/cards`);
	await page.getByRole('button', { name: 'Reset progress of this deck' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Reset this deck' }).click();
	await expect(page.getByText(`Progress reset: ${SEED_QUESTIONS.length} cards are new again`)).toBeVisible();
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

interface StoredCard {
	questionId: string;
	position: number;
	reps: number;
	due: number;
	state: number;
	stability: number;
	deckId: string;
}
interface StoredEntry {
	questionId: string;
	deckId: string;
	reviewedAt: number;
	durationMs: number;
	rating: 1 | 2 | 3 | 4;
	correct: boolean | null;
	overridden?: boolean;
}

/** The learner's cards and review log of the seed deck, read straight from the browser's IndexedDB. */
async function storedProgress(page: Page): Promise<{ cards: StoredCard[]; log: StoredEntry[] }> {
	return page.evaluate(async (deckId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('factdeck');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = <T,>(store: string) =>
			new Promise<T[]>((resolve) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
			});
		const [cards, log] = await Promise.all([all<StoredCard>('cards'), all<StoredEntry>('reviewLog')]);
		db.close();
		return { cards: cards.filter((c) => c.deckId === deckId), log: log.filter((e) => e.deckId === deckId) };
	}, SEED);
}

function questionOnScreen(page: Page) {
	return page.locator('article.study-question');
}

async function shownId(page: Page): Promise<string> {
	await expect(questionOnScreen(page)).toBeVisible();
	return (await questionOnScreen(page).getAttribute('data-question-id'))!;
}

test('two tabs on one deck: a card answered in one leaves the other, a stale answer is refused, every card equals its log', async ({ context }) => {
	const home = await context.newPage();
	const a = await context.newPage();
	const b = await context.newPage();
	const questions = await seedQuestions(a);
	await home.goto('/');
	expect(await counts(home)).toEqual(FRESH);
	await a.goto(`/study/${SEED}`);
	await b.goto(`/study/${SEED}`);
	const first = await shownId(a);
	expect(await shownId(b)).toBe(first);

	// Tab A answers the card both show; tab B hears of it and moves on, saying why.
	await answerWithKeys(a, questions);
	await expect(questionOnScreen(b)).not.toHaveAttribute('data-question-id', first);
	await expect(b.getByRole('note')).toContainText('answered in another tab');

	// Both show the next card. B grades it, A answers it in full, then B rates: refused, not written.
	const second = await shownId(a);
	expect(await shownId(b)).toBe(second);
	await giveAnswer(b, questions.get(second)!, false);
	await expect(b.getByRole('button', { name: /^Again/ })).toBeVisible();
	await answerWithKeys(a, questions);
	await b.keyboard.press('1');
	await expect(b.getByRole('note')).toContainText('was not saved');

	// Then both tabs study on, in turn, each answering what it shows once it has heard of the
	// other's last answer (a card the other tab answered leaves this one).
	let last = second;
	// Eight more, or as many as the deck's new cards allow with one to spare.
	const more = Math.min(8, DAILY_NEW - 3);
	for (let i = 0; i < more; i++) {
		const tab = i % 2 ? a : b;
		await expect(questionOnScreen(tab)).not.toHaveAttribute('data-question-id', last);
		last = (await answerWithKeys(tab, questions, i % 3 !== 0)).id;
	}

	// The home page, open all along, followed without a reload.
	await expect.poll(async () => (await counts(home)).learning).toBeGreaterThan(0);
	const { cards, log } = await storedProgress(a);
	expect(log.filter((e) => e.questionId === second)).toHaveLength(1);
	expect(log.length).toBeGreaterThanOrEqual(2 + more);
	for (const card of cards) {
		const entries = log.filter((e) => e.questionId === card.questionId);
		const replayed = replayLog(newCard({ learnerId: 'x', deckId: SEED, questionId: card.questionId, factId: 'f' }, card.position), entries);
		expect({ id: card.questionId, reps: card.reps, state: card.state, due: card.due, stability: card.stability }).toEqual({
			id: card.questionId,
			reps: entries.length,
			state: replayed.state,
			due: entries.length ? replayed.due : card.position,
			stability: replayed.stability
		});
	}
});

test('keys never answer for the learner: Enter and Space pick no option, a key held across a card change does nothing', async ({ page }) => {
	const questions = await seedQuestions(page, CHOICE_DECK);
	await page.goto(`/study/${CHOICE_DECK}`);
	let choices = 0;
	// Cards until three choice questions have been met (their share depends on the deck's mix).
	for (let i = 0; i < 30 && choices < 3; i++) {
		const id = await shownId(page);
		const q = questions.get(id)!;
		if (q.type === 'mcq' || q.type === 'true-false') {
			choices += 1;
			// Enter and Space on a fresh choice question: nothing picked, nothing graded.
			await page.keyboard.press('Enter');
			await page.keyboard.press('Space');
			await expect(page.locator('.verdict')).toHaveCount(0);
			await expect(page.locator('button.option').first()).toBeEnabled();
			await expect(page.locator('button.option:focus')).toHaveCount(0);
		}
		if (i === 1) {
			// A rating key held down: its repeats reach the next card, and must not act on it.
			await giveAnswer(page, q, false);
			const before = await answeredSoFar(page);
			await page.keyboard.down('Enter');
			await saved(page, before);
			await expect(questionOnScreen(page)).not.toHaveAttribute('data-question-id', id);
			await page.keyboard.down('Enter'); // a repeat
			await page.keyboard.down('Enter');
			await page.keyboard.up('Enter');
			// Nothing answered, turned or picked on the new card: no rating asked for.
			await expect(page.getByRole('group', { name: 'How well did you know it?' })).toHaveCount(0);
			expect(await answeredSoFar(page)).toBe(before + 1);
			continue;
		}
		await answerWithKeys(page, questions, i % 4 !== 2);
		// A second Enter right after rating: it answers nothing on the next card. (On a flashcard it
		// turns the card, as Enter does; the learner still rates it.)
		await page.keyboard.press('Enter');
		const next = questions.get(await shownId(page))!;
		await expect(page.locator('.verdict')).toHaveCount(0);
		if (next.type === 'flashcard' && (await page.getByRole('button', { name: /^Good/ }).isVisible())) {
			const before = await answeredSoFar(page);
			await page.keyboard.press('3');
			await saved(page, before);
		}
	}
	expect(choices).toBeGreaterThan(2);
	await expect(page.getByText(/number keys pick an option · Space or Enter turns a flashcard/)).toBeVisible();
});

test('a reload mid-session keeps the session: the card answered but not rated, the counts and undo', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < 2; i++) await answerWithKeys(page, questions, i === 0);
	const id = await shownId(page);
	const q = questions.get(id)!;
	// Answered (wrong), not yet rated.
	await giveAnswer(page, q, false);
	await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
	const counts = await page.getByRole('list', { name: 'Cards left today' }).innerText();
	const feedback = await questionOnScreen(page).innerText();

	await page.reload();
	expect(await shownId(page)).toBe(id);
	// Still answered: the same feedback, no way to answer again, the same counts, undo still there.
	await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
	expect(await questionOnScreen(page).innerText()).toBe(feedback);
	if (q.type === 'mcq' || q.type === 'true-false') await expect(page.locator('button.option').first()).toBeDisabled();
	if (q.type === 'cloze' || q.type === 'short-answer') await expect(page.getByLabel('Your answer')).toHaveAttribute('readonly', '');
	expect(await page.getByRole('list', { name: 'Cards left today' }).innerText()).toBe(counts);
	expect(await done(page)).toBe(2);
	await expect(page.getByRole('button', { name: 'Undo last answer' })).toBeEnabled();
	await page.keyboard.press('1');
	await expect.poll(() => done(page)).toBe(3);
	for (const left of [2, 1, 0]) {
		await page.keyboard.press('Control+z');
		await expect.poll(() => done(page)).toBe(left);
	}
	expect((await storedProgress(page)).log).toEqual([]);
});

test('the summary: first-try accuracy, the questions missed, a practice round that changes nothing; then study ahead or practise', async ({ page }) => {
	const questions = await seedQuestions(page);
	await page.goto(`/study/${SEED}/cards`);
	await page.getByLabel('New cards per day').fill('3');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.goto(`/study/${SEED}`);
	const seen = new Set<string>();
	let missed: Q | null = null;
	for (let i = 0; i < 12; i++) {
		const over = page.getByRole('heading', { name: 'Session complete' });
		await expect(questionOnScreen(page).or(over)).toBeVisible();
		if (await over.isVisible()) break;
		const q = questions.get(await shownId(page))!;
		const before = await answeredSoFar(page);
		const wrong = missed === null && !seen.has(q.id);
		seen.add(q.id);
		if (wrong) missed = q;
		// Right answers are rated Easy, so that they leave today's queue.
		await giveAnswer(page, q, !wrong);
		await page.keyboard.press(wrong ? '1' : '4');
		await saved(page, before);
	}
	const summary = page.getByRole('region', { name: 'Session complete' });
	await expect(summary).toBeVisible();
	// Three cards, one of them missed at first sight: 67%, though every card ended right.
	await expect(summary).toContainText(/Right the first time\s*67% \(2 of 3 cards\)/);
	const missedList = summary.getByRole('list', { name: /Missed the first time/ });
	await expect(missedList.getByRole('listitem')).toHaveCount(1);
	await expect(missedList).toContainText(missed!.type === 'true-false' ? (missed!.answer === 'true' ? 'True' : 'False') : missed!.answer);
	await expectNoSeriousA11yViolations(page);
	await page.screenshot({ path: '/tmp/study/summary.png', fullPage: true });

	const before = await storedProgress(page);
	await summary.getByRole('button', { name: 'Review these now' }).click();
	await expect(page.getByText('Practice round: 1 left · nothing is rescheduled')).toBeVisible();
	expect(await shownId(page)).toBe(missed!.id);
	await answerPractice(page, missed!);
	await expect(page.getByText('Practice round over: 1 of 1 right the first time. No card was rescheduled.')).toBeVisible();
	expect(await storedProgress(page)).toEqual(before);

	// Practise the whole deck: graded, nothing written. A reload leaves the round for today's summary.
	await page.getByRole('button', { name: 'Practise this deck' }).click();
	await expect(page.getByText(`Practice round: ${SEED_QUESTIONS.length} left`)).toBeVisible();
	await answerPractice(page, questions.get(await shownId(page))!);
	await expect(page.getByText(`Practice round: ${SEED_QUESTIONS.length - 1} left`)).toBeVisible();
	expect(await storedProgress(page)).toEqual(before);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Session complete' })).toBeVisible();

	// Study ahead: the cards rated Easy fall due within the next day, and are shown now, for real.
	await page.getByRole('button', { name: 'Study ahead' }).click();
	await expect(page.getByText('Studying ahead: cards due within the next day.')).toBeVisible();
	const ahead = await answerWithKeys(page, questions);
	expect(seen.has(ahead.id)).toBe(true);
	await expect.poll(async () => (await storedProgress(page)).log.length).toBe(before.log.length + 1);
});

/** Answers a practice question right, and goes on with Enter. */
async function answerPractice(page: Page, q: Q) {
	if (q.type === 'flashcard') await page.keyboard.press('Space');
	else await giveAnswer(page, q);
	await expect(page.getByRole('button', { name: q.type === 'flashcard' ? 'Got it' : 'Next' })).toBeVisible();
	await page.keyboard.press('Enter');
}

test('"I was right" turns a typed answer graded wrong into a pass, and the log says it was overruled', async ({ page }) => {
	const questions = await seedQuestions(page);
	expect(firstDayOrder(SEED_QUESTIONS).slice(0, DAILY_NEW).some((q) => q.type === 'cloze' || q.type === 'short-answer')).toBe(true);
	await page.goto(`/study/${SEED}`);
	for (let i = 0; i < DAILY_NEW; i++) {
		const q = questions.get(await shownId(page))!;
		if (q.type !== 'cloze' && q.type !== 'short-answer') {
			await answerWithKeys(page, questions);
			continue;
		}
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await page.keyboard.type('my own words');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText('Wrong');
		await expect(page.getByRole('button', { name: /^Hard/ })).toHaveCount(0);
		await page.keyboard.press('r');
		await expect(page.getByText('Marked right by you')).toBeVisible();
		await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
		await expect(page.getByRole('button', { name: /^Again/ })).toHaveCount(0);
		await page.keyboard.press('Enter');
		await expect.poll(async () => (await storedProgress(page)).log.find((e) => e.questionId === q.id)).toMatchObject({
			rating: 3,
			correct: true,
			overridden: true
		});
		return;
	}
	throw new Error('no typed question came up today');
});
