import type { Handle, HandleServerError } from '@sveltejs/kit';
import { badRequest } from '$lib/server/bad-request';

function isApiPath(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

// The decoded text is returned, not dropped: the bundler takes decodeURI for free of side effects,
// and removed a bare call, throw and all.
function decoded(pathname: string): string | undefined {
	try {
		return decodeURI(pathname);
	} catch {
		return undefined;
	}
}

// SvelteKit answers an address it cannot decode with its HTML error page; the API answers in JSON.
export const handle: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	if (isApiPath(pathname) && decoded(pathname) === undefined) return badRequest(`The address ${pathname} is not valid percent-encoding`);
	return resolve(event);
};

// A client's bad request (an undecodable address, a page that is not there) is no fault of the
// server's: it gets its error page, and the log stays for the server's own failures.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`[${status}] ${event.request.method} ${event.url.pathname}\n`, error);
	return { message };
};
