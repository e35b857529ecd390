// The production server (`npm start`): adapter-node's handler with security headers on every
// response, prerendered pages and static files included (adapter-node serves those without running
// hooks). Reads PORT (3000), HOST (0.0.0.0) and, through the handler, ORIGIN and adapter-node's
// other variables.
import { createServer } from 'node:http';
import { fallbackPolicy, REVALIDATE, SECURITY_HEADERS } from './security-headers.js';

const { handler } = await import(new URL(`../${process.env.BUILD_DIR || 'build'}/handler.js`, import.meta.url).href).catch((error) => {
	console.error('No build to serve: run `npm run build` (or `npm start`, which builds first).');
	throw error;
});

/** @param {unknown} headers @param {string} name */
function given(headers, name) {
	if (!headers || typeof headers !== 'object') return undefined;
	if (Array.isArray(headers)) {
		for (let i = 0; i < headers.length; i += 2) if (String(headers[i]).toLowerCase() === name) return String(headers[i + 1]);
		return undefined;
	}
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : String(/** @type {Record<string, unknown>} */ (headers)[key]);
}

/** @param {import('node:http').ServerResponse} res */
function secure(res) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	res.setHeader('cache-control', REVALIDATE);
	const writeHead = res.writeHead;
	/** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
		const headers = args.find((a) => a && typeof a === 'object');
		// A 304's headers replace the cached response's: it must not get a policy chosen without
		// knowing the body's type.
		const notModified = args[0] === 304;
		if (!notModified && !given(headers, 'content-security-policy') && !res.hasHeader('content-security-policy')) {
			res.setHeader('content-security-policy', fallbackPolicy(given(headers, 'content-type') ?? String(res.getHeader('content-type') ?? '')));
		}
		return writeHead.apply(this, /** @type {any} */ (args));
	};
}

const server = createServer((req, res) => {
	secure(res);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
