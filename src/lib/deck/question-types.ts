// The kinds of question and the cloze gap, apart from the schema: pages that only need these load
// no validation library.

export const QUESTION_TYPES = ['mcq', 'cloze', 'true-false', 'short-answer', 'flashcard'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A run of three or more underscores marks the gap of a cloze prompt. */
export const CLOZE_GAP = /_{3,}/;
