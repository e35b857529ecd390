import { expect, test, type APIResponse } from '@playwright/test';

const SEED = 'nvidia-huang-chinese-ai-models';

function expectSecurityHeaders(response: APIResponse, what: string) {
	const headers = response.headers();
	expect(headers['x-content-type-options'], what).toBe('nosniff');
	expect(headers['referrer-policy'], what).toBe('no-referrer');
	expect(headers['x-frame-options'], what).toBe('DENY');
	expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
}

test('every response carries the security headers: pages, the API, static files, errors', async ({ request }) => {
	const home = await request.get('/');
	const script = /src="([^"]+\.js)"|import\("([^"]+\.js)"\)/.exec(await home.text());
	const asset = new URL(script![1] ?? script![2]!, 'http://x/').pathname;
	const paths = {
		home: '/',
		'deck page': `/decks/${SEED}`,
		'study page': `/study/${SEED}`,
		'page data': `/study/${SEED}/__data.json`,
		'API response': `/api/decks/${SEED}`,
		'API list': '/api/decks',
		'API 404': '/api/decks/no-such-deck',
		'static file': '/favicon.svg',
		manifest: '/manifest.webmanifest',
		'service worker': '/service-worker.js',
		'built script': asset,
		'page 404': '/no-such-page'
	};
	for (const [what, path] of Object.entries(paths)) {
		const response = await request.get(path);
		expect(response.status(), `${what} ${path}`).toBe(what.endsWith('404') ? 404 : 200);
		expectSecurityHeaders(response, `${what} ${path}`);
	}
	// A 304 keeps the cached response's own policy: it must not bring one of its own.
	const etag = home.headers()['etag']!;
	const again = await request.get('/', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	expect(again.headers()['content-security-policy']).toBeUndefined();
	expect(again.headers()['x-frame-options']).toBe('DENY');
});

test('pages run under a Content Security Policy with no inline scripts but those it hashes', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	for (const path of ['/', `/decks/${SEED}`, `/study/${SEED}`, '/learners']) {
		const response = await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scripts = /script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? '';
		expect(scripts, path).toContain("'self'");
		expect(scripts, path).toMatch(/'sha256-/);
		expect(scripts, path).not.toContain('unsafe-inline');
		// WebAssembly may be compiled (sql.js reads Anki packages); script may not be evaluated.
		expect(scripts.split(/\s+/), path).not.toContain("'unsafe-eval'");
		expect(scripts.split(/\s+/), path).toContain("'wasm-unsafe-eval'");
		expect(policy, path).toContain("object-src 'none'");
		expect(response!.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		await expect(page.getByTestId('current-learner')).toHaveText('Learner 1');
	}
	// A script the policy does not know is refused.
	const ran = await page.evaluate(async () => {
		const script = Object.assign(document.createElement('script'), { textContent: 'window.injected = true' });
		document.body.append(script);
		await new Promise((r) => setTimeout(r, 100));
		return 'injected' in window;
	});
	expect(ran).toBe(false);
	expect(violations.filter((v) => !v.includes('window.injected') && !/inline script/i.test(v))).toEqual([]);
	expect(violations.length).toBe(1);
});

test('the API is served like a static file: compressed, with an ETag, Cache-Control and 304', async ({ request }) => {
	const path = `/api/decks/${SEED}`;
	const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
	const deck = (await plain.json()) as { id: string };
	expect(deck.id).toBe(SEED);
	expect(plain.headers()['content-type']).toBe('application/json');
	expect(plain.headers()['cache-control']).toBe('no-cache');
	for (const encoding of ['br', 'gzip']) {
		const response = await request.get(path, { headers: { 'accept-encoding': encoding } });
		expect(response.headers()['content-encoding']).toBe(encoding);
		expect(Number(response.headers()['content-length'])).toBeLessThan(Number(plain.headers()['content-length']) / 4);
		expect(await response.json()).toEqual(deck); // decoded by the client
		const etag = response.headers()['etag']!;
		expect(etag).toMatch(/^"[\w-]+"$/);
		const unchanged = await request.get(path, { headers: { 'accept-encoding': encoding, 'if-none-match': etag } });
		expect(unchanged.status()).toBe(304);
		expect(await unchanged.body()).toHaveLength(0);
	}
});
