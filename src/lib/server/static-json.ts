import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A JSON body served like a static file: serialised and compressed once, with an ETag per encoding,
 * so that a request costs a lookup and a copy, and a client holding it gets a bodyless 304.
 */
export interface StaticJson {
	identity: Uint8Array;
	gzip: Uint8Array;
	br: Uint8Array;
	/** Without its quotes and encoding suffix: the hash of the uncompressed body. */
	hash: string;
}

/** Cached, but checked with the server before each use: the decks change with each deployment. */
export const API_CACHE_CONTROL = 'no-cache';

export function staticJson(value: unknown): StaticJson {
	const identity = new TextEncoder().encode(JSON.stringify(value));
	return {
		identity,
		gzip: gzipSync(identity, { level: 9 }),
		br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
		hash: createHash('sha256').update(identity).digest('base64url').slice(0, 27)
	};
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (q=0 refuses one). */
export function negotiateEncoding(acceptEncoding: string | null): Encoding {
	const accepted = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		accepted.set(name, q === undefined ? 1 : Number(q));
	}
	const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
	if (ok('br')) return 'br';
	if (ok('gzip')) return 'gzip';
	return 'identity';
}

function etag(hash: string, encoding: Encoding): string {
	return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** Whether If-None-Match names this body, in any encoding (or is `*`). */
function unchanged(ifNoneMatch: string | null, hash: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const value = tag.trim().replace(/^W\//, '');
		return value === '*' || value.replace(/-(br|gzip)"$/, '"') === `"${hash}"`;
	});
}

export function serveStaticJson(asset: StaticJson, request: Request): Response {
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	const headers: Record<string, string> = {
		etag: etag(asset.hash, encoding),
		'cache-control': API_CACHE_CONTROL,
		vary: 'Accept-Encoding'
	};
	if (unchanged(request.headers.get('if-none-match'), asset.hash)) return new Response(null, { status: 304, headers });
	const body = asset[encoding];
	if (encoding !== 'identity') headers['content-encoding'] = encoding;
	headers['content-type'] = 'application/json';
	headers['content-length'] = String(body.byteLength);
	return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** A memo of values served as static JSON, built on first request. */
export function staticJsonCache<K>(make: (key: K) => unknown | undefined): (key: K) => StaticJson | undefined {
	const memo = new Map<K, StaticJson>();
	return (key) => {
		let asset = memo.get(key);
		if (!asset) {
			const value = make(key);
			if (value === undefined) return undefined;
			asset = staticJson(value);
			memo.set(key, asset);
		}
		return asset;
	};
}
