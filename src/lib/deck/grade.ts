import { normalizeAnswer } from './normalize';
import type { Question } from './schema';

// Grading what a learner gives: a picked option, true/false, or typed text. Typed answers forgive
// case, punctuation, accents and small typos (as H5P does: one error in 3–9 characters, two above),
// and say "almost" when they forgive a typo. Digits are never forgiven: "19%" is not "18%".

export type Verdict = 'right' | 'almost' | 'wrong';

/** Lower case, no accents, no punctuation, single spaces: "São Paulo!" → "sao paulo". */
export function foldAnswer(text: string): string {
	return normalizeAnswer(text)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^\p{L}\p{N}%$€£¥\s]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1);
		row[0] = i;
		rows.push(row);
	}
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** Typos forgiven in an answer of this many characters. */
export function typoAllowance(length: number): number {
	if (length < 3) return 0;
	return length <= 9 ? 1 : 2;
}

const digits = (s: string) => s.replace(/\D+/g, ' ').trim();

// What a reader would still call the same answer: "the Labour Party" for "Labour", "Hubble" for
// "Hubble Space Telescope", "Sir Keir Starmer" or "Starmer" for "Keir Starmer". Words that carry no
// identity are dropped before comparing: a leading article, a title before a name, and, after a
// proper name, the generic head noun that says what kind of thing it is.
const ARTICLES = new Set(['the', 'a', 'an']);
const TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'reverend']);
const GENERIC_HEADS = new Set([
	'party', 'company', 'co', 'corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'group',
	'holdings', 'space', 'telescope', 'agency', 'organisation', 'organization', 'foundation', 'institute', 'association',
	'university', 'bank', 'airlines', 'airline', 'motors', 'technologies', 'club', 'fc', 'council', 'ministry'
]);
// First words of two-word place names, whose last word is not a "surname" ("New York" is not "York").
const PLACE_STARTS = new Set([
	'new', 'san', 'santa', 'los', 'las', 'hong', 'sri', 'saudi', 'south', 'north', 'east', 'west', 'united', 'el', 'la',
	'le', 'st', 'saint', 'great', 'upper', 'lower', 'costa', 'puerto', 'buenos', 'rio', 'tel', 'abu', 'kuala', 'ho'
]);

// Last words that make a two-word name a place or a thing, not a person ("Wall Street", "Nobel Prize").
const NOT_SURNAMES = new Set([
	'street', 'square', 'road', 'avenue', 'river', 'lake', 'island', 'islands', 'mountains', 'valley', 'bay', 'sea',
	'ocean', 'city', 'county', 'state', 'states', 'kingdom', 'republic', 'house', 'hall', 'center', 'centre', 'park',
	'bridge', 'tower', 'airport', 'station', 'market', 'exchange', 'index', 'fund', 'prize', 'award', 'cup', 'league',
	'games', 'war', 'act', 'bill', 'treaty', 'summit', 'day', 'week', 'coast', 'east', 'west', 'north', 'south'
]);

/** Without a leading article, and without titles before a name. */
function withoutPreamble(words: string[]): string[] {
	let i = 0;
	if (ARTICLES.has(words[i] ?? '')) i++;
	while (i < words.length - 1 && TITLES.has(words[i]!)) i++;
	return words.slice(i);
}

/** Without the generic head nouns that end a proper name; at least one word is kept. */
function withoutGenericHead(words: string[]): string[] {
	let end = words.length;
	while (end > 1 && GENERIC_HEADS.has(words[end - 1]!)) end--;
	return words.slice(0, end);
}

/** Every word a capitalised name ("Hubble Space Telescope", "Keir Starmer"), articles aside. */
function isProperName(text: string): boolean {
	const words = text.trim().split(/\s+/).filter((w) => !ARTICLES.has(w.toLowerCase()));
	return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The forms of an accepted answer that a typed answer may match, folded; the answer itself first. */
function answerForms(answer: string): string[] {
	const words = foldAnswer(answer).split(' ').filter(Boolean);
	const bare = withoutPreamble(words);
	const forms = [words, bare];
	if (isProperName(answer)) {
		forms.push(withoutGenericHead(bare));
		// A person's distinctive part: the surname of a two- or three-word name.
		const last = bare.at(-1) ?? '';
		const name =
			bare.length >= 2 && bare.length <= 3 && !bare.some((w) => GENERIC_HEADS.has(w)) && !PLACE_STARTS.has(bare[0]!) && !NOT_SURNAMES.has(last);
		if (name && last.length >= 4) forms.push([last]);
	}
	return unique(forms);
}

/** The forms of a typed answer: as typed, without an article or title, and without a generic head. */
function givenForms(given: string): string[] {
	const bare = withoutPreamble(foldAnswer(given).split(' ').filter(Boolean));
	return unique([foldAnswer(given).split(' '), bare, withoutGenericHead(bare)]);
}

function unique(forms: string[][]): string[] {
	return [...new Set(forms.map((f) => f.join(' ')).filter(Boolean))];
}

const sameLetters = (a: string, b: string) => a === b || a.replace(/ /g, '') === b.replace(/ /g, '');

/** Grades typed text against the answer and the other accepted answers. */
export function gradeTyped(given: string, accepted: readonly string[]): { verdict: Verdict; matched: string | null } {
	if (!foldAnswer(given)) return { verdict: 'wrong', matched: null };
	const gs = givenForms(given);
	let almost: string | null = null;
	for (const answer of accepted) {
		const as = answerForms(answer);
		if (as.some((a) => gs.some((g) => sameLetters(g, a)))) return { verdict: 'right', matched: answer };
		if (almost !== null) continue;
		const near = (a: string, g: string) => digits(g) === digits(a) && editDistance(g, a, typoAllowance(a.length)) <= typoAllowance(a.length);
		if (as.some((a) => gs.some((g) => near(a, g)))) almost = answer;
	}
	return almost === null ? { verdict: 'wrong', matched: null } : { verdict: 'almost', matched: almost };
}

/** The answers a typed question accepts, the main one first. */
export function acceptedAnswers(question: Question): string[] {
	return [question.answer, ...('accept' in question ? (question.accept ?? []) : [])];
}

/**
 * Grades a response to any question the app grades (all but flashcards): the option picked for
 * multiple choice, "true"/"false" for true-false, typed text for gap-fill and short answer.
 */
export function gradeResponse(question: Question, given: string): Verdict {
	switch (question.type) {
		case 'mcq':
		case 'true-false':
			return normalizeAnswer(given) === normalizeAnswer(question.answer) ? 'right' : 'wrong';
		case 'cloze':
		case 'short-answer':
			return gradeTyped(given, acceptedAnswers(question)).verdict;
		case 'flashcard':
			throw new Error('a flashcard is rated by the learner, not graded');
	}
}
