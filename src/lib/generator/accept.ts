import { normalizeAnswer } from '../deck/normalize';
import { fullName } from './entities';
import { MONTH_SHORT_FORMS, MONTHS, SCALE_SHORT_FORMS, SCALES } from './lexicon';
import type { Entity } from './types';

/** What else the article says of the answer: the other names it uses for the same thing. */
export interface AnswerContext {
	entities: readonly Entity[];
	article: string;
}

/** Kinds whose answer is a name, which the article may also call by a shorter one. */
const NAMED_KINDS: ReadonlySet<Entity['kind']> = new Set(['person', 'organisation', 'place', 'product', 'name']);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTH = `(?:${MONTHS.join('|')})`;
const DAY_MONTH = new RegExp(`^(\\d{1,2}) (${MONTH})( \\d{4})?$`, 'i');
const MONTH_DAY = new RegExp(`^(${MONTH}) (\\d{1,2}),?( \\d{4})?$`, 'i');
/** "the Federal Reserve (Fed)", "World Health Organization (WHO)": a name and its short form. */
const NAME_AND_SHORT_FORM = /((?:\p{Lu}[\p{L}'’.&-]*\s+){0,6}\p{Lu}[\p{L}'’.&-]*)\s+\(([\p{Lu}][\p{L}.&]{1,11})\)/gu;

/** The other names an article gives things in brackets, both ways round, remembered per article. */
const aliasMemo = new Map<string, Map<string, string[]>>();
function aliasesIn(article: string): Map<string, string[]> {
	let aliases = aliasMemo.get(article);
	if (aliases) return aliases;
	aliases = new Map();
	const add = (from: string, to: string) => aliases!.set(from, [...(aliases!.get(from) ?? []), to]);
	for (const [, name, short] of article.matchAll(NAME_AND_SHORT_FORM)) {
		const trimmed = name!.replace(/^(?:The|A|An)\s+/, '');
		if (!abbreviates(short!, trimmed)) continue;
		add(trimmed, short!);
		add(short!, trimmed);
	}
	if (aliasMemo.size > 8) aliasMemo.clear();
	aliasMemo.set(article, aliases);
	return aliases;
}

/**
 * "WHO" for "World Health Organization", "Fed" for "Federal Reserve": initials, or the start of the
 * first word; not what else brackets hold ("Ian McEwan (UK)").
 */
function abbreviates(short: string, name: string): boolean {
	const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|&)$/i.test(w));
	const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
	const letters = short.replace(/[.&]/g, '');
	// "SEC" for "US Securities Exchange Commission": a country before the name is no part of its initials.
	const qualified = /^\p{Lu}{2,3}$/u.test(words[0] ?? '') && words.length > 2 ? initials.slice(1) : null;
	return letters.toUpperCase() === initials || letters.toUpperCase() === qualified || (letters.length >= 3 && words[0]!.toLowerCase().startsWith(letters.toLowerCase()));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Other names the article itself uses for a name, anywhere in it: its initials ("FAO", "JK"), a
 * clipped word after "the" ("the Fed"), and part of the name standing alone ("Moody" for "Lewis
 * Moody", "Federal Reserve" for "US Federal Reserve"). A reader who knows the article writes these.
 */
function namesUsedAlone(name: string, article: string): string[] {
	const words = name.split(/\s+/);
	if (!words.every((w) => /^[\p{Lu}\d&]|^(?:of|and|the|for|de|in|on)$/u.test(w))) return [];
	const out: string[] = [];
	for (const short of new Set(article.match(/\b\p{Lu}[\p{Lu}.]{1,6}\b/gu) ?? [])) if (short !== name && abbreviates(short, name)) out.push(short);
	for (const [, clipped] of article.matchAll(/\bthe (\p{Lu}\p{Ll}{2,4})\b/gu)) {
		if (words.some((w) => w !== clipped && w.startsWith(clipped!))) out.push(clipped!);
	}
	if (words.length < 2) return out;
	for (let from = 0; from < words.length; from++) {
		for (let to = from + 1; to <= words.length; to++) {
			if (to - from === words.length) continue;
			const part = words.slice(from, to);
			if (!/^\p{Lu}/u.test(part[0]!) || !/^\p{Lu}/u.test(part[part.length - 1]!) || part.join('').length < 3) continue;
			// Alone: not beside another capitalised word (then it is part of this name, or of another).
			const alone = new RegExp(`(?<![\\p{L}\\d'’-]|\\p{Lu}[\\p{L}.]*\\s)${escape(part.join(' '))}(?![\\p{L}\\d-]|\\s\\p{Lu})`, 'u');
			if (alone.test(article)) out.push(part.join(' '));
		}
	}
	return out;
}

/** "Food & Agriculture Organisation" and "Food and Agriculture Organisation"; "HIV/Aids" and "Aids". */
function spellings(text: string): string[] {
	const out: string[] = [];
	if (/ & /.test(text)) out.push(text.replace(/ & /g, ' and '));
	else if (/ and /.test(text) && /^\p{Lu}/u.test(text)) out.push(text.replace(/ and /g, ' & '));
	const slashed = /^(\S+)\/(\S+)$/.exec(text);
	if (slashed) out.push(slashed[1]!, slashed[2]!, `${slashed[1]} and ${slashed[2]}`);
	return out;
}

/** The same day written the other way round: "17 March 2003" and "March 17, 2003". */
function otherDateOrder(text: string): string[] {
	const dayFirst = DAY_MONTH.exec(text);
	if (dayFirst) return [`${dayFirst[2]} ${dayFirst[1]}${dayFirst[3] ? `,${dayFirst[3]}` : ''}`, `${dayFirst[2]} ${dayFirst[1]}${dayFirst[3] ?? ''}`];
	const monthFirst = MONTH_DAY.exec(text);
	return monthFirst ? [`${monthFirst[2]} ${monthFirst[1]}${monthFirst[3] ?? ''}`] : [];
}

/** A number written the other way: "two" and "2", "1,372,568" and "1372568". */
function otherNumberForms(text: string): string[] {
	const word = NUMBER_WORDS.indexOf(text.toLowerCase());
	if (word >= 0) return [String(word)];
	if (/^\d+$/.test(text) && Number(text) < NUMBER_WORDS.length) return [NUMBER_WORDS[Number(text)]!];
	return /^\d{1,3}(,\d{3})+$/.test(text) ? [text.replace(/,/g, '')] : [];
}

const MONTH_ABBREVIATIONS = MONTH_SHORT_FORMS.map(([long, short]) => [new RegExp(long, 'i'), short] as const);
const AMOUNT = new RegExp(`^([$€£¥]|US\\$|A\\$|C\\$)?\\s?([\\d.,]+)\\s?(${SCALES.join('|')})?$`, 'i');

/**
 * Other ways a learner may type the answer and be right: "52 billion", "$52bn", "Kress" and
 * "Colette Kress", "March 17, 2003", "2" for "two", and other names the article uses ("WHO").
 */
export function acceptedVariants(answer: Entity, context: AnswerContext): string[] {
	const text = answer.text;
	const out = new Set<string>(aliasesIn(context.article).get(text) ?? []);
	for (const form of otherNumberForms(text)) out.add(form);
	for (const form of spellings(text)) out.add(form);
	if (NAMED_KINDS.has(answer.kind)) for (const form of namesUsedAlone(text, context.article)) out.add(form);
	switch (answer.kind) {
		case 'money': {
			const match = AMOUNT.exec(text);
			if (match) {
				const [, symbol = '', number, scale] = match;
				const word = { $: 'dollars', 'US$': 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' }[symbol] ?? '';
				out.add(`${number}${scale ? ` ${scale}` : ''}`);
				if (word) out.add(`${number}${scale ? ` ${scale}` : ''} ${word}`);
				for (const short of scale ? (SCALE_SHORT_FORMS[scale.toLowerCase()] ?? []) : []) out.add(`${symbol}${number}${short}`);
			}
			break;
		}
		case 'percent': {
			const number = text.replace(/\s?(%|per ?cent|percent)$/i, '');
			out.add(number);
			out.add(`${number} percent`);
			out.add(`${number} per cent`);
			out.add(`${number}%`);
			break;
		}
		case 'person': {
			const parts = text.split(' ');
			if (parts.length > 1) out.add(parts[parts.length - 1]!);
			// A surname alone as the answer: the name in full is right too, wherever the article gives it.
			else {
				out.add(fullName(answer, context.entities));
				const full = context.entities.find((e) => e.kind === 'person' && e.text.endsWith(` ${text}`));
				if (full) out.add(full.text);
			}
			break;
		}
		case 'date':
		case 'month': {
			for (const form of otherDateOrder(text)) out.add(form);
			let short = text;
			for (const [long, abbreviation] of MONTH_ABBREVIATIONS) short = short.replace(long, abbreviation);
			out.add(short);
			break;
		}
		case 'fiscal-period':
			out.add(text.replace(/^fiscal\s+/i, ''));
			break;
		case 'organisation':
			out.add(text.replace(/\s+(Inc\.?|Corp\.?|Ltd\.?|Group|plc|PLC|Holdings)$/, ''));
			break;
	}
	out.delete(text);
	const key = normalizeAnswer(text);
	return [...out].filter((v) => v.trim() && normalizeAnswer(v) !== key);
}
