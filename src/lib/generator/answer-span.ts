// Where a gap may fall: a whole name, number or date whose neighbours do not predict it. These
// rules look only at the span and the words beside it, whatever kind of answer it is.
import { MONTH_SET, ROLES, WEEKDAYS } from './lexicon';
import type { Entity, EntityKind, Sentence } from './types';

/** Kinds whose text is a name: a gap in one must cover the whole name. */
const NAME_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'place', 'product', 'name', 'nationality']);
/** Kinds whose text is a number or a date. */
const NUMBER_KINDS: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'quantity', 'year', 'date', 'month', 'time', 'duration', 'ordinal', 'fiscal-period']);

const SMALL_COUNT = /^(?:one|two|three|four|five|six|seven|eight|nine|[1-9])$/i;
const TINY_COUNT = /^(?:one|two|three|four|[1-4])$/i;
const PAIRING = /^(?:or|and|to|-|–|—|nor)$/i;
const IS_NUMBER = /^[$£€¥]?\d[\d,.]*(?:bn|m|k)?%?$|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/i;
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

/**
 * Why a span of a sentence makes no gap, or undefined when it may. The span is `entity`'s tokens.
 * - it splits a word: "$_____bn", "_____-strong", "1688–_____";
 * - it is part of a longer name: "Soviet _____", "_____ City", "General _____ of the US";
 * - it is one of a pair of numbers, which its partner predicts: "four or _____", "_____ and 1689";
 * - it is a small count: "the _____ firms", "_____ American astronauts".
 */
export function spanVeto(sentence: Sentence, entity: Entity): string | undefined {
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
		// "Lessing and _____", "Tait or _____", "_____, Roth and Atwood": one slot of a list, which
		// any other name of the list fills as well.
		const before = tokens[entity.tokenStart - 2]?.text ?? '';
		// A comma after a title opens an apposition, not a list: "Scotland's First Minister, Nicola Sturgeon, said".
		const listBefore =
			!!previous &&
			isCapitalised(before) &&
			(/^(?:and|or)$/.test(previous.text) || (previous.text === ',' && !ROLES.has(before.toLowerCase()) && /^(?:,|and|or)$/.test(next?.text ?? '')));
		const listAfter = next?.text === ',' && isCapitalised(tokens[entity.tokenEnd + 1]?.text ?? '') && tokens.slice(entity.tokenEnd + 2, entity.tokenEnd + 8).some((t) => /^(?:and|or)$/.test(t.text));
		if (listBefore || listAfter) return 'the gap is one slot of a list';
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
		if (entity.kind === 'quantity' && entity.tokenEnd - entity.tokenStart === 1) {
			const word = entity.text;
			if (TINY_COUNT.test(word) || (SMALL_COUNT.test(word) && /^(?:the|its|their|both|all|these|those)$/i.test(previous?.text ?? ''))) return 'a small count is no fact';
		}
	}
	return undefined;
}
