import { expect, test } from '@playwright/test';
import { hostChoices, hostGame, joinGame, next } from './classroom-helpers';
import { OwnServer, ownPort } from './classroom-server';

// A server killed in the middle of a game and started again replays its journal: the host screen
// and the student's phone reconnect by themselves and the game carries on where it was.

const server = new OwnServer(ownPort(3));
test.use({ baseURL: server.origin });
test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

test('a server restart in mid-game resumes it', async ({ page: host, browser }) => {
	test.setTimeout(90_000);
	const pin = await hostGame(host, { count: 2, seconds: 60 });
	const student = await joinGame(browser, pin, 'Dee');
	await next(host);
	const first = await hostChoices(host);
	await student.keyboard.press('1');
	await expect(host.getByTestId('right-answer')).toBeVisible();
	await next(host);
	await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
	await next(host);
	const prompt = await host.locator('.prompt').textContent();
	await expect(student.locator('.prompt')).toHaveText(prompt!);

	await server.kill();
	await expect(host.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
	await server.start();

	// Back on both screens, at the same question, with its clock still running.
	await expect(host.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeHidden({ timeout: 15_000 });
	await expect(host.locator('.prompt')).toHaveText(prompt!);
	await expect(host.getByTestId('answered')).toHaveText('0 of 1 answered');
	await expect(student.getByTestId('countdown')).toBeVisible({ timeout: 15_000 });
	const left = Number(await student.getByTestId('countdown').textContent());
	expect(left).toBeGreaterThan(20);
	expect(left).toBeLessThanOrEqual(60);
	await student.keyboard.press('2');
	await expect(student.getByTestId('verdict')).toBeVisible();
	await expect(host.getByTestId('right-answer')).toBeVisible(); // revealed: everyone answered
	await next(host);

	// The results hold both answers, the one given before the restart and the one after.
	const row = host.getByRole('row').filter({ has: host.getByRole('rowheader', { name: 'Dee' }) });
	await expect(row).toBeVisible();
	const cells = (await row.getByRole('cell').allTextContents()).slice(3).map((c) => c.trim());
	expect(cells).toHaveLength(2);
	expect(cells[0]).toContain(first[0]!);
	expect(cells[1]).not.toBe('no answer');
});
