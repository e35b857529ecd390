// Making decks on the device (pure): drafts of questions and decks, hand-written cards, imports.
export {
	buildQuestion,
	draftOf,
	emptyDraft,
	gapFill,
	linesOf,
	noteSentence,
	type DraftResult,
	type QuestionDraft,
	type SourceSpan
} from './question-draft';
export {
	EMPTY_SOURCE,
	FURTHER_OFFERED,
	HAND_GENERATOR,
	ORIGIN_TAGS,
	OWN_ID_PREFIX,
	appendNote,
	assembleDeck,
	draftFromDeck,
	ownDeckId,
	withQuestion,
	type DeckDraft,
	type DraftItem,
	type ItemOrigin,
	type SourceFields
} from './deck-draft';
export { readDeckFile, type ImportedDeck } from './import-deck';
// import-questions.ts (other apps' questions as a deck) is imported by its own path: the home page reads
// this index, and would carry it.
export { paragraphsOf, sentencesIn } from './sentences';
