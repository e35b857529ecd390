// The scheduler: pure functions over plain data; `now` (epoch ms) and the time zone passed in.
export {
	QUEUE,
	STATE,
	isBuried,
	newCard,
	queueOf,
	resetCard,
	sameVersion,
	withFlags,
	type CardStateNumber,
	type MemoryState,
	type QueueNumber,
	type StudyCard
} from './card';
export { dayNumber, dayStart, dayWindow, isTimeZone, nextDayStart, zoneOffset, DEFAULT_DAY_START_HOUR, type DayWindow } from './day';
export { RATINGS, RATING_LABELS, type RatingName, type RatingNumber } from './ratings';
// FSRS itself (ts-fsrs: nextStates, retrievability, answerNow) and what depends on its maths
// (retention.ts) are imported from their own modules, never from here: pages that only show or
// count cards then load none of it, and the study page loads it once its first question shows.
export type { FsrsLogFields, NextState, NextStates } from './fsrs';
export { describeInterval, formatInterval } from './interval';
export { LEECH_THRESHOLD, isLeechLapse, leechMessage } from './leech';
export { areSiblings, burySiblings, type SentenceOf } from './siblings';
export { answerCard, type AnswerInput, type AnswerResult, type ReviewEntry } from './answer';
export { applyAnswer, buildQueue, countToday, limitsLeft, pickNext, queueCounts, type DayCounts, type Queue, type QueueInput } from './queue';
export {
	DEFAULT_SETTINGS,
	DeckSettingsSchema,
	LEARN_AHEAD_MS,
	LEARNING_STEPS,
	RELEARNING_STEPS,
	RETENTION_MAX,
	RETENTION_MIN,
	type DeckSettings
} from './settings';
// replayLog (replay.ts) needs FSRS: imported from its own module, like FSRS itself.
