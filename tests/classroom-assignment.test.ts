import { expect, test, type Page } from '@playwright/test';

// A self-paced assignment: students open the code in their own time and go at their own pace;
// their results reach the teacher's page from the server as they come in.

async function openAssignment(page: Page, count: number): Promise<string> {
	await page.goto('/classroom');
	await expect(page.getByRole('checkbox').first()).toBeChecked();
	await page.getByRole('spinbutton', { name: 'Questions' }).fill(String(count));
	await expect(page.getByLabel('Deadline')).not.toHaveValue('');
	await page.getByRole('button', { name: 'Set as a self-paced assignment' }).click();
	await page.waitForURL(/\/classroom\/host\/\d{6}$/);
	await expect(page.getByTestId('deadline')).toContainText('Open until');
	return (await page.getByTestId('pin').textContent())!.trim();
}

async function student(page: Page, pin: string, name: string): Promise<void> {
	await page.goto(`/play/${pin}`);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByText('Question 1 of')).toBeVisible();
}

test('a self-paced assignment: students at their own pace, results on the teacher page as they come', async ({ page: teacher, browser }) => {
	const COUNT = 3;
	const pin = await openAssignment(teacher, COUNT);
	const ada = await (await browser.newContext()).newPage();
	const bo = await (await browser.newContext()).newPage();
	await student(ada, pin, 'Ada');

	// Ada answers every question, with feedback after each.
	for (let n = 1; n <= COUNT; n++) {
		await expect(ada.getByText(`Question ${n} of ${COUNT}`)).toBeVisible();
		await ada.keyboard.press('1');
		await expect(ada.getByTestId('verdict')).toContainText(`question ${n}:`);
	}
	await expect(ada.getByRole('heading', { name: /^Done: \d of 3 right$/ })).toBeVisible();
	const adaRight = Number(await ada.getByTestId('right-count').textContent());

	// Bo comes later and answers one question; the teacher's table shows both without a reload.
	await student(bo, pin, 'Bo');
	await bo.keyboard.press('2');
	await expect(bo.getByText(`Question 2 of ${COUNT}`)).toBeVisible();
	const table = teacher.getByRole('table');
	const row = (name: string) => table.getByRole('row').filter({ has: teacher.getByRole('rowheader', { name, exact: true }) });
	await expect(row('Ada').getByRole('cell').nth(2)).toHaveText(`${adaRight}/3`);
	await expect(row('Bo').getByRole('cell').nth(3)).not.toHaveText('no answer');
	await expect(row('Bo').getByRole('cell').nth(4)).toHaveText('no answer');

	// Bo reloads and carries on where he was.
	await bo.reload();
	await expect(bo.getByText(`Question 2 of ${COUNT}`)).toBeVisible();

	// Closing the assignment stops answers; the table is kept in the teacher's browser.
	teacher.once('dialog', (d) => void d.accept());
	await teacher.getByRole('button', { name: 'Close now' }).click();
	await expect(teacher.getByTestId('deadline')).toContainText('Closed');
	await expect(bo.getByRole('heading', { name: 'This assignment is closed' })).toBeVisible();
	await teacher.goto('/classroom');
	await teacher.getByText(`assignment ${pin}`).click();
	await expect(teacher.getByRole('rowheader', { name: 'Bo', exact: true })).toBeVisible();
});
