import { controlGame } from '$lib/server/classroom/api';

export const prerender = false;
export const POST = controlGame;
