import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the end-to-end tests build beside a served build/ instead of over it.
		adapter: adapter({ out: process.env.BUILD_DIR || 'build' }),
		typescript: {
			// Type-check the Node scripts (CLI, benches) and the Playwright config with the app.
			config: (config) => {
				config.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		},
		prerender: {
			// Every deck page and deck endpoint is prerendered so that it can be cached for offline use;
			// a broken link between them is a bug, not something to skip.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// With no deck in questions/decks there is no deck page to crawl: an empty library is valid.
			handleUnseenRoutes: 'ignore'
		}
	}
};

export default config;
