// The headers every response carries, whoever answers it: SvelteKit, or adapter-node's static file
// server (prerendered pages, static files), which runs no hooks. Set by the production server
// (scripts/serve.js) around both; plain JavaScript, as that server runs with Node alone.

/** @type {Record<string, string>} */
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

/**
 * The Content-Security-Policy header a response gets when SvelteKit gave it none. Pages carry their
 * full policy in a <meta> (prerendered) or header (rendered), with hashes for their inline scripts;
 * a <meta> cannot forbid framing, so this adds frame-ancestors. Scripts (the service worker takes its
 * policy from its script's response) keep that alone; anything else runs and loads nothing.
 * @param {string} contentType
 */
export function fallbackPolicy(contentType) {
	const page = /^text\/html|javascript/.test(contentType);
	return page ? "frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'";
}

/** Files whose name does not change with their content are checked with the server every time. */
export const REVALIDATE = 'no-cache';
