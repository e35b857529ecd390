/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline cache (SvelteKit's own service worker: its `$service-worker` lists are the build's, so
// pages added later are kept with no change here). One cache per version, filled whole at install
// and served cache-first, so a page never mixes two versions; a new version waits until the app
// asks it to take over (the "new version is ready" notice), then deletes the older caches.
import { build, files, prerendered, version } from '$service-worker';
import * as z from 'zod/mini';
import { cacheKey, cacheName, DECK_LIST_PATH, OFFLINE_MESSAGE, offlineKind, precachePaths, staleCaches } from '$lib/offline/precache';
import { SKIP_WAITING } from '$lib/offline/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);

const DeckListSchema = z.array(z.object({ id: z.string() }));

/** Straight from the server, past the HTTP cache: what is kept must be this version's. */
async function fetchFresh(path: string): Promise<Response> {
	const response = await fetch(path, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response;
}

async function precache(): Promise<void> {
	// The server must be serving this version, or the cache would mix two.
	const versionFile = build.find((p) => p.endsWith('/version.json')) ?? '/_app/version.json';
	const served = (await (await fetchFresh(versionFile)).json()) as { version?: string };
	if (served.version !== version) throw new Error(`the server runs version ${served.version}, this worker ${version}`);
	const decks = DeckListSchema.parse(await (await fetchFresh(DECK_LIST_PATH)).json());
	const paths = precachePaths({ build, files, prerendered }, decks.map((d) => d.id));
	const cache = await caches.open(CACHE);
	try {
		// All or nothing: a version is only installed whole.
		await Promise.all(paths.map(async (path) => cache.put(path, await fetchFresh(path))));
	} catch (error) {
		await caches.delete(CACHE);
		throw error;
	}
}

sw.addEventListener('install', (event) => event.waitUntil(precache()));

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await Promise.all(staleCaches(await caches.keys(), version).map((name) => caches.delete(name)));
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

function offlineResponse(url: URL, mode: RequestMode): Response {
	const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
	switch (offlineKind(url, mode)) {
		case 'page':
			return new Response(offlinePage(url), { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
		case 'page-data':
			// SvelteKit shows a JSON string from a failed __data.json as the error page's message.
			return Response.json(OFFLINE_MESSAGE, { status: 503, headers });
		case 'api':
			return Response.json({ error: 'offline', message: OFFLINE_MESSAGE }, { status: 503, headers });
		default:
			return Response.error();
	}
}

function offlinePage(url: URL): string {
	const path = url.pathname.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	// The app's own colours (app.css), in both themes: the browser's default link blue is too dark on black.
	const style =
		':root{color-scheme:light dark;background:#f7f7f5;color:#1b1b1f;font:1rem/1.5 system-ui,sans-serif}a{color:#1f5fbf}' +
		'@media (prefers-color-scheme:dark){:root{background:#121316;color:#ececf0}a{color:#8ab4ff}}main{max-width:40rem;margin:2rem auto;padding:0 1rem}';
	return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline — Factdeck</title><style>${style}</style><main><h1>You are offline</h1><p>${path} is not saved on this device, so it needs the network. Reconnect to open it.</p><p><a href="/">Back to the question banks</a> (they work offline).</p></main></html>`;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	const cached = await cache.match(cacheKey(url, request.mode));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch {
		return offlineResponse(url, request.mode);
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// Live streams (a classroom game's events) go straight to the network.
	if (event.request.headers.get('accept')?.includes('text/event-stream')) return;
	event.respondWith(respond(event.request));
});
