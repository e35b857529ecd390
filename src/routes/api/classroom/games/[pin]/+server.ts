import { lookupGame } from '$lib/server/classroom/api';

export const prerender = false;
export const GET = lookupGame;
