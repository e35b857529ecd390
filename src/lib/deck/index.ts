// The deck format: what a deck file is, how its ids are made, and how it is read.
export {
	CLOZE_GAP,
	DECK_SCHEMA_VERSION,
	DeckSchema,
	DeckSourceSchema,
	DeckSummarySchema,
	QUESTION_TYPES,
	QuestionSchema,
	QuestionTypeSchema,
	type Deck,
	type DeckSource,
	type DeckSummary,
	type Question,
	type QuestionType
} from './schema';
export { factId, questionId, FACT_ID_PATTERN, QUESTION_ID_PATTERN } from './ids';
export { normalizeAnswer, normalizeText } from './normalize';
export { parseDeck, describeIssues, formatPath, type DeckResult } from './validate';
export { buildCatalog, countByType, summarizeDeck, DeckFileError } from './catalog';
export { deckJsonSchema } from './json-schema';
export { webAddress } from './links';
export { articleBlocks, sentenceAnchor, type ArticleBlock, type ArticleSpan, type SourceMark } from './article';
export { acceptedAnswers, editDistance, foldAnswer, gradeResponse, gradeTyped, typoAllowance, type Verdict } from './grade';
export {
	MAX_ARTICLE_BYTES,
	checkArticleText,
	decodeArticleBytes,
	describeSize,
	tooLarge,
	utf8Length,
	type ArticleInput
} from './article-input';
export { slugify } from './slug';
export { answerLabel, choicesOf, type Choice } from './choices';
