import { error } from '@sveltejs/kit';
import { buildQuiz, choicesOf } from '$lib/classroom';
import { parsePrintQuery } from '$lib/classroom/print-url';
import { getDeck } from '$lib/server/decks';
import type { PageServerLoad } from './$types';

// Any quiz can be printed, so this page is rendered per request from its URL (decks, count, types, seed).
export const prerender = false;

export const load: PageServerLoad = ({ url }) => {
	const parsed = parsePrintQuery(url.searchParams);
	if (!parsed.ok) error(400, `This print link is not valid: ${parsed.message}`);
	const decks = parsed.settings.deckIds.map((id) => getDeck(id) ?? error(404, `No deck with id "${id}".`));
	const quiz = buildQuiz(decks, parsed.settings);
	return {
		sheet: parsed.sheet,
		title: quiz.title,
		seed: parsed.settings.seed,
		questions: quiz.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, choices: choicesOf(q), answer: q.answer, sentence: q.source.sentence }))
	};
};
