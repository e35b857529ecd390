// The four ratings, apart from ts-fsrs: pages show them without loading the scheduler's maths.

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
/** 1 Again, 2 Hard, 3 Good, 4 Easy: the keys a learner presses. */
export type RatingNumber = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<RatingNumber, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
