import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { negotiateEncoding, serveStaticJson, staticJson, staticJsonCache } from './static-json';

const value = { id: 'a', text: 'x'.repeat(5000) };
const request = (headers: Record<string, string> = {}) => new Request('http://x/api/decks/a', { headers });

describe('JSON served like a static file', () => {
	it('picks brotli, then gzip, then none, as the client accepts', () => {
		expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
		expect(negotiateEncoding('*')).toBe('br');
		expect(negotiateEncoding('identity')).toBe('identity');
		expect(negotiateEncoding(null)).toBe('identity');
	});

	it('serves the same JSON in every encoding, each with its own ETag and a Cache-Control', async () => {
		const asset = staticJson(value);
		const br = serveStaticJson(asset, request({ 'accept-encoding': 'br, gzip' }));
		const gzip = serveStaticJson(asset, request({ 'accept-encoding': 'gzip' }));
		const plain = serveStaticJson(asset, request());
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(JSON.parse(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString())).toEqual(value);
		expect(JSON.parse(gunzipSync(new Uint8Array(await gzip.arrayBuffer())).toString())).toEqual(value);
		expect(await plain.json()).toEqual(value);
		expect(new Set([br, gzip, plain].map((r) => r.headers.get('etag'))).size).toBe(3);
		for (const r of [br, gzip, plain]) {
			expect(r.headers.get('cache-control')).toBe('no-cache');
			expect(r.headers.get('vary')).toBe('Accept-Encoding');
			expect(r.headers.get('content-type')).toBe('application/json');
		}
		expect(Number(br.headers.get('content-length'))).toBeLessThan(Number(plain.headers.get('content-length')) / 10);
	});

	it('answers 304 with no body to a client that holds it, in any encoding', () => {
		const asset = staticJson(value);
		const tag = serveStaticJson(asset, request({ 'accept-encoding': 'gzip' })).headers.get('etag')!;
		const again = serveStaticJson(asset, request({ 'accept-encoding': 'br', 'if-none-match': `"other", W/${tag}` }));
		expect(again.status).toBe(304);
		expect(again.body).toBeNull();
		expect(serveStaticJson(staticJson({ ...value, id: 'b' }), request({ 'if-none-match': tag })).status).toBe(200);
	});

	it('serialises each value once, and nothing for what does not exist', () => {
		let calls = 0;
		const cache = staticJsonCache((id: string) => (calls++, id === 'a' ? value : undefined));
		expect(cache('a')).toBe(cache('a'));
		expect(cache('nope')).toBeUndefined();
		expect(calls).toBe(2);
	});
});
