import { normalizeAnswer } from '../deck/normalize';
import { fullName } from './entities';
import { DEMONYMS, FIRST_NAMES, isPlace, MONTH_SHORT_FORMS, MONTHS, ORG_SUFFIXES, ROLES, PLACE_SUFFIXES, PRODUCT_SUFFIXES, SAME_COUNTRY, SCALE_SHORT_FORMS, SCALES } from './lexicon';

/** The generic last word of a name ("Festival", "Bank", "Telescope"): alone, any such name fits. */
const GENERIC_HEADS = new Set([...ORG_SUFFIXES, ...PLACE_SUFFIXES, ...PRODUCT_SUFFIXES, 'festival', 'award', 'prize', 'report', 'film', 'radio']);
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

/** "World Trade Organisation" → "WTO"; none for a name of one word, or of a word in lower case. */
function initialsOf(name: string): string | null {
	const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|&)$/i.test(w));
	if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
	return words.map((w) => w.charAt(0)).join('');
}

/** What namesUsedAlone reads of an article, worked out once per article (a 1 MB text has thousands of names). */
interface ArticleNames {
	/** Runs of capital letters ("FAO", "U.S."): initials it may use for a name. */
	acronyms: string[];
	/** Capitalised words after "the" ("the Fed"). */
	clipped: Set<string>;
	/** Maximal runs of capitalised words, each standing alone ("Moody", "Radio 1"), also without an opening "The". */
	runs: Set<string>;
	/** Every word the article writes in lower case. */
	lowerWords: Set<string>;
}

// An opening word, or a courtesy title: "Mr Seifert said" writes "Seifert" alone.
const OPENING = /^(?:The|A|An|In|On|At|But|And|By|For|With|From|As|After|Before|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s/;
const namesMemo = new Map<string, ArticleNames>();
function articleNames(article: string): ArticleNames {
	let names = namesMemo.get(article);
	if (names) return names;
	const runs = new Set<string>();
	for (const [run] of article.matchAll(/(?<![\p{L}\d'’-])[\p{Lu}\d][\p{L}\d.&'’-]*(?: [\p{Lu}\d][\p{L}\d.&'’-]*)*/gu)) {
		const trimmed = run.replace(/[.'’-]+$/, '');
		runs.add(trimmed);
		if (OPENING.test(trimmed)) runs.add(trimmed.replace(OPENING, ''));
	}
	names = {
		acronyms: [...new Set(article.match(/\b\p{Lu}[\p{Lu}.]{1,6}\b/gu) ?? [])],
		clipped: new Set([...article.matchAll(/\bthe (\p{Lu}\p{Ll}{2,4})\b/gu)].map((m) => m[1]!)),
		runs,
		lowerWords: new Set(article.match(/\b\p{Ll}+\b/gu) ?? [])
	};
	if (namesMemo.size > 8) namesMemo.clear();
	namesMemo.set(article, names);
	return names;
}

/**
 * Other names the article itself uses for a name, anywhere in it: its initials ("FAO", "JK"), a
 * clipped word after "the" ("the Fed"), and the end of the name standing alone ("Moody" for "Lewis
 * Moody", "Federal Reserve" for "US Federal Reserve"). A reader who knows the article writes these.
 */
function namesUsedAlone(name: string, article: string): string[] {
	const words = name.split(/\s+/);
	if (!words.every((w) => /^[\p{Lu}\d&]|^(?:of|and|the|for|de|in|on)$/u.test(w))) return [];
	const { acronyms, clipped, runs, lowerWords } = articleNames(article);
	const out: string[] = [];
	for (const short of acronyms) if (short !== name && abbreviates(short, name)) out.push(short);
	for (const word of clipped) if (words.some((w) => w !== word && w.startsWith(word))) out.push(word);
	// "Berlin Festival" for "Berlin Film Festival": a shorter run of the article, the name's own words in order, same first and last.
	if (words.length >= 3) {
		for (const run of runsByFirstWord(article).get(words[0]!) ?? []) {
			const parts = run.split(' ');
			if (parts.length >= 2 && parts.length < words.length && parts[parts.length - 1] === words[words.length - 1] && isSubsequence(parts, words)) out.push(run);
		}
	}
	// The end of the name, as the article writes it alone ("Moody", "Radio 1", "Federal Reserve"); not
	// a first word ("Berlin" of "Berlin Film Festival"), not a generic head ("Festival"), a people
	// ("American" of "Native American") nor a word the article also writes in lower case ("Trade" of
	// "World Trade Organisation": "Trade barriers…").
	for (let from = 1; from < words.length; from++) {
		// Nothing after "of": "South Carolina" of "John C. Calhoun of South Carolina", "England" of "Dominion of New England".
		if (words.slice(0, from).some((w) => !/^[\p{Lu}\d&]/u.test(w))) break;
		const text = words.slice(from).join(' ');
		if (!/^\p{Lu}/u.test(text) || text.length < 3) continue;
		if (from === words.length - 1 && (GENERIC_HEADS.has(text.toLowerCase()) || DEMONYMS.has(text.toLowerCase()) || lowerWords.has(text.toLowerCase()))) continue;
		if (runs.has(text)) out.push(text);
	}
	return out;
}

/** Whether `part` is `whole` with some words left out, in order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
	let i = 0;
	for (const word of whole) if (word === part[i]) i++;
	return i === part.length;
}

const runsMemo = new Map<string, Map<string, string[]>>();
/** The article's runs of capitalised words, by their first word, worked out once per article. */
function runsByFirstWord(article: string): Map<string, string[]> {
	let byFirst = runsMemo.get(article);
	if (byFirst) return byFirst;
	byFirst = new Map();
	// A run may go on past a full stop ("…at the Berlin Festival. The film…"): each sentence's part counts.
	for (const run of articleNames(article).runs) {
		for (const part of run.split(/\.\s+/)) {
			const first = part.split(' ')[0]!;
			byFirst.set(first, [...(byFirst.get(first) ?? []), part.replace(/\.$/, '')]);
		}
	}
	if (runsMemo.size > 8) runsMemo.clear();
	runsMemo.set(article, byFirst);
	return byFirst;
}

const AWARD_HEADS = /^(?:Award|Awards|Prize|Trophy|Medal|Hunt)$/;
const EVENT_HEADS = /^(?:Festival|Summit|Conference|Games|Marathon|Open|Show|Fair|Biennale)$/;
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const SUFFIX = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th');

/**
 * Shorter names a reader writes: "Golden Bear" for "Golden Bear Award", "Federal Reserve" for "US
 * Federal Reserve", "Dechy" for "Nathalie Dechy" (a name that starts with a known first name); "6th" for "sixth".
 */
function shorterNames(text: string, kind: Entity['kind']): string[] {
	const out: string[] = [];
	const ordinal = ORDINALS.indexOf(text.toLowerCase());
	if (ordinal > 0) out.push(`${ordinal}${SUFFIX(ordinal)}`);
	if (!NAMED_KINDS.has(kind)) return out;
	const words = text.split(/\s+/);
	// Only a word that says what kind of thing the name is, added to it: "New York Stock" is no name.
	if (words.length >= 2 && AWARD_HEADS.test(words[words.length - 1]!)) out.push(words.slice(0, -1).join(' '));
	if (words.length >= 3 && /^(?:US|UK|EU|UN)$/.test(words[0]!)) out.push(words.slice(1).join(' '));
	// "Oslo" for "Oslo Film Festival": an event known by the city that holds it.
	if (words.length >= 2 && EVENT_HEADS.test(words[words.length - 1]!) && isPlace(words[0]!)) out.push(words[0]!);
	// "Buddhism" for "Tibetan Buddhism": a belief or a doctrine, by the word that names it.
	if (words.length === 2 && /^\p{Lu}\p{Ll}{3,}ism$/u.test(words[1]!)) out.push(words[1]!);
	// "New York" for "New York City".
	if (kind === 'place' && words.length >= 3 && words[words.length - 1] === 'City') out.push(words.slice(0, -1).join(' '));
	// "Conservative MP Michael Mates", "Rabbi Marvin Hier": the name after the role.
	const role = words.findLastIndex((w) => ROLES.has(w.toLowerCase()) || /^(?:MP|MEP|Rabbi|Reverend|Rev)$/.test(w));
	if (role >= 0 && role < words.length - 1 && words.slice(role + 1).every((w) => /^\p{Lu}/u.test(w))) out.push(words.slice(role + 1).join(' '));
	// A person's name that the tagger did not know for one: a known first name says so ("York" of "New York" is none).
	if (words.length === 2 && kind === 'name' && FIRST_NAMES.has(words[0]!.toLowerCase())) out.push(words[1]!);
	return out;
}

const fullerNamesMemo = new WeakMap<readonly Entity[], { byLast: Map<string, string[]>; byFirst: Map<string, string[]> }>();

/**
 * The article's names of two or three words by their last word (a surname: "Lewis Moody"), and its
 * names of things by their first word ("Baikal Finance Group" for "Baikal"), worked out once per article.
 */
function fullerNames(entities: readonly Entity[]): { byLast: Map<string, string[]>; byFirst: Map<string, string[]> } {
	let names = fullerNamesMemo.get(entities);
	if (names) return names;
	names = { byLast: new Map(), byFirst: new Map() };
	for (const e of entities) {
		const words = e.text.split(' ');
		if (!NAMED_KINDS.has(e.kind) || words.length < 2 || words.length > 3) continue;
		const last = words[words.length - 1]!;
		names.byLast.set(last, [...(names.byLast.get(last) ?? []), e.text]);
		// "Baikal Finance Group", "Labour Party": only a name that says it is an organisation ("Apple Music" is another thing than Apple).
		if ((e.kind === 'organisation' || e.kind === 'name') && ORG_SUFFIXES.has(last.toLowerCase())) names.byFirst.set(words[0]!, [...(names.byFirst.get(words[0]!) ?? []), e.text]);
	}
	fullerNamesMemo.set(entities, names);
	return names;
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

/**
 * The same day written the other way round, and with its day as an ordinal: "17 March 2003",
 * "March 17, 2003", "17th March 2003", "March 17th, 2003".
 */
function otherDateOrder(text: string): string[] {
	const dayFirst = DAY_MONTH.exec(text);
	const monthFirst = dayFirst ? null : MONTH_DAY.exec(text);
	const parts = dayFirst ? { day: dayFirst[1]!, month: dayFirst[2]!, year: dayFirst[3] ?? '' } : monthFirst ? { day: monthFirst[2]!, month: monthFirst[1]!, year: monthFirst[3] ?? '' } : null;
	if (!parts) return [];
	const { day, month, year } = parts;
	const nth = `${Number(day)}${SUFFIX(Number(day))}`;
	const forms = [`${day} ${month}${year}`, `${month} ${day}${year ? `,${year}` : ''}`, `${month} ${day}${year}`, `${nth} ${month}${year}`, `${month} ${nth}${year ? `,${year}` : ''}`, `${month} ${nth}${year}`];
	return forms.filter((form) => form !== text);
}

const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALE_VALUES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "two" → 2, "thirty" → 30, "twenty-five" → 25; undefined for anything else. */
function numberWord(word: string): number | undefined {
	const lower = word.toLowerCase();
	const small = NUMBER_WORDS.indexOf(lower);
	if (small >= 0) return small;
	const [tens, unit] = lower.split('-');
	const t = TENS.indexOf(tens!);
	if (t < 2) return undefined;
	if (unit === undefined) return t * 10;
	const u = NUMBER_WORDS.indexOf(unit);
	return u > 0 && u < 10 ? t * 10 + u : undefined;
}

/** 30000 → "30,000"; 150000000000 → "150 billion" as well, when it is a whole number of a scale. */
function writtenForms(value: number): string[] {
	const out = [value.toLocaleString('en-GB'), String(value)];
	for (const [scale, size] of Object.entries(SCALE_VALUES).reverse()) {
		if (value >= size && value % (size / 10) === 0) {
			out.push(`${value / size} ${scale}`);
			break;
		}
	}
	// "1.5 × 10^11" for 150,000,000,000, as a text on scientific notation writes it (and "1.5x10^11", "1.5e11").
	if (value >= 1e6) {
		const exponent = Math.floor(Math.log10(value));
		const mantissa = Number((value / 10 ** exponent).toPrecision(12));
		out.push(`${mantissa} × 10^${exponent}`, `${mantissa}x10^${exponent}`, `${mantissa}e${exponent}`);
	}
	return out;
}

/**
 * A number written the other way: "two" and "2", "1,372,568" and "1372568", "thirty thousand" and
 * "30,000", "150,000,000,000" and "150 billion", "two years" and "2 years", "six million" and "6 million".
 */
function otherNumberForms(text: string): string[] {
	const word = NUMBER_WORDS.indexOf(text.toLowerCase());
	if (word >= 0) return [String(word)];
	if (/^\d+$/.test(text) && Number(text) < NUMBER_WORDS.length) return [NUMBER_WORDS[Number(text)]!];
	if (/^\d{1,3}(,\d{3})+$/.test(text)) return [text.replace(/,/g, ''), ...writtenForms(Number(text.replace(/,/g, '')))];
	const [first, ...rest] = text.split(/\s+/);
	// "2.5 billion": "2.5bn", and the whole number where it is one.
	const digits = /^\d+(?:\.\d+)?$/.test(first ?? '') ? Number(first) : undefined;
	const digitScale = SCALE_VALUES[rest[0]?.toLowerCase() ?? ''];
	if (digits !== undefined && digitScale && rest.length === 1) {
		const short = (SCALE_SHORT_FORMS[rest[0]!.toLowerCase()] ?? []).flatMap((s) => [`${first}${s}`, `${first} ${s}`]);
		const whole = Number.isInteger(digits * digitScale) ? writtenForms(Math.round(digits * digitScale)).filter((f) => !/[a-z]/.test(f)) : [];
		return [...short, ...whole];
	}
	const value = numberWord(first ?? '');
	if (value === undefined || !rest.length) return [];
	const scale = SCALE_VALUES[rest[0]!.toLowerCase()];
	const out = [`${value} ${rest.join(' ')}`];
	if (scale) {
		const tail = rest.slice(1).join(' ');
		for (const form of writtenForms(value * scale)) out.push(tail ? `${form} ${tail}` : form);
	}
	return out;
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
	for (const form of shorterNames(text, answer.kind)) out.add(form);
	if (NAMED_KINDS.has(answer.kind)) for (const form of namesUsedAlone(text, context.article)) out.add(form);
	for (const form of SAME_COUNTRY.find((names) => names.includes(text)) ?? []) out.add(form);
	// "GameBoys" for "Nintendo GameBoys": the maker before a product, when the article names the maker as an organisation.
	const [maker, ...made] = text.split(' ');
	if ((answer.kind === 'product' || answer.kind === 'name') && made.length && /^\p{Lu}/u.test(made[0]!) && context.entities.some((e) => e.kind === 'organisation' && e.text === maker)) out.add(made.join(' '));
	// "WTO" for "World Trade Organisation": an organisation's initials, whether or not the article uses them.
	if (answer.kind === 'organisation') {
		const initials = initialsOf(text);
		if (initials) out.add(initials);
	}
	// "Moody" as the answer: "Lewis Moody", as the article names him elsewhere, is right too.
	// Not when two people share the name ("Jarek Kujda" and his sister): the other is no right answer.
	const fuller = new Set(NAMED_KINDS.has(answer.kind) && !text.includes(' ') ? (fullerNames(context.entities).byLast.get(text) ?? []) : []);
	if (fuller.size === 1) for (const name of fuller) out.add(name);
	// "Baikal" as the answer: "Baikal Finance Group", the article's full name for it, is right too.
	const longer = new Set((answer.kind === 'organisation' || answer.kind === 'name') && !text.includes(' ') ? (fullerNames(context.entities).byFirst.get(text) ?? []) : []);
	if (longer.size === 1) for (const name of longer) out.add(name);
	// "New York" for "Province of New York": the place a province, a state or a kingdom is named after.
	const named = /^(?:Province|State|Kingdom|Republic|Colony|Duchy|County|Isle|Commonwealth) of (\p{Lu}.+)$/u.exec(text);
	if (named) out.add(named[1]!);
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
			// "John Doe of Ohio": the name is what comes before "of", when what follows is a place. Any
			// other small word inside says the name may be a title ("Maria Full of Grace"): nothing of it stands alone.
			const of = /^(.+?)\s+of\s+(.+)$/.exec(text);
			const ofPlace = of && context.entities.some((e) => e.kind === 'place' && e.text === of[2]);
			const name = ofPlace ? of[1]! : text;
			if (/\s\p{Ll}/u.test(name) || (ofPlace && !name.includes(' '))) break;
			if (name !== text) out.add(name);
			const parts = name.split(' ');
			if (parts.length > 1) out.add(parts[parts.length - 1]!);
			// "Conservative MP Michael Mates", "Rabbi Marvin Hier": the name without the words before it.
			if (parts.length > 2) out.add(parts.slice(-2).join(' '));
			// A surname alone as the answer: the name in full is right too, wherever the article gives it.
			else {
				out.add(fullName(answer, context.entities));
				const full = new Set(context.entities.filter((e) => e.kind === 'person' && e.text.endsWith(` ${text}`)).map((e) => e.text));
				if (full.size === 1) for (const name of full) out.add(name);
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
