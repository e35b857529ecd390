// SQLite in the browser, for Anki packages: sql.js and its WebAssembly are fetched the first time a
// package is made or read, not with the page. The service worker precaches both (they are files of
// the build), so this works offline too. Needs 'wasm-unsafe-eval' in the page's script-src
// (svelte.config.js) to compile the WebAssembly.
import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			// A failed load (offline before it was ever cached) can be tried again.
			loading = null;
			throw error;
		});
	return loading;
}
