// Classroom games, pure: quiz setup, the game's state machine, scoring, what each screen sees, results.
export { buildQuiz, choicesOf, DEFAULT_QUIZ_SETTINGS, MAX_QUIZ_QUESTIONS, QUIZ_TYPES, QuizSchema, QuizSettingsSchema, type Quiz, type QuizQuestion, type QuizSettings, type QuizType } from './quiz';
export {
	activePlayers,
	answeredCount,
	applyEvent,
	findPlayer,
	GameError,
	GameEventSchema,
	isOpen,
	MAX_ASSIGNMENT_MS,
	MAX_NAME_LENGTH,
	newAssignment,
	type GameMode,
	MAX_PLAYERS,
	MAX_TYPED_ANSWER,
	newGame,
	PHASES,
	PlayerNameSchema,
	replay,
	revealDue,
	type Game,
	type GameErrorCode,
	type GameEvent,
	type Phase,
	type Player
} from './game';
export { isRight, MAX_POINTS, pointsFor, ranks } from './scoring';
export { hostView, playerView, type HostView, type OwnPaceQuestion, type PlayerView, type QuestionView, type RevealView, type StandingView } from './views';
export { percent, resultsCsv, resultsTable, ResultsTableSchema, type ResultCell, type ResultsQuestion, type ResultsRow, type ResultsTable } from './results';
