import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the end-to-end tests build beside a served build/ instead of over it.
		adapter: adapter({ out: process.env.BUILD_DIR || 'build' }),
		// The page registers the service worker itself, to tell the learner when a new version is ready.
		serviceWorker: { register: false },
		// Hashes for SvelteKit's inline scripts (prerendered pages carry the policy in a <meta>; the
		// server entry, scripts/serve.js, adds frame-ancestors, which a <meta> cannot carry). Styles
		// may be inline: Svelte writes style attributes. 'wasm-unsafe-eval' lets the page compile
		// WebAssembly (sql.js, for Anki packages) and nothing else: eval and new Function stay refused.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
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
