import { mapped } from './arrays';
import {
	CORPORATE_VERBS,
	DEMONYMS,
	FIRST_NAMES,
	HEDGES,
	MONTH_SET,
	ORG_DESCRIPTORS,
	ORG_SUFFIXES,
	PLACE_SUFFIXES,
	PRODUCT_SUFFIXES,
	ROLES,
	SPEECH_VERBS,
	WEEKDAYS,
	isPlace
} from './lexicon';
import type { Entity, EntityKind, Sentence, Token } from './types';

const FISCAL_PERIOD = /\b(?:fiscal (?:year )?)?(?:Q[1-4]|H[12]|(?:first|second|third|fourth) quarter)(?: (?:of )?(?:fiscal )?(?:19|20)\d{2})?\b|\bfiscal (?:year )?(?:19|20)\d{2}\b/gi;
const VAGUE = /^(a )?(few|several|many|some|couple|number)\b/i;
const YEAR = /^(1[5-9]|20)\d{2}$/;

/** The optional fields of an entity, given when it is made. */
type EntityExtras = Pick<Entity, 'hedge' | 'role' | 'roleOf'>;

// Every entity is built by one object literal with every field, the optional ones undefined when
// absent, and never spread or extended afterwards: V8 then gives all entities one hidden class.
// Spread copies (`{ ...entity, kind }`) and fields added later gave them several, and some a new
// one each time, so code reading entities kept being deoptimised and recompiled.
function entity(kind: EntityKind, text: string, start: number, end: number, sentence: number, tokenStart: number, tokenEnd: number, quoted: boolean, extras: EntityExtras): Entity {
	return { kind, text, start, end, sentence, tokenStart, tokenEnd, hedge: extras.hedge, role: extras.role, roleOf: extras.roleOf, quoted };
}

const NO_EXTRAS: EntityExtras = {};

function makeEntity(sentence: Sentence, kind: EntityKind, tokenStart: number, tokenEnd: number, extras: EntityExtras = NO_EXTRAS): Entity {
	const first = sentence.tokens[tokenStart]!;
	const last = sentence.tokens[tokenEnd - 1]!;
	const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
	const quoted = sentence.tokens.slice(tokenStart, tokenEnd).some((t) => t.quoted);
	return entity(kind, text, first.start, last.end, sentence.index, tokenStart, tokenEnd, quoted, extras);
}

/** The same entity with another kind. */
function withKind(e: Entity, kind: EntityKind): Entity {
	return entity(kind, e.text, e.start, e.end, e.sentence, e.tokenStart, e.tokenEnd, e.quoted, e);
}

/** The hedges as words, split once: "more than" → ["more", "than"]. In the order of HEDGES (first match wins). */
const HEDGE_WORDS = HEDGES.map((hedge) => ({ hedge, parts: hedge.split(' ') }));

/** The hedge that ends just before token `end` ("nearly", "more than"), if any. */
function hedgeBefore(tokens: readonly Token[], end: number): string | undefined {
	return HEDGE_WORDS.find(({ parts }) => {
		const start = end - parts.length;
		return start >= 0 && parts.every((p, k) => tokens[start + k]!.text.toLowerCase() === p);
	})?.hedge;
}

/** The hedge that starts at token `start` and is not the whole span, if any: "around" in "around 5%". */
function hedgeAt(tokens: readonly Token[], start: number, end: number): string | undefined {
	return HEDGE_WORDS.find(({ parts }) => start + parts.length < end && parts.every((p, k) => tokens[start + k]!.text.toLowerCase() === p))?.hedge;
}

/** Dates, money, percentages, quantities and durations, from wink's tags, with our own rules on top. */
function numericEntities(sentence: Sentence): Entity[] {
	const { tokens } = sentence;
	const found: Entity[] = [];
	for (const tag of sentence.tagged) {
		let start = tag.tokenStart;
		const end = tag.tokenEnd;
		// wink reads "since 1985" as a duration: the year is the fact, "since" stays in the stem.
		if (end - start > 1 && /^(since|until|till|by|from|in)$/i.test(tokens[start]!.text)) start++;
		// "£500 million" that wink tags from "500" on: the currency sign belongs to the amount.
		const currency = start > 0 && /^[$€£¥₹]$/.test(tokens[start - 1]!.text);
		if (currency) start--;
		// wink keeps "around" inside "around 5%": the hedge goes to the stem.
		const inner = hedgeAt(tokens, start, end);
		if (inner) start += inner.split(' ').length;
		const hedge = inner ?? hedgeBefore(tokens, start);
		let last = end;
		// "4.6 billion years ago": the span of time is the fact, "ago" stays in the stem.
		if ((tag.type === 'DATE' || tag.type === 'DURATION') && tokens[last - 1]?.text.toLowerCase() === 'ago' && last - start > 1) last--;
		const words = tokens.slice(start, last);
		// "between 2016 and 2017", "from 1961 to 1968": two years, each a fact; the range is none.
		const years = words.filter((t) => YEAR.test(t.text));
		if (years.length === 2 && words.every((t) => YEAR.test(t.text) || /^(between|and|from|to|-|–)$/i.test(t.text))) {
			for (const year of years) {
				const at = tokens.indexOf(year);
				found.push(makeEntity(sentence, 'year', at, at + 1));
			}
			continue;
		}
		const text = mapped(words, (t) => t.text).join(' ');
		const kind = currency ? 'money' : last < end ? (words.some((t) => /\d/.test(t.text)) ? 'duration' : undefined) : numericKind(tag.type, words, tokens[end]);
		if (kind && !VAGUE.test(text)) found.push(makeEntity(sentence, kind, start, last, { hedge }));
	}
	// Fiscal periods: "fiscal Q1 2026" is not calendar Q1, and wink sees only "2026" in it.
	for (const match of sentence.text.matchAll(FISCAL_PERIOD)) {
		const from = sentence.start + match.index;
		const to = from + match[0].length;
		const start = tokens.findIndex((t) => t.start >= from);
		let end = start;
		while (end < tokens.length && tokens[end]!.end <= to) end++;
		if (start < 0 || end <= start) continue;
		for (let i = found.length - 1; i >= 0; i--) {
			if (found[i]!.tokenStart < end && found[i]!.tokenEnd > start) found.splice(i, 1);
		}
		found.push(makeEntity(sentence, 'fiscal-period', start, end));
	}
	return found;
}

function numericKind(type: string, words: Token[], next: Token | undefined): EntityKind | undefined {
	const lower = mapped(words, (t) => t.text.toLowerCase());
	switch (type) {
		case 'MONEY':
			// wink reads "47.5 pounds" as money; without a currency sign or word it is a weight.
			if (!words.some((t) => /\d/.test(t.text))) return undefined;
			return words.some((t) => /^([$€£¥₹]|US\$|dollars?|euros?|yen|yuan|rupees?|francs?|cents?|sterling)$/i.test(t.text)) ? 'money' : 'quantity';
		case 'TIME':
			return words.some((t) => /\d/.test(t.text)) ? 'time' : undefined;
		case 'PERCENT':
			return 'percent';
		case 'DURATION':
			if (words.length === 1 && YEAR.test(lower[0]!)) return 'year';
			return words.some((t) => /\d/.test(t.text) || t.pos === 'NUM') ? 'duration' : undefined;
		case 'DATE': {
			const hasMonth = lower.some((w) => MONTH_SET.has(w.replace(/\.$/, '')));
			const hasYear = lower.some((w) => YEAR.test(w));
			if (lower.some((w) => WEEKDAYS.has(w)) && !hasMonth) return undefined;
			if (hasMonth && (hasYear || lower.some((w) => /^\d{1,2}(st|nd|rd|th)?$/.test(w)))) return 'date';
			if (hasMonth && lower.length === 1) return 'month';
			if (hasYear && lower.length === 1) return 'year';
			return undefined;
		}
		case 'CARDINAL': {
			if (words.length === 1 && YEAR.test(lower[0]!) && !(next && next.pos === 'NOUN' && /s$/.test(next.text))) return 'year';
			// A count of something: "88,966 fans", "three astronauts"; a bare "one" is not a fact.
			if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && (words.some((t) => /\d/.test(t.text)) || lower[0] !== 'one')) return 'quantity';
			return words.some((t) => /\d{2,}/.test(t.text)) ? 'quantity' : undefined;
		}
		default:
			return undefined;
	}
}

const CONNECTORS = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'la', 'le', '&']);
const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den']);

/** Capitalised, or a brand written with its capital second ("iPhone", "eBay"). */
function isCapitalised(token: Token): boolean {
	return /^[\p{Lu}\d]|^\p{Ll}\p{Lu}/u.test(token.text);
}

/** Words that end a product's name: "Vision Pro", "iPhone 15 Pro Max", "MacBook Air". */
const PRODUCT_TAILS = new Set(['Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'Air', 'Lite']);

function isNameToken(token: Token): boolean {
	if (token.pos !== 'PROPN' && !(token.pos === 'NOUN' && /^\p{Lu}/u.test(token.text) && /\p{Ll}|\d/u.test(token.text) === false && token.text.length > 1)) {
		return token.pos === 'PROPN';
	}
	return isCapitalised(token) && !MONTH_SET.has(token.text.toLowerCase()) && !WEEKDAYS.has(token.text.toLowerCase());
}

/** Runs of proper nouns, glued across "Qwen2" "." "5-Omni-7B" and joined by "of"/"&" (Bank of England). */
function nameRuns(sentence: Sentence): [number, number][] {
	const { tokens } = sentence;
	const runs: [number, number][] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isNameToken(tokens[i]!)) {
			i++;
			continue;
		}
		const first = i;
		// "von der Leyen said": the particles of a surname begin it, in lower case.
		while (i > 0 && SURNAME_PARTICLES.has(tokens[i - 1]!.text) && runs[runs.length - 1]?.[1] !== i - 1) i--;
		// "outside Downing Street": a capitalised word inside the sentence that the tagger took for a
		// verb ("Downing") begins the name after it.
		if (i === first && i > 1 && tokens[i - 1]!.pos === 'VERB' && isCapitalised(tokens[i - 1]!) && /^\p{Ll}/u.test(tokens[i - 2]!.text) && runs[runs.length - 1]?.[1] !== i - 1) i--;
		let end = first + 1;
		for (;;) {
			const next = tokens[end];
			if (!next) break;
			const glued = next.start === tokens[end - 1]!.end;
			if (isNameToken(next) || PRODUCT_TAILS.has(next.text)) end++;
			else if (glued && /^[.\-/\d]/.test(next.text) && tokens[end + 1]?.start === next.end && /^[\p{Lu}\d]/u.test(tokens[end + 1]!.text)) end += 2;
			else if (CONNECTORS.has(next.text.toLowerCase()) && tokens[end + 1] && isNameToken(tokens[end + 1]!) && !personFromPlace(tokens, i, end)) end += 2;
			// "National Center for Cardiovascular Diseases": "for" inside an institution's name.
			else if (next.text === 'for' && isInstitution(tokens[end - 1]!.text) && tokens[end + 1] && isNameToken(tokens[end + 1]!)) end += 2;
			// "Ursula von der Leyen", "Rafael van der Vaart": two particles.
			else if (CONNECTORS.has(next.text.toLowerCase()) && CONNECTORS.has(tokens[end + 1]?.text.toLowerCase() ?? '') && tokens[end + 2] && isNameToken(tokens[end + 2]!)) end += 3;
			// "Competition and Markets Authority"; not "President Joe Biden and European Commission …".
			else if (next.text === 'and' && endsWithOrgSuffix(tokens, end + 1) && !tokens.slice(i, end).some((t) => FIRST_NAMES.has(t.text.toLowerCase()))) end += 2;
			else break;
		}
		// "Ariane 5", "Apollo 11", "Saturn V": a model number belongs to the name.
		const number = tokens[end];
		const after = tokens[end + 1];
		if (number && /^(\d{1,4}|[IVX]{1,4})$/.test(number.text) && !YEAR.test(number.text) && after?.pos !== 'NUM' && number.start === tokens[end - 1]!.end + 1) end++;
		runs.push([i, end]);
		i = end;
	}
	return runs;
}

/**
 * "Jasmine Paolini of Italy", "John C. Calhoun of South Carolina": a name of two words or more, not
 * an organisation's ("Serum Institute of India"), then "of" and a place (or, after a first name, a
 * state or region named by its direction), is a person and where they are from, not one name.
 */
function personFromPlace(tokens: Token[], start: number, of: number): boolean {
	if (tokens[of]!.text !== 'of' || of - start < 2 || ORG_SUFFIXES.has(tokens[of - 1]!.text.toLowerCase())) return false;
	if (isPlace(tokens[of + 1]!.text)) return true;
	return FIRST_NAMES.has(tokens[start]!.text.toLowerCase()) && /^(?:North|South|East|West|New)$/.test(tokens[of + 1]!.text);
}

/** A word that ends an institution's name: "Institute", "Council", "Center". */
function isInstitution(word: string): boolean {
	const lower = word.toLowerCase();
	return ORG_SUFFIXES.has(lower) || PLACE_SUFFIXES.has(lower);
}

/** "Competition and Markets Authority": an "and" inside a name that ends like an organisation. */
function endsWithOrgSuffix(tokens: Token[], start: number): boolean {
	let k = start;
	while (tokens[k] && isNameToken(tokens[k]!)) k++;
	return k > start && ORG_SUFFIXES.has(tokens[k - 1]!.text.toLowerCase());
}

function wordsOf(tokens: Token[], start: number, end: number): string {
	let out = '';
	for (let k = start; k < end; k++) {
		const t = tokens[k]!;
		out += (k > start && t.start !== tokens[k - 1]!.end ? ' ' : '') + t.text;
	}
	return out;
}

/** The longest role (one to three words) ending just before token `end`. */
function roleBefore(tokens: Token[], end: number): number | undefined {
	for (let length = 3; length >= 1; length--) {
		const start = end - length;
		if (start < 0) continue;
		if (ROLES.has(wordsOf(tokens, start, end).toLowerCase())) return start;
	}
	return undefined;
}

/** The longest role at the start of a run, in its first one to three words. */
function roleAtStart(tokens: Token[], start: number, end: number): number | undefined {
	for (let length = Math.min(3, end - start); length >= 1; length--) {
		if (ROLES.has(wordsOf(tokens, start, start + length).toLowerCase())) return start + length;
	}
	return undefined;
}

/** "Apple has also partnered…": a name that launches, reports or partners is an organisation. */
function isSubjectOfCorporateVerb(tokens: Token[], end: number): boolean {
	let k = end;
	while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
	const verb = tokens[k];
	return !!verb && verb.pos === 'VERB' && CORPORATE_VERBS.has(verb.lemma.toLowerCase()) && !SPEECH_VERBS.has(verb.text.toLowerCase());
}

interface Evidence {
	kind: EntityKind;
	strength: number;
}

/** Proper names, with what the sentence itself says of their kind. */
function nameEntities(sentence: Sentence, seen: WordsSeen): { entity: Entity; evidence: Evidence }[] {
	const { tokens } = sentence;
	const out: { entity: Entity; evidence: Evidence }[] = [];
	for (const run of nameRuns(sentence)) {
		const [, runEnd] = run;
		let [runStart] = run;
		// "Shares of Apple fell": a plural that opens the sentence, and is capitalised nowhere else, is no part of the name.
		if (runStart === 0 && tokens[1]?.text === 'of' && runEnd > 2 && /[^s]s$/.test(tokens[0]!.text) && !seen.capitalisedInside(tokens[0]!.text)) runStart = 2;
		// Split "Nvidia CEO Jensen Huang" into an organisation, a role and a person.
		let cut: { roleStart: number; roleEnd: number } | undefined;
		for (let k = runStart; k < runEnd; k++) {
			const roleEnd = roleAtStart(tokens, k, runEnd);
			if (roleEnd !== undefined && roleEnd < runEnd) {
				cut = { roleStart: k, roleEnd };
				break;
			}
		}
		// "Mission director Tomas Reyes": a word capitalised only because it opens the sentence, and
		// nowhere else, is part of the role, not an organisation that the role is of.
		if (cut && runStart === 0 && cut.roleStart === 1 && !seen.capitalisedInside(tokens[0]!.text)) cut = { roleStart: 0, roleEnd: cut.roleEnd };
		if (cut) {
			const role = wordsOf(tokens, cut.roleStart, cut.roleEnd);
			const previous = tokens[runStart - 1];
			// "Chinese President Xi Jinping": the owner may be an adjective just before the run.
			const owner =
				cut.roleStart > runStart
					? wordsOf(tokens, runStart, cut.roleStart)
					: previous && DEMONYMS.has(previous.text.toLowerCase())
						? previous.text
						: undefined;
			if (owner && cut.roleStart > runStart) {
				const ownerKind: EntityKind = DEMONYMS.has(owner.toLowerCase()) ? 'nationality' : isPlace(owner) ? 'place' : 'organisation';
				out.push({ entity: makeEntity(sentence, ownerKind, runStart, cut.roleStart), evidence: { kind: ownerKind, strength: 3 } });
			}
			// "Mayor of London": what follows the role is what it is of, not a person.
			if (CONNECTORS.has(tokens[cut.roleEnd]!.text.toLowerCase())) continue;
			out.push({
				entity: makeEntity(sentence, 'person', cut.roleEnd, runEnd, { role, roleOf: owner || undefined }),
				evidence: { kind: 'person', strength: 4 }
			});
			continue;
		}
		const name = wordsOf(tokens, runStart, runEnd);
		const words = name.split(/\s+/);
		const before = tokens[runStart - 1];
		const after = tokens[runEnd];
		// A lone capitalised word that opens a sentence ("Standing…") is a name only if the article
		// also capitalises it elsewhere.
		if (runStart === 0 && runEnd === 1 && !seen.capitalisedInside(tokens[0]!.text)) continue;
		const sentenceInitialWord = runStart === 0 && runEnd === 1;
		// "Cupertino-based", "AI-powered": part of an adjective, not a name.
		if (after && after.text === '-' && after.start === tokens[runEnd - 1]!.end) continue;
		const roleStart = roleBefore(tokens, runStart);
		let evidence: Evidence;
		const lastWord = words[words.length - 1]!;
		if (DEMONYMS.has(name.toLowerCase())) evidence = { kind: 'nationality', strength: 5 };
		else if (isPlace(name)) evidence = { kind: 'place', strength: 5 };
		else if (roleStart !== undefined) {
			// "Alibaba’s co-founder Jack Ma", "Chinese President Xi Jinping".
			const possessive = roleStart >= 2 && /^['’]s$/.test(tokens[roleStart - 1]!.text);
			const ownerEnd = possessive ? roleStart - 1 : roleStart;
			const owner = tokens[ownerEnd - 1];
			// "Nordwind Foods chairman": the owner is the whole name before the role, not its last word.
			let ownerStart = ownerEnd - 1;
			while (ownerStart > 0 && isNameToken(tokens[ownerStart - 1]!) && isNameToken(tokens[ownerStart]!)) ownerStart--;
			// "Mission director Tomas Reyes": the first word is capitalised only because it opens the sentence.
			const opensSentence = !possessive && roleStart === 1 && !seen.capitalisedInside(tokens[0]!.text);
			const ownerName =
				owner && !opensSentence && (isNameToken(owner) || DEMONYMS.has(owner.text.toLowerCase()))
					? isNameToken(owner) ? wordsOf(tokens, ownerStart, ownerEnd) : owner.text
					: undefined;
			out.push({
				entity: makeEntity(sentence, 'person', runStart, runEnd, { role: wordsOf(tokens, opensSentence ? 0 : roleStart, runStart), roleOf: ownerName }),
				evidence: { kind: 'person', strength: 4 }
			});
			continue;
		} else if (/\d/.test(name) && !/^\d/.test(name)) evidence = { kind: 'product', strength: 3 };
		else if (ORG_SUFFIXES.has(lastWord.toLowerCase()) || ORG_SUFFIXES.has(name.toLowerCase())) evidence = { kind: 'organisation', strength: 4 };
		else if (PLACE_SUFFIXES.has(lastWord.toLowerCase()) && words.length > 1) evidence = { kind: 'place', strength: 4 };
		else if (PRODUCT_SUFFIXES.has(lastWord.toLowerCase()) && words.length > 1) evidence = { kind: 'product', strength: 4 };
		else if (before && ORG_DESCRIPTORS.has(before.text.toLowerCase()) && before.pos === 'NOUN') evidence = { kind: 'organisation', strength: 3 };
		else if (after && /^['’]s$/.test(after.text) && tokens[runEnd + 1] && ROLES.has(tokens[runEnd + 1]!.text.toLowerCase())) evidence = { kind: 'organisation', strength: 3 };
		else if (words.length >= 2 && words.length <= 4 && FIRST_NAMES.has(words[0]!.toLowerCase())) evidence = { kind: 'person', strength: 3 };
		// "Jane Doe said", and the other way round, "said Jane Doe": who speaks is a person.
		else if (words.length >= 2 && words.length <= 3 && [after, before].some((t) => t && SPEECH_VERBS.has(t.text.toLowerCase()))) evidence = { kind: 'person', strength: 2 };
		else if (isSubjectOfCorporateVerb(tokens, runEnd)) evidence = { kind: 'organisation', strength: 1 };
		else if (sentenceInitialWord) continue;
		else evidence = { kind: 'name', strength: 0 };
		out.push({ entity: makeEntity(sentence, evidence.kind, runStart, runEnd), evidence });
	}
	return out;
}

/**
 * Every entity of every sentence. A name takes the kind that the strongest evidence anywhere in the
 * article gives it, and a surname alone ("Huang") is the person named in full before.
 */
export function findEntities(sentences: readonly Sentence[]): Entity[] {
	const seen = wordsSeen(sentences);
	const names = mapped(sentences, (s) => nameEntities(s, seen));
	const best = new Map<string, Evidence & { role?: string; roleOf?: string }>();
	for (const { entity, evidence } of names.flat()) {
		const known = best.get(entity.text);
		if (!known || evidence.strength > known.strength) best.set(entity.text, { kind: evidence.kind, strength: evidence.strength, role: entity.role, roleOf: entity.roleOf });
		// The organisation that a role belongs to: "Nvidia" in "Nvidia CEO".
		if (entity.roleOf && !DEMONYMS.has(entity.roleOf.toLowerCase()) && !isPlace(entity.roleOf)) {
			const owner = best.get(entity.roleOf);
			if (!owner || owner.strength < 3) best.set(entity.roleOf, { kind: 'organisation', strength: 3 });
		}
	}
	// "Clara Furse" beside "Ms Furse": a name whose last word the article uses alone for a person is that person.
	const surnamesAlone = new Set([...best.entries()].filter(([name, e]) => e.kind === 'person' && !name.includes(' ')).map(([name]) => name));
	for (const [name, e] of best) {
		const words = name.split(' ');
		if (e.kind === 'name' && e.strength < 3 && isTwoOrThreeWords(name) && surnamesAlone.has(words[words.length - 1]!)) best.set(name, { ...e, kind: 'person', strength: 3 });
	}
	const people = mapped([...best.entries()].filter(([, e]) => e.kind === 'person'), ([name]) => name);
	// "Huang" is the surname of "Jensen Huang": later names of people named in full.
	const surnames = new Set(people.flatMap((p) => p.split(' ').slice(1)));
	const entities: Entity[] = [];
	sentences.forEach((sentence, index) => {
		const numeric = numericEntities(sentence);
		const own: Entity[] = [];
		for (const { entity } of names[index]!) {
			const evidence = best.get(entity.text);
			let kind = evidence?.kind ?? entity.kind;
			const surname = !entity.text.includes(' ') && surnames.has(entity.text);
			if (surname && (evidence?.strength ?? 0) < 3) kind = 'person';
			if (kind === 'name') {
				// A capitalised word that the article also writes in lower case ("Models like…") is no name.
				if (seen.inLowerCase(entity.text)) continue;
				if (/^\p{Lu}{2,5}$/u.test(entity.text)) kind = 'term';
			}
			const overlaps = numeric.some((n) => n.tokenStart < entity.tokenEnd && n.tokenEnd > entity.tokenStart && n.kind !== 'quantity');
			if (!overlaps) own.push(withKind(entity, kind));
		}
		own.push(...numeric.filter((n) => n.kind !== 'quantity' || !own.some((e) => e.tokenStart < n.tokenEnd && e.tokenEnd > n.tokenStart)));
		entities.push(...own);
	});
	shareKindsInLists(sentences, entities);
	for (const entity of entities) {
		const tokens = sentences[entity.sentence]!.tokens;
		// "Phil Spencer, the chief executive of…", "Bobby Kotick, who has run…": people.
		if (entity.kind === 'name' && isTwoOrThreeWords(entity.text)) {
			if (tokens[entity.tokenEnd]?.text === ',' && /^(who|whose)$/i.test(tokens[entity.tokenEnd + 1]?.text ?? '')) entity.kind = 'person';
			else if (appositiveRole(sentences[entity.sentence]!, entity)) entity.kind = 'person';
		}
		if (entity.kind === 'person' && !entity.role) appositiveRole(sentences[entity.sentence]!, entity);
		joinHyphenated(sentences[entity.sentence]!, entity);
	}
	return entities.filter((entity) => !insideRole(entity, entities)).sort((a, b) => a.start - b.start);
}

/** "Webb's Near-Infrared Camera": a name begun before a hyphen begins there ("Near-"), not after it. */
function joinHyphenated(sentence: Sentence, entity: Entity): void {
	if (entity.kind !== 'product' && entity.kind !== 'organisation' && entity.kind !== 'name') return;
	const tokens = sentence.tokens;
	const hyphen = tokens[entity.tokenStart - 1];
	const first = tokens[entity.tokenStart - 2];
	if (!hyphen || !first || hyphen.text !== '-' || first.end !== hyphen.start || hyphen.end !== entity.start || !/^\p{Lu}/u.test(first.text)) return;
	entity.tokenStart -= 2;
	entity.start = first.start;
	entity.text = sentence.text.slice(entity.start - sentence.start, entity.end - sentence.start);
}

/** "Vice" of "Vice President Kamala Harris" is part of her role, not a name of its own. */
function insideRole(entity: Entity, entities: readonly Entity[]): boolean {
	if (entity.kind !== 'name') return false;
	return entities.some((person) => {
		if (person.kind !== 'person' || !person.role || person.sentence !== entity.sentence || entity.end > person.start) return false;
		const roleStart = person.start - person.role.length - 1;
		return entity.start >= roleStart;
	});
}

function isTwoOrThreeWords(text: string): boolean {
	const words = text.split(' ').length;
	return words >= 2 && words <= 3;
}

interface WordsSeen {
	/** The word is written, capitalised, somewhere other than at the start of a sentence. */
	capitalisedInside(word: string): boolean;
	/** The word, in lower case, is written so somewhere in the article. */
	inLowerCase(word: string): boolean;
}

/**
 * What the article writes where, for the two questions above. One set of token texts answers both:
 * the case is checked on the word asked about, not on every token of the article.
 */
function wordsSeen(sentences: readonly Sentence[]): WordsSeen {
	const opening = new Set<string>();
	const inside = new Set<string>();
	for (const sentence of sentences) {
		const tokens = sentence.tokens;
		if (tokens.length) opening.add(tokens[0]!.text);
		for (let i = 1; i < tokens.length; i++) inside.add(tokens[i]!.text);
	}
	return {
		capitalisedInside: (word) => /^\p{Lu}/u.test(word) && inside.has(word),
		inLowerCase: (word) => {
			const lower = word.toLowerCase();
			return /^\p{Ll}/u.test(lower) && (inside.has(lower) || opening.has(lower));
		}
	};
}

/** "Boris Johnson, the former Mayor of London, …" and "Phil Spencer, chief executive of Microsoft Gaming, …". */
function appositiveRole(sentence: Sentence, person: Entity): boolean {
	const tokens = sentence.tokens;
	let k = person.tokenEnd;
	if (tokens[k]?.text !== ',') return false;
	k++;
	const start = k;
	while (tokens[k] && ['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART', 'CCONJ'].includes(tokens[k]!.pos) && tokens[k]!.text !== ',') k++;
	if (tokens[k]?.text !== ',' && tokens[k]?.text !== '.' && k < tokens.length) return false;
	const phrase = tokens.slice(start, k);
	const words = mapped(phrase, (t) => t.text.toLowerCase());
	const roleAt = words.findIndex((_, i) => ROLES.has(words.slice(i, i + 2).join(' ')) || ROLES.has(words[i]!));
	if (roleAt < 0 || phrase.length > 9) return false;
	const text = sentence.text.slice(phrase[0]!.start - sentence.start, phrase[phrase.length - 1]!.end - sentence.start);
	person.role = text.replace(/^(the|a|an)\s+/i, '');
	return true;
}

/** Names listed with others ("DeepSeek, Alibaba, Tencent and Baidu") take the kind their known peers share. */
function shareKindsInLists(sentences: readonly Sentence[], entities: Entity[]): void {
	const bySentence = new Map<number, Entity[]>();
	for (const e of entities) {
		const list = bySentence.get(e.sentence);
		if (list) list.push(e);
		else bySentence.set(e.sentence, [e]);
	}
	for (const [index, list] of bySentence) {
		const tokens = sentences[index]!.tokens;
		const names = list.filter((e) => ['organisation', 'person', 'place', 'product', 'name'].includes(e.kind)).sort((a, b) => a.tokenStart - b.tokenStart);
		for (let i = 0; i < names.length; i++) {
			let j = i;
			while (names[j + 1] && tokens.slice(names[j]!.tokenEnd, names[j + 1]!.tokenStart).every((t) => /^(,|and|or|&)$/.test(t.text))) j++;
			const group = names.slice(i, j + 1);
			const known = mapped(group.filter((e) => e.kind !== 'name'), (e) => e.kind);
			if (group.length >= 3 && known.length && known.every((k) => k === known[0])) {
				for (const e of group) if (e.kind === 'name') e.kind = known[0]!;
			}
			i = j;
		}
	}
}

/** The full name of the person a surname stands for, when the article named them in full. */
export function fullName(entity: Entity, all: readonly Entity[]): string {
	if (entity.kind !== 'person' || entity.text.includes(' ')) return entity.text;
	const full = all.find((e) => e.kind === 'person' && e.text.split(' ').slice(1).includes(entity.text) && e.start < entity.start);
	return full?.text ?? entity.text;
}
