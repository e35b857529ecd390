import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests',
	// Two workers share two cores with the server and Chromium: axe over a whole deck page (about
	// 2,000 elements) took 20–25 s of a test's 30 s default under that load, and failed it once.
	timeout: 60_000,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: ORIGIN,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					// Debian's Chromium (see README): Playwright cannot download its own browser here.
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	webServer: {
		// `npm run test:e2e` builds into its own folder (BUILD_DIR), so a build/ that `npm start` serves is
		// left alone; scripts/serve.js serves that folder with the security headers.
		command: 'node scripts/serve.js',
		url: ORIGIN,
		reuseExistingServer: false,
		// Classroom games journalled in a directory of this run's own, not in the working tree.
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN, CLASSROOM_JOURNAL: join(tmpdir(), `factdeck-e2e-${PORT}-${process.pid}`, 'journal.jsonl') }
	}
});
