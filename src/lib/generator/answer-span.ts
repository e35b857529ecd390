// Where a gap may fall: a whole name, number or date whose neighbours do not predict it. These
// rules look only at the span and the words beside it, whatever kind of answer it is.
import { DEMONYMS, MONTH_SET, ROLES, WEEKDAYS } from './lexicon';
import type { Entity, EntityKind, Sentence } from './types';

/** Kinds whose text is a name: a gap in one must cover the whole name. */
const NAME_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'place', 'product', 'name', 'nationality']);
/** Kinds whose text is a number or a date. */
const NUMBER_KINDS: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'quantity', 'year', 'date', 'month', 'time', 'duration', 'ordinal', 'fiscal-period']);

const SMALL_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|[1-9])$/i;
const TINY_COUNT = /^(?:one|two|three|four|[1-4])$/i;
const PAIRING = /^(?:or|and|to|-|–|—|nor)$/i;
const IS_NUMBER = /^[$£€¥]?\d[\d,.]*(?:bn|m|k)?%?$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion)$/i;
/** Arithmetic: "1.5 × 10", "= 2.05": a formula, whose numbers lost their superscripts in plain text. */
const FORMULA_SIGNS = /[=×÷]/g;
const DIGITS_GLUED_TO_LETTERS = /\d[a-z]{2,}\d|[a-z]\d+[a-z]/i;

/** A sentence that is a formula or arithmetic: no gap in it is a fact. */
export function isFormula(sentence: Sentence): boolean {
	return (sentence.text.match(FORMULA_SIGNS)?.length ?? 0) >= 2 || /\d\s*[=×÷]\s*\d/.test(sentence.text) || DIGITS_GLUED_TO_LETTERS.test(sentence.text.replace(/\b(?:[A-Z]+\d+[A-Za-z\d-]*|\d+(?:st|nd|rd|th|s|bn|m|km|kg|mm|cm|mph|am|pm))\b/g, ' '));
}

function isCapitalised(text: string): boolean {
	return /^\p{Lu}/u.test(text);
}

const INDEFINITE_PRONOUNS = /^(?:every|some|any|no)(?:thing|one|body)$|^nothing$|^none$/i;
/** "told …", "said to …", "speaking to …": who heard a quotation, usually the outlet that reports it. */
const TOLD = /^(?:told|telling|tells)$/i;
const TO_A_LISTENER = /^(?:said|speaking|spoke|talking|talked|saying|interview)$/i;
/** "Americans", "the Italians", "Chinese": a people, which the sentence's own words predict or a company stands for. */
const PEOPLES = new Set([...DEMONYMS].flatMap((d) => [d.toLowerCase(), `${d.toLowerCase()}s`]));

/** Whether `short` is the initials of the capitalised words just before it ("Community Support Officers (CSOs)"). */
function initialsOf(short: string, words: readonly string[]): boolean {
	const letters = short.replace(/[^\p{Lu}]/gu, '');
	if (letters.length < 2) return false;
	const initials = words
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w.charAt(0))
		.join('');
	return initials.endsWith(letters);
}

/**
 * Why a span makes no gap whatever its kind:
 * - a pronoun or determiner ("Everything", "Those") holds no fact;
 * - a title alone ("the Queen", "the President") is a role, not a name;
 * - a people ("many Americans", "the Italians") is predicted by its neighbours or stands for a company;
 * - the listener of a quotation ("told BBC Sport") is boilerplate;
 * - an abbreviation beside its spelled-out name, or the reverse, gives itself away.
 */
function wordVeto(sentence: Sentence, entity: Entity): string | undefined {
	const tokens = sentence.tokens.slice(entity.tokenStart, entity.tokenEnd);
	if ((tokens.length && tokens.every((t) => t.pos === 'PRON' || t.pos === 'DET')) || INDEFINITE_PRONOUNS.test(entity.text)) return 'a pronoun is no fact';
	const lower = entity.text.toLowerCase().replace(/^the\s+/, '');
	const previous = sentence.tokens[entity.tokenStart - 1];
	const beforePrevious = sentence.tokens[entity.tokenStart - 2];
	// "the Queen", "its president"; not a person called King.
	if (ROLES.has(lower) && /^(?:the|a|an|its|their|his|her|our)$/i.test(previous?.text ?? '')) return 'a title alone is a role, not a name';
	if (PEOPLES.has(lower)) return 'a people is predicted by its neighbours';
	if (previous && (TOLD.test(previous.text) || (/^to$/i.test(previous.text) && TO_A_LISTENER.test(beforePrevious?.text ?? '')))) return 'the listener of a quotation is boilerplate';
	const opens = previous?.text === '(';
	const next = sentence.tokens[entity.tokenEnd];
	if (opens && initialsOf(entity.text, sentence.tokens.slice(Math.max(0, entity.tokenStart - 8), entity.tokenStart - 1).map((t) => t.text))) {
		return 'the spelled-out name beside it gives the abbreviation away';
	}
	if (next?.text === '(' && initialsOf(sentence.tokens[entity.tokenEnd + 1]?.text ?? '', entity.text.split(/\s+/))) {
		return 'the abbreviation beside it gives the name away';
	}
	return undefined;
}

/** "Stars from _____ to Old Age": small lowercase words joining capitalised ones on both sides. */
function insideTitle(tokens: Sentence['tokens'], entity: Entity): boolean {
	const joiner = (k: number) => /^(?:of|from|to|in|on|for|and|the|a)$/.test(tokens[k]?.text ?? '');
	const capital = (k: number) => k > 0 && isCapitalised(tokens[k]?.text ?? '');
	return joiner(entity.tokenStart - 1) && capital(entity.tokenStart - 2) && joiner(entity.tokenEnd) && capital(entity.tokenEnd + 1);
}

/**
 * "Church of England", "Bank of Spain": "of" after a capitalised word that is not the sentence's
 * first (unless tagged a name) and not the end of a person's name ("Mr Hart of Acme").
 */
function joinedToName(tokens: Sentence['tokens'], start: number): boolean {
	const k = start - 2;
	if (k < 0 || tokens[start - 1]!.text.toLowerCase() !== 'of') return false;
	const word = tokens[k]!;
	if (!isCapitalised(word.text) || (k === 0 && word.pos !== 'PROPN')) return false;
	// "Simon Hart of Acme": a person and their organisation, not one name.
	return !(isCapitalised(tokens[k - 1]?.text ?? '') && !/^(?:The|A|An)$/.test(tokens[k - 1]!.text));
}

/**
 * Why a span of a sentence makes no gap, or undefined when it may. The span is `entity`'s tokens.
 * - it splits a word: "$_____bn", "_____-strong", "1688–_____";
 * - it is part of a longer name: "Soviet _____", "_____ City", "General _____ of the US";
 * - it is one of a pair of numbers, which its partner predicts: "four or _____", "_____ and 1689";
 * - it is a small count: "the _____ firms", "_____ American astronauts".
 */
export function spanVeto(sentence: Sentence, entity: Entity): string | undefined {
	const byWords = wordVeto(sentence, entity);
	if (byWords) return byWords;
	const text = sentence.text;
	const from = entity.start - sentence.start;
	const to = entity.end - sentence.start;
	const before = text.slice(Math.max(0, from - 2), from);
	const after = text.slice(to, to + 2);
	if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after) || /^[-–][\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}][-–]$/u.test(before)) {
		return 'the gap would split a word';
	}
	const tokens = sentence.tokens;
	const previous = tokens[entity.tokenStart - 1];
	const next = tokens[entity.tokenEnd];
	if (NAME_KINDS.has(entity.kind)) {
		// Glued to a capitalised word with no punctuation between: one name, cut in two.
		// A capitalised word opening the sentence counts when the tagger takes it for a name; a title
		// ("President", "Secretary of State") may stand before a name of two words or more.
		const previousIsName =
			!!previous &&
			previous.end + 1 >= tokens[entity.tokenStart]!.start &&
			isCapitalised(previous.text) &&
			(entity.tokenStart - 1 > 0 || previous.pos === 'PROPN') &&
			!(ROLES.has(previous.text.toLowerCase()) && entity.tokenEnd - entity.tokenStart >= 2);
		const nextIsName = !!next && isCapitalised(next.text) && next.start <= entity.end + 1 && !/^(?:And|Or)$/.test(next.text);
		if (previousIsName || nextIsName) return 'the gap is part of a longer name';
		if (joinedToName(tokens, entity.tokenStart)) return 'the gap ends a longer name: "Church of _____"';
		if (insideTitle(tokens, entity)) return 'the gap is inside a title: "Stars from _____ to Old Age"';
		// "General Motors of the _____": a place that only says which of a name is meant.
		const ofThe = previous?.text === 'the' && tokens[entity.tokenStart - 2]?.text === 'of';
		if (entity.kind === 'place' && ofThe && isCapitalised(tokens[entity.tokenStart - 3]?.text ?? '')) return 'a place after a name only says which is meant';
		// "the _____ exchange", "a crucial _____ vote": a name used as a modifier, which the noun after it predicts.
		// Not "the R21 vaccine", "its H20 chips": a model's name, with its number, before the kind of thing it is.
		const modelName = /\d/.test(entity.text);
		if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.start <= entity.end + 1 && !modelName) return 'the name modifies the noun after it';
		// "Lessing and _____", "Tait or _____", "_____, Roth and Atwood": one slot of a list, which
		// any other name of the list fills as well.
		const before = tokens[entity.tokenStart - 2]?.text ?? '';
		// A comma after a title opens an apposition, not a list: "Scotland's First Minister, Nicola Sturgeon, said".
		// "(Plymouth, Connecticut, and _____)": the comma of a list before its "and".
		const beforeComma = before === ',' ? (tokens[entity.tokenStart - 3]?.text ?? '') : before;
		const listBefore =
			!!previous &&
			isCapitalised(beforeComma) &&
			(/^(?:and|or)$/.test(previous.text) || (previous.text === ',' && !ROLES.has(before.toLowerCase()) && /^(?:,|and|or)$/.test(next?.text ?? '')));
		// "_____, 98, 2000, NT and XP": versions and names alike make a list.
		const listAfter = next?.text === ',' && /^[\p{Lu}\d]/u.test(tokens[entity.tokenEnd + 1]?.text ?? '') && tokens.slice(entity.tokenEnd + 2, entity.tokenEnd + 16).some((t) => /^(?:and|or)$/.test(t.text));
		// "_____ and Wales", "_____ and Martin Corry": a pair, whose other half the learner is shown.
		const pairAfter = /^(?:and|or|&)$/.test(next?.text ?? '') && isCapitalised(tokens[entity.tokenEnd + 1]?.text ?? '');
		if (listBefore || listAfter || pairAfter) return 'the gap is one slot of a list';
	}
	if (NUMBER_KINDS.has(entity.kind)) {
		// "Number 10", "Windows 98", "Apollo 11": a number that a name goes before is part of it.
		const word = previous?.text ?? '';
		if (previous && entity.tokenStart > 1 && isCapitalised(word) && /^\p{L}+$/u.test(word) && !MONTH_SET.has(word.toLowerCase()) && !WEEKDAYS.has(word) && previous.end + 1 >= tokens[entity.tokenStart]!.start) {
			return 'the number is part of a name';
		}
		const pairedBefore = previous && PAIRING.test(previous.text) && IS_NUMBER.test(tokens[entity.tokenStart - 2]?.text ?? '');
		const pairedAfter = next && PAIRING.test(next.text) && IS_NUMBER.test(tokens[entity.tokenEnd + 1]?.text ?? '');
		if (pairedBefore || pairedAfter) return 'the other number of a pair predicts the gap';
		// "Windows 95, _____, 2000 and XP": a slot of a list of numbers, which its neighbours predict.
		const listed = (k: number) => /^[\p{Lu}\d]/u.test(tokens[k]?.text ?? '');
		if ((previous?.text === ',' && listed(entity.tokenStart - 2) && /^(?:,|and|or)$/.test(next?.text ?? '')) || (next?.text === ',' && listed(entity.tokenEnd + 1) && previous?.text === ',')) {
			return 'the gap is one slot of a list';
		}
		if (entity.kind === 'quantity' && entity.tokenEnd - entity.tokenStart === 1) {
			const word = entity.text;
			if (TINY_COUNT.test(word) || (SMALL_COUNT.test(word) && /^(?:the|its|their|both|all|these|those)$/i.test(previous?.text ?? ''))) return 'a small count is no fact';
		}
	}
	return undefined;
}
