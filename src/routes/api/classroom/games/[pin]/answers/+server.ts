import { answerQuestion } from '$lib/server/classroom/api';

export const prerender = false;
export const POST = answerQuestion;
