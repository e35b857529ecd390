import { z } from 'zod';
import { QuestionSchema, type Deck, type Question } from '$lib/deck';
import { seededRandom } from '$lib/generator/random';

// A quiz is picked from decks once, when the teacher sets it up, and then kept whole (in the game's
// journal, in the teacher's saved results): a deck regenerated later never changes a quiz under way.

/** The types a quiz can ask: every type the app grades (flashcards are self-rated, so not here). */
export const QUIZ_TYPES = ['mcq', 'true-false', 'cloze', 'short-answer'] as const;
export type QuizType = (typeof QUIZ_TYPES)[number];
export type QuizQuestion = Extract<Question, { type: QuizType }> & { deckId: string };

export const MAX_QUIZ_QUESTIONS = 50;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'a deck id: lower-case letters, digits and hyphens');

export const QuizSettingsSchema = z.object({
	deckIds: z.array(slug).min(1, 'pick at least one deck').max(20),
	count: z.number().int().min(1).max(MAX_QUIZ_QUESTIONS),
	types: z.array(z.enum(QUIZ_TYPES)).min(1, 'pick at least one question type'),
	seed: z.number().int().min(0).max(0xffffffff),
	secondsPerQuestion: z.number().int().min(5).max(600)
});
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;

export const DEFAULT_QUIZ_SETTINGS: Omit<QuizSettings, 'deckIds' | 'seed'> = {
	count: 10,
	types: ['mcq', 'true-false'],
	secondsPerQuestion: 20
};

export interface Quiz {
	title: string;
	settings: QuizSettings;
	questions: QuizQuestion[];
}

/** A quiz as stored (journal, saved results): each question a valid deck question of a quiz type, with its deck. */
export const QuizSchema = z.object({
	title: z.string().max(2000),
	settings: QuizSettingsSchema,
	questions: z
		.array(QuestionSchema.and(z.object({ deckId: slug })))
		.min(1)
		.max(MAX_QUIZ_QUESTIONS)
		.refine((qs) => qs.every((q) => (QUIZ_TYPES as readonly string[]).includes(q.type)), 'flashcards cannot be in a quiz')
}) as unknown as z.ZodType<Quiz>;

function isQuizQuestion(q: Question, types: readonly QuizType[]): q is Extract<Question, { type: QuizType }> {
	return (types as readonly string[]).includes(q.type);
}

/**
 * Picks `count` questions of the chosen types from the decks, in an order shuffled with the seed:
 * the same decks and settings give the same quiz. One question per fact while facts last, so a quiz
 * does not ask the same thing twice; siblings fill in only when the decks run short.
 */
export function buildQuiz(decks: readonly Deck[], settings: QuizSettings): Quiz {
	const random = seededRandom(`quiz:${settings.seed}`);
	const candidates: QuizQuestion[] = [];
	for (const deck of decks) {
		for (const q of deck.questions) if (isQuizQuestion(q, settings.types)) candidates.push({ ...q, deckId: deck.id });
	}
	const shuffled = random.shuffle(candidates);
	const facts = new Set<string>();
	const firsts: QuizQuestion[] = [];
	const siblings: QuizQuestion[] = [];
	for (const q of shuffled) {
		const key = `${q.deckId}/${q.factId}`;
		(facts.has(key) ? siblings : firsts).push(q);
		facts.add(key);
	}
	const questions = [...firsts, ...siblings].slice(0, settings.count);
	return { title: decks.map((d) => d.title).join(' · '), settings, questions };
}

/** The answers a question offers to pick from; null for a typed answer. */
export function choicesOf(question: QuizQuestion): string[] | null {
	if (question.type === 'mcq') return question.options;
	if (question.type === 'true-false') return ['true', 'false'];
	return null;
}
