// What the service worker keeps for offline use, and what it answers when something is neither
// cached nor reachable. Pure: the worker passes in its build lists and the deck ids it was served.

/** Every cache this app makes starts with this; one cache per deployed version. */
export const CACHE_PREFIX = 'factdeck-';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches of other versions of this app, to delete once this version is active. */
export function staleCaches(names: readonly string[], version: string): string[] {
	return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName(version));
}

/** The deck list served to the worker, and each deck's own endpoint. */
export const DECK_LIST_PATH = '/api/decks';
export function deckPath(id: string): string {
	return `${DECK_LIST_PATH}/${encodeURIComponent(id)}`;
}

/**
 * The paths to precache: the app shell and static files (`build`, `files`), every prerendered page
 * with its `__data.json` (`prerendered`), the deck list and every deck. Derived from the build, so a
 * page added later is kept without a change here.
 */
export function precachePaths(lists: { build: readonly string[]; files: readonly string[]; prerendered: readonly string[] }, deckIds: readonly string[]): string[] {
	const deckPaths = [DECK_LIST_PATH, ...deckIds.map(deckPath)];
	return [...new Set([...lists.build, ...lists.files, ...lists.prerendered, ...deckPaths])];
}

/**
 * Prerendered pages are the same whatever the query (`/?from=home-screen`), and SvelteKit asks for a
 * page's data as `<path>/__data.json?x-sveltekit-invalidated=…`, the query saying which loads to
 * rerun, all of which the prerendered file answers: both are matched by path alone.
 */
export function cacheKey(url: URL, mode: RequestMode): string {
	return mode === 'navigate' || url.pathname.endsWith('/__data.json') ? url.pathname : url.pathname + url.search;
}

export type OfflineKind = 'page' | 'page-data' | 'api' | 'other';

/** What kind of request failed offline, which decides how the answer says so. */
export function offlineKind(url: URL, mode: RequestMode): OfflineKind {
	if (mode === 'navigate') return 'page';
	if (url.pathname.endsWith('/__data.json')) return 'page-data';
	if (url.pathname.startsWith('/api/')) return 'api';
	return 'other';
}

export const OFFLINE_MESSAGE = 'You are offline, and this page is not saved on this device. Reconnect to open it.';
