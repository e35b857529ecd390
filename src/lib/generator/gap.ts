// The gap of a gap-fill stem: what the generator writes, and the patterns that find it, all from
// the deck schema's own definition of a gap.
import { CLOZE_GAP } from '../deck/schema';

/** What stands for the answer in a stem. */
export const GAP = '_____';
/** Every gap of a prompt (for match and replace, which start from the beginning each time). */
export const GAPS = new RegExp(CLOZE_GAP.source, 'g');
/** "a _____", "an _____": the article before a gap, in group 1. */
export const ARTICLE_BEFORE_GAP = new RegExp(`\\b(a|an)\\s+${CLOZE_GAP.source}`, 'i');
/** "the _____". */
export const THE_BEFORE_GAP = new RegExp(`\\bthe\\s+${CLOZE_GAP.source}`, 'i');
