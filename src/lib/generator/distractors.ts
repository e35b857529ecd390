import { CITIES_AND_REGIONS, CONTINENTS, COUNTRIES, MONTHS, PLACE_SUFFIXES, SCALES } from './lexicon';
import { mapped } from './arrays';
import type { Random } from './random';
import { answerKey, memoized } from './text-forms';
import type { Entity, EntityKind } from './types';

/** Kinds whose wrong options can be made by changing a number. */
const NUMERIC: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'year', 'quantity', 'duration', 'date', 'month', 'fiscal-period', 'time']);
/** Kinds whose wrong options come from other names of the same kind in the article. */
// Products are left out: "H20" (a chip) and "Qwen3" (a model) are no fair alternatives.
const NAMED: ReadonlySet<EntityKind> = new Set(['person', 'organisation', 'place']);

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/;
const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function parseNumber(text: string): { value: number; decimals: number; grouped: boolean } | undefined {
	const match = NUMBER.exec(text);
	if (!match) return undefined;
	const raw = match[1]!;
	const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
	return { value: Number(raw.replace(/,/g, '')), decimals, grouped: raw.includes(',') };
}

function formatNumber(value: number, decimals: number, grouped: boolean): string {
	const fixed = value.toFixed(decimals);
	if (!grouped) return fixed;
	const [whole, fraction] = fixed.split('.');
	return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** Amounts whose options are told apart by their size. */
const AMOUNTS: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'quantity']);

/** "3.9%" and "3.94%": options within 5% of each other are one guess, or a trap of rounding. */
function nearlyEqual(a: string, b: string): boolean {
	const x = parseNumber(a)?.value;
	const y = parseNumber(b)?.value;
	if (x === undefined || y === undefined || x === y || SCALE_WORD.exec(a)?.[1]?.toLowerCase() !== SCALE_WORD.exec(b)?.[1]?.toLowerCase()) return false;
	return Math.abs(x - y) < 0.05 * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * A wrong amount the learner rules out by its look: "100%" of a share (all of it is no figure to
 * recall), or "800" beside a key of "1,080", the only option of four digits with a comma.
 */
function givesAnswerAway(answer: string, option: string): boolean {
	const value = parseNumber(option)?.value;
	const right = parseNumber(answer)?.value;
	if (value === undefined || right === undefined) return false;
	if (/%|per ?cent/i.test(option) && (value === 100 || value === 0)) return true;
	return right >= 1000 && value < 1000 && !SCALE_WORD.test(option);
}

/** Rounds to a value that reads naturally at the answer's precision: 52 → 40, 65, 78. */
function niceVariants(value: number, decimals: number): number[] {
	const factors = [0.25, 0.5, 0.6, 0.75, 1.25, 1.5, 1.75, 2, 3];
	const step = decimals > 0 ? 10 ** -decimals : value >= 100 ? 10 ** (Math.floor(Math.log10(value)) - 1) : 1;
	const out = new Set<number>();
	for (const f of factors) {
		const v = Math.round((value * f) / step) * step;
		if (v > 0 && Math.abs(v - value) > step / 2) out.add(Number(v.toFixed(Math.max(decimals, 0))));
	}
	// Small counts and percentages: neighbours read better than multiples.
	if (value <= 12 && decimals === 0) for (const d of [-2, -1, 1, 2, 3]) if (value + d > 0) out.add(value + d);
	return [...out];
}

/** The same text with its number replaced: "$52 billion" → "$78 billion", "three years" → "five years". */
function withNumber(text: string, value: number, decimals: number, grouped: boolean): string {
	if (NUMBER.test(text)) return text.replace(NUMBER, formatNumber(value, decimals, grouped));
	return text;
}

const WORD_NUMBER = new RegExp(`\\b(${WORD_NUMBERS.join('|')})\\b`, 'i');

function wordNumberVariants(text: string): string[] {
	const match = WORD_NUMBER.exec(text);
	if (!match) return [];
	const n = WORD_NUMBERS.indexOf(match[1]!.toLowerCase());
	const options = [n - 1, n + 1, n + 2, n * 2, n + 5].filter((v) => v > 1 && v < WORD_NUMBERS.length && v !== n);
	// "one year" → "two years": a unit after "one" takes the plural for any other number.
	const unit = n === 1 ? /^(\s+)(\p{L}+)$/u.exec(text.slice(match.index + match[1]!.length)) : null;
	return mapped([...new Set(options)], (v) =>
		unit ? `${text.slice(0, match.index)}${WORD_NUMBERS[v]!}${unit[1]}${unit[2]}s` : text.replace(match[1]!, WORD_NUMBERS[v]!)
	);
}

const capital = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);
const SCALE_WORD = new RegExp(`\\b(${SCALES.join('|')})\\b`, 'i');
const MONTH_WORDS = MONTHS.map((m) => new RegExp(`\\b${m}\\b`, 'i'));
const MONTH_ANYWHERE = MONTHS.map((m) => new RegExp(capital(m), 'i'));

function monthVariants(text: string): string[] {
	const index = MONTH_WORDS.findIndex((month) => month.test(text));
	if (index < 0) return [];
	return mapped([1, 2, 3, 4, 6, 9], (d) => text.replace(MONTH_ANYWHERE[index]!, capital(MONTHS[(index + d) % 12]!)));
}

function yearVariants(text: string): string[] {
	const match = /\b(1[5-9]\d{2}|20\d{2})\b/.exec(text);
	if (!match) return [];
	const year = Number(match[1]);
	return mapped([-3, -2, -1, 1, 2], (d) => text.replace(match[1]!, String(year + d)));
}

/**
 * Other days of the same year, each with its own day and month: options that each change one field of
 * the answer ("17 June 2003", "17 March 2001") leave the answer as the one that shares most with the
 * rest, found without reading.
 */
function dateVariants(text: string): string[] {
	const month = MONTH_WORDS.findIndex((m) => m.test(text));
	const day = /\b(\d{1,2})\b/.exec(text);
	if (month < 0 || !day) return [...monthVariants(text).slice(0, 3), ...yearVariants(text).slice(1, 4)];
	const d = Number(day[1]);
	return mapped([[2, 9], [5, -6], [9, 4], [4, 13], [7, -11]], ([months, days]) => {
		const otherDay = ((d - 1 + days! + 28) % 28) + 1;
		return text.replace(MONTH_ANYWHERE[month]!, capital(MONTHS[(month + months!) % 12]!)).replace(/\b\d{1,2}\b/, String(otherDay));
	});
}

function quarterVariants(text: string): string[] {
	const match = /Q([1-4])/.exec(text);
	if (match) return mapped([1, 2, 3, 4].filter((q) => String(q) !== match[1]), (q) => text.replace(`Q${match[1]}`, `Q${q}`));
	const ordinal = /\b(first|second|third|fourth)\b/i.exec(text);
	if (!ordinal) return [];
	return mapped(['first', 'second', 'third', 'fourth'].filter((o) => o !== ordinal[1]!.toLowerCase()), (o) => text.replace(ordinal[1]!, o));
}

function timeVariants(text: string): string[] {
	const match = /(\d{1,2})[:.](\d{2})/.exec(text);
	if (!match) return [];
	const [hours, minutes] = [Number(match[1]), Number(match[2])];
	return mapped([[1, 0], [-1, 0], [2, 13], [0, 28], [-3, 11]], ([h, m]) => {
		const total = (((hours + h!) * 60 + minutes + m!) % 720 + 720) % 720;
		const hh = Math.floor(total / 60) || 12;
		return text.replace(match[0], `${hh}:${String(total % 60).padStart(2, '0')}`);
	});
}

/** Values of the answer's kind and form: the same unit and scale, months for months, years for years. */
function generated(answer: Entity): string[] {
	switch (answer.kind) {
		case 'month':
			return monthVariants(answer.text);
		case 'year':
			return yearVariants(answer.text);
		case 'date':
			return dateVariants(answer.text);
		case 'fiscal-period':
			return quarterVariants(answer.text);
		case 'time':
			return timeVariants(answer.text);
		default: {
			const number = parseNumber(answer.text);
			if (!number) return wordNumberVariants(answer.text);
			// A share of a whole ("reduced cases by 75%") is no more than 100%: nor are its wrong options.
			// "£500 million" has no "£1000 million" beside it: a scale word counts up to 999.
			const most = answer.kind === 'percent' && number.value <= 100 ? 100 : number.value < 1000 && SCALE_WORD.test(answer.text) ? 999 : Infinity;
			const values = niceVariants(number.value, number.decimals).filter((v) => v <= most);
			return mapped(values, (v) => withNumber(answer.text, v, number.decimals, number.grouped));
		}
	}
}

/** "52" → "#", "5.3" → "#.#"; from a thousand on, the thousands count too: "16,141,241" → "#e2", never "10". */
function numberShape(number: string): string {
	if (number.includes('.')) return '#.#';
	const thousands = Math.floor((number.replace(/,/g, '').length - 1) / 3);
	return thousands ? `#e${thousands}` : '#';
}

/**
 * Money and quantities compare by unit and scale ("$6 million" is no option for "$52 billion"):
 * digits become "#", number words "W", so "$52 billion" → "$# billion" and "35" is no "eight".
 */
function shape(text: string): string {
	return text.replace(NUMBER, numberShape).replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi, 'W').toLowerCase();
}

/** "European Space Agency" and "ESA" name one thing. */
function initials(name: string): string {
	let letters = '';
	for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) letters += word[0];
	return letters;
}

/** What the checks on an option need of it, worked out once per text: a name is offered many times. */
interface OptionKey {
	text: string;
	/** answerKey of the text. */
	key: string;
	alias: number;
	initials: string;
}

const optionKey = memoized((text): OptionKey => ({ text, key: answerKey(text), alias: aliasGroup(text), initials: initials(text) }));

function sameThing(a: OptionKey, b: OptionKey): boolean {
	return (a.text.length <= 5 && a.text === b.initials) || (b.text.length <= 5 && b.text === a.initials);
}

export interface DistractorContext {
	entities: readonly Entity[];
	random: Random;
	/** True when the article says the option is right too: such an option is never offered. */
	alsoTrue: (option: string) => boolean;
	/** A finer class than the kind, shared by fair alternatives: "company" vs "organisation". */
	classOf?: (entity: Entity) => string;
	/** Whether an option fits the stem's grammar ("an _____" wants a vowel sound). */
	fits?: (option: string) => boolean;
}

/** Names of one place: "US", "U.S." and "America" are never options against each other. */
const ALIASES = [['us', 'u.s', 'u.s.', 'usa', 'u.s.a', 'u.s.a.', 'united states', 'america'], ['uk', 'u.k', 'u.k.', 'britain', 'great britain', 'united kingdom']];

function aliasGroup(text: string): number {
	const key = text.toLowerCase().replace(/^the /, '');
	return ALIASES.findIndex((group) => group.includes(key));
}

/** Countries with countries, cities and regions with their kind, venues with venues. */
function placeClass(text: string): string {
	const key = text.toLowerCase().replace(/^the /, '');
	if (COUNTRIES.has(key)) return 'country';
	if (CONTINENTS.has(key)) return 'continent or ocean';
	if (CITIES_AND_REGIONS.has(key)) return 'city or region';
	if (PLACE_SUFFIXES.has(key.split(' ').pop() ?? '')) return 'venue';
	return 'other place';
}

/** "Charles I", "Louis XIV": a monarch's name ends in a Roman numeral. */
const REGNAL = /\s[IVX]+$/;

/** A person's name in the answer's form: a surname for a surname, a full name for a full name. */
function personForm(answer: string, name: string): string | undefined {
	// "Maria Full of Grace", "Bill of Rights": a small word inside says it is a title, not a person.
	if (/\s\p{Ll}/u.test(name) && !/\s\p{Ll}/u.test(answer)) return undefined;
	// "William III" beside "Sir _____": a monarch among commoners is ruled out at sight, and the other way round.
	if (REGNAL.test(name) !== REGNAL.test(answer)) return undefined;
	if (answer.includes(' ')) return name.includes(' ') ? name : undefined;
	return name.split(' ').pop();
}

const kinds = new WeakMap<readonly Entity[], Map<EntityKind, Entity[]>>();
const values = new WeakMap<readonly Entity[], Map<string, string[]>>();

/** The article's distinct values of the answer's form ("$# billion") and class ("kilometres"), worked out once per form. */
function similarValues(fromArticle: readonly Entity[], answer: Entity, classOf: (e: Entity) => string): string[] {
	let cache = values.get(fromArticle);
	if (!cache) values.set(fromArticle, (cache = new Map()));
	const form = shape(answer.text);
	const kind = classOf(answer);
	const key = `${form}\u0000${kind}`;
	let list = cache.get(key);
	if (!list) cache.set(key, (list = [...new Set(fromArticle.filter((e) => classOf(e) === kind).map((e) => e.text))].filter((t) => shape(t) === form)));
	return list;
}

/** A shuffled list, or for a long one a random dozen: a long article has hundreds of amounts. */
function sample<T>(items: readonly T[], random: Random): T[] {
	if (items.length <= 24) return random.shuffle(items);
	const picked = new Set<number>();
	while (picked.size < 12) picked.add(Math.floor(random.next() * items.length));
	return mapped([...picked], (i) => items[i]!);
}
const likeNames = new WeakMap<readonly Entity[], Map<string, string[]>>();

/** The article's distinct names of the answer's kind, class and form, worked out once per kind of answer. */
function namesLike(fromArticle: readonly Entity[], answer: Entity, classOf: (e: Entity) => string): string[] {
	let cache = likeNames.get(fromArticle);
	if (!cache) likeNames.set(fromArticle, (cache = new Map()));
	const place = answer.kind === 'place' ? placeClass(answer.text) : '';
	const form = answer.kind === 'person' ? (answer.text.includes(' ') ? 'full' : 'surname') : '';
	const key = `${classOf(answer)}\u0000${place}\u0000${form}\u0000${REGNAL.test(answer.text)}`;
	let names = cache.get(key);
	if (!names) {
		const sameClass = fromArticle.filter((e) => classOf(e) === classOf(answer) && (answer.kind !== 'place' || placeClass(e.text) === place));
		names = [...new Set(sameClass.map((e) => (answer.kind === 'person' ? personForm(answer.text, e.text) : e.text)))].filter((n): n is string => !!n);
		cache.set(key, names);
	}
	return names;
}

/** The article's plain (unhedged, unquoted) entities by kind, worked out once per article. */
function byKind(entities: readonly Entity[]): Map<EntityKind, Entity[]> {
	let map = kinds.get(entities);
	if (!map) {
		map = new Map();
		for (const e of entities) {
			if (e.hedge || e.quoted) continue;
			const list = map.get(e.kind);
			if (list) list.push(e);
			else map.set(e.kind, [e]);
		}
		kinds.set(entities, map);
	}
	return map;
}

/**
 * Three wrong options of the answer's kind and granularity: from the article first (other amounts,
 * other organisations), then made from the answer (neighbouring years, other months, scaled
 * amounts). Fewer than three means no multiple-choice question.
 */
export function distractorsFor(answer: Entity, context: DistractorContext, count = 3): string[] {
	const right = optionKey(answer.text);
	const taken = new Set([right.key]);
	const chosen: OptionKey[] = [];
	const offer = (option: string) => {
		if (chosen.length >= count || !option.trim()) return;
		const wrong = optionKey(option);
		const k = wrong.key;
		if (taken.has(k)) return;
		// One option must not contain another ("Kress" inside "Colette Kress", "Labour" inside "Labour Party").
		if (k.includes(right.key) || right.key.includes(k) || chosen.some((c) => c.key.includes(k) || k.includes(c.key))) return;
		if (wrong.alias >= 0 && (wrong.alias === right.alias || chosen.some((c) => c.alias === wrong.alias))) return;
		if (sameThing(wrong, right) || chosen.some((c) => sameThing(c, wrong))) return;
		if ((context.fits && !context.fits(option)) || context.alsoTrue(option)) return;
		if (AMOUNTS.has(answer.kind) && (givesAnswerAway(answer.text, option) || nearlyEqual(option, answer.text) || chosen.some((c) => nearlyEqual(option, c.text)))) return;
		taken.add(k);
		chosen.push(wrong);
	};
	const classOf = context.classOf ?? (() => '');
	const fromArticle = byKind(context.entities).get(answer.kind) ?? [];
	if (NAMED.has(answer.kind)) {
		// "Maria Full of Grace": a small word inside a person's name says it may be a title; its options could be of another kind.
		if (answer.kind === 'person' && /\s(?!(?:de|da|di|van|von|der|den|du|le|la|bin|al|el|y)\s)\p{Ll}/u.test(answer.text)) return [];
		const names = namesLike(fromArticle, answer, classOf);
		for (const name of sample(names, context.random)) offer(name);
		// No countries from a fixed list: blind reviews found them absurd beside the story ("India" in
		// the Six Nations). Fewer than three of the article's own, and the fact is asked as a gap-fill.
		return mapped(chosen, (c) => c.text);
	}
	if (NUMERIC.has(answer.kind)) {
		for (const option of sample(similarValues(fromArticle, answer, classOf), context.random)) offer(option);
		for (const option of context.random.shuffle(generated(answer))) offer(option);
	}
	return mapped(chosen, (c) => c.text);
}
