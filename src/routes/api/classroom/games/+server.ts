import { createGame } from '$lib/server/classroom/api';

export const prerender = false;
export const POST = createGame;
