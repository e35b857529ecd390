import { notFound } from '$lib/server/not-found';
import type { RequestHandler } from './$types';

// Anything else under /api gets a JSON 404 rather than the HTML error page.
const answer: RequestHandler = ({ url }) => notFound(`Nothing at ${url.pathname}`);

export const GET = answer;
export const HEAD = answer;
