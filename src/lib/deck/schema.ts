import { z } from 'zod';
import { normalizeAnswer } from './normalize';
import { CLOZE_GAP, QUESTION_TYPES } from './question-types';

export { CLOZE_GAP, QUESTION_TYPES };

/** Bumped when a deck file changes shape in a way older readers cannot read. */
export const DECK_SCHEMA_VERSION = 1;

export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

// Not .trim(): a transform would shift the offsets that sources keep into the article.
const text = z.string().regex(/\S/, 'must not be blank');
const slug = z
	.string()
	.max(100)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

export const SourceRefSchema = z
	.object({
		sentence: text.describe('The sentence of the article that the question comes from, as it stands there.'),
		start: z.int().min(0).describe('Offset of the sentence in `article`, in UTF-16 code units.'),
		end: z.int().min(0).describe('Offset just past the sentence in `article`.')
	})
	.refine((ref) => ref.end > ref.start, { message: 'end must be greater than start', path: ['end'] });

const questionFields = {
	id: z
		.string()
		.regex(/^q-[0-9a-f]{16}$/, 'must be "q-" and 16 hex digits')
		.describe('Stable id: a function of factId, type and answer (see src/lib/deck/ids.ts).'),
	prompt: text,
	answer: text,
	source: SourceRefSchema,
	factId: z
		.string()
		.regex(/^f-[0-9a-f]{16}$/, 'must be "f-" and 16 hex digits')
		.describe('Questions about the same fact share it: they are siblings.'),
	tags: z.array(text).describe('Free labels: entity kinds, topics.')
};

const accept = z.array(text).optional().describe('Other answers accepted when typed.');

const McqSchema = z
	.object({
		...questionFields,
		type: z.literal('mcq'),
		options: z.array(text).min(3, 'needs at least 3 options').max(6, 'takes at most 6 options')
	})
	.superRefine((q, ctx) => {
		const normalized = q.options.map(normalizeAnswer);
		if (new Set(normalized).size !== normalized.length) {
			ctx.addIssue({ code: 'custom', message: 'options must be distinct', path: ['options'] });
		}
		const hits = normalized.filter((o) => o === normalizeAnswer(q.answer)).length;
		if (hits !== 1) {
			ctx.addIssue({
				code: 'custom',
				message: `the answer must be among the options exactly once (found ${hits} times)`,
				path: ['options']
			});
		}
	});

const ClozeSchema = z.object({
	...questionFields,
	type: z.literal('cloze'),
	prompt: text.regex(CLOZE_GAP, 'a cloze prompt needs a gap: three or more underscores'),
	accept
});

const TrueFalseSchema = z.object({
	...questionFields,
	type: z.literal('true-false'),
	answer: z.enum(['true', 'false'], 'a true-false answer is "true" or "false"')
});

const ShortAnswerSchema = z.object({ ...questionFields, type: z.literal('short-answer'), accept });

const FlashcardSchema = z.object({
	...questionFields,
	type: z.literal('flashcard'),
	prompt: text.describe('The front of the card: a term or a person.'),
	answer: text.describe('The back: what the article says of it.')
});

export const QuestionSchema = z.discriminatedUnion('type', [
	McqSchema,
	ClozeSchema,
	TrueFalseSchema,
	ShortAnswerSchema,
	FlashcardSchema
]);
export type Question = z.infer<typeof QuestionSchema>;

export const DeckSourceSchema = z.object({
	title: text,
	publisher: text.optional(),
	// Only web addresses: a `javascript:` or `data:` url would run script when the link is followed.
	url: z
		.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
		.optional(),
	published: z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
		.optional()
		.describe('As much of the publication date as is known.'),
	licence: text.optional(),
	note: text.optional().describe('Where the article came from, and what is uncertain about it.')
});
export type DeckSource = z.infer<typeof DeckSourceSchema>;

export const DeckSchema = z
	.object({
		schemaVersion: z.literal(DECK_SCHEMA_VERSION),
		id: slug,
		title: text,
		source: DeckSourceSchema,
		generator: z.object({ name: text, version: text }),
		// May be empty: a generator given no usable text still returns a valid, empty deck.
		article: z.string().describe("The article's text (Markdown allowed); question sources index into it."),
		questions: z.array(QuestionSchema).describe("The deck's best questions: what a learner studies and a teacher hands out."),
		more: z
			.array(QuestionSchema)
			.default([])
			.describe('Further questions the article supports, ranked below the best and best first: available on request, never studied by default.')
	})
	.superRefine((deck, ctx) => {
		const seen = new Set<string>();
		const check = (list: 'questions' | 'more') => (q: Question, i: number) => {
			if (seen.has(q.id)) {
				ctx.addIssue({ code: 'custom', message: `duplicate question id ${q.id}`, path: [list, i, 'id'] });
			}
			seen.add(q.id);
			const { start, end, sentence } = q.source;
			if (end > deck.article.length) {
				ctx.addIssue({
					code: 'custom',
					message: `end ${end} is past the end of the article (${deck.article.length})`,
					path: [list, i, 'source', 'end']
				});
			} else if (deck.article.slice(start, end) !== sentence) {
				ctx.addIssue({
					code: 'custom',
					message: `is not the article's text at ${start}–${end}`,
					path: [list, i, 'source', 'sentence']
				});
			}
		};
		deck.questions.forEach(check('questions'));
		deck.more.forEach(check('more'));
	});
export type Deck = z.infer<typeof DeckSchema>;

export const DeckSummarySchema = z.object({
	id: slug,
	title: text,
	source: DeckSourceSchema,
	questionCount: z.int().min(0),
	countsByType: z.record(QuestionTypeSchema, z.int().min(0))
});
export type DeckSummary = z.infer<typeof DeckSummarySchema>;
