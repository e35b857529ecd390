import { normalizeText } from '../deck/normalize';
import { acceptedVariants } from './accept';
import { makeAlsoTrue } from './also-true';
import { mapped } from './arrays';
import { distractorsFor } from './distractors';
import { rejection, similarWords, takesArticle, type Draft, type FilterContext } from './filters';
import { answerKey, memoized, wordSet } from './text-forms';
import { fullName } from './entities';
import { ORG_DESCRIPTORS, ROLES } from './lexicon';
import type { Random } from './random';
import { renderSentence, type Edit, type SentenceReferences } from './references';
import type { Block, Entity, EntityKind, Sentence, Token } from './types';
import { standaloneClause, whQuestion } from './wh-question';

export const GAP = '_____';

/** What each kind of answer is worth asking about; names of things the article is about rank high. */
const KIND_WEIGHT: Partial<Record<EntityKind, number>> = {
	money: 5,
	percent: 5,
	date: 5,
	person: 5,
	product: 4,
	'fiscal-period': 3,
	year: 4,
	month: 4,
	quantity: 4,
	duration: 3,
	organisation: 3,
	time: 4,
	name: 3,
	place: 2,
	term: 2
};

export interface Fact {
	id: string;
	sentence: Sentence;
	answer: Entity;
	score: number;
	/** The sentence leans on the one before ("It can also…", "That partnership…"): the stem quotes both. */
	context?: Sentence;
	/** The sentence goes on a quotation begun before it: the stem names who said it. */
	speaker?: string;
}

export interface Candidate extends Draft {
	factKey: string;
	score: number;
}

export interface BuildContext {
	blocks: readonly Block[];
	sentences: readonly Sentence[];
	entities: readonly Entity[];
	/** The entities of each sentence, by sentence index. */
	entitiesOf: readonly (readonly Entity[])[];
	references: readonly SentenceReferences[];
	random: Random;
	article: string;
	apostrophe: string;
}

/** Numbers said in a quotation are facts too ("will grow to nearly $50 billion"); names in one are not. */
const QUOTABLE: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'quantity', 'year', 'date']);

/** normalizeText of a sentence, remembered: each is asked about several answers. */
const normalizedSentence = memoized(normalizeText);

function isAskable(entity: Entity, sentence: Sentence, attributed: boolean): boolean {
	// Acronyms such as "AI" or "GDP" are vocabulary, not facts; so are short unknown names ("YoY").
	if (entity.kind === 'term' && /^\p{Lu}{2,5}$/u.test(entity.text)) return false;
	if (entity.kind === 'name' && entity.text.length <= 3) return false;
	if (!KIND_WEIGHT[entity.kind] || (entity.quoted && !attributed && !QUOTABLE.has(entity.kind))) return false;
	if (spelledOutBeside(sentence.tokens, entity.tokenStart, entity.tokenEnd)) return false;
	// The same words twice in a sentence make a gap that the stem fills itself.
	const key = answerKey(entity.text);
	const text = normalizedSentence(sentence.text);
	const first = text.indexOf(key);
	return first >= 0 && text.indexOf(key, first + 1) < 0;
}

/** Longer than any sentence a teacher would ask about: a list, a table or garbage. */
const LONGEST_SENTENCE = 90;

/** "the largest audience", "the most powerful rocket": records are what a teacher asks about. */
function isSuperlative(text: string): boolean {
	return /\b(\w+est|most \w+|least \w+)\b/i.test(text) && !/\b(interest|forest|west|test|rest|request|protest|contest|harvest|chest|guest|quest|crest|nest|pest|vest|best)\b/i.test(text);
}

function scoreFact(entity: Entity, counts: Map<string, number>, sentence: Sentence, firstMention: boolean): number {
	let score = KIND_WEIGHT[entity.kind] ?? 0;
	if (entity.kind === 'term' && isSuperlative(entity.text)) score += 2;
	const seen = counts.get(entity.text) ?? 0;
	if (seen > 3) score -= 2;
	// Where a name first appears is where the article says what it is.
	if (firstMention && seen > 1) score += 1;
	if (sentence.tokens.length > 45) score -= 1;
	if (entity.quoted) score -= QUOTABLE.has(entity.kind) ? 0.5 : 1.5;
	return score;
}

const GENERIC_NOUNS = new Set('reporters journalists officials fans analysts experts crowd spectators viewers readers series decision decisions track course board hold top question questions issue issues matter fact facts year years time times people way ways thing things part parts number numbers percent comments reasons reason lot lots kind kinds change changes findings study studies critics members approach force morning afternoon evening night history detail details team teams ability abilities capability capabilities half second seconds minute minutes hour hours day days week weeks month months metres meters centimetres centimeters millimetres millimeters feet inches miles kilometres kilometers grams kilograms pounds tonnes tons litres liters world country countries company companies business businesses government state states group groups end side case point place places home area areas man men woman women others other event events share shares work'.split(' '));
/** Nouns of set phrases that only frame a fact: "on the sidelines of", "in the wake of", "on behalf of". */
const FRAMING_NOUNS = new Set('sidelines wake face midst behalf heels brink verge backdrop outset eve run-up lead-up aftermath light terms expense basis hands spite lieu account favour favor line'.split(' '));
const REPORTING_VERBS = new Set('show shows suggest suggests say says mean means indicate indicates prove proves confirm confirms find finds'.split(' '));
const ADVERBS_TAKEN_FOR_NOUNS = new Set(['right', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'here', 'there', 'ago', 'home']);
const FRAMING_OPENER = /^(Speaking|Talking|Addressing|Writing)$/;
const WEAK_ADJECTIVES = new Set('new several many other last first second next more some few such own same various certain major big small large high low good great recent further'.split(' '));

/**
 * Key phrases that are no names (Becker et al.: most good gap-fills are not on named entities):
 * noun phrases whose words the article uses once or twice — "scrutiny", "military use",
 * "quarantine". At most one per sentence, ranked below names and numbers.
 */
function keyTerms(sentence: Sentence, taken: readonly Entity[], wordCounts: Map<string, number>, count: number): Entity[] {
	const tokens = sentence.tokens;
	const lemmas = tokens.map((t) => t.lemma.toLowerCase());
	// "Speaking with reporters at the expo opening, Huang said…": the opening clause only sets the scene.
	const sceneEnd = FRAMING_OPENER.test(tokens[0]?.text ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
	const found: Entity[] = [];
	let i = 0;
	// "the only planet right now": words of time and place that the tagger may take for nouns end a phrase.
	const inPhrase = (t: Token) => ['ADJ', 'NOUN'].includes(t.pos) && !ADVERBS_TAKEN_FOR_NOUNS.has(t.text.toLowerCase());
	while (i < tokens.length) {
		if (!inPhrase(tokens[i]!)) {
			i++;
			continue;
		}
		let j = i;
		while (j < tokens.length && (inPhrase(tokens[j]!) || (tokens[j]!.text === '-' && tokens[j]!.start === tokens[j - 1]?.end))) j++;
		let end = j;
		while (end > i && tokens[end - 1]!.pos !== 'NOUN') end--;
		// "the last major regulator standing in the way": a participle after the noun is no part of it;
		// nor is a verb of saying before "that" ("Our findings show that…").
		while (end - i >= 2 && /ing$/i.test(tokens[end - 1]!.text) && tokens[end - 2]!.pos === 'NOUN') end--;
		if (end - i >= 2 && REPORTING_VERBS.has(tokens[end - 1]!.text.toLowerCase()) && /^that$/i.test(tokens[end]?.text ?? '')) end--;
		let start = i;
		while (start < end && WEAK_ADJECTIVES.has(tokens[start]!.text.toLowerCase())) start++;
		// "will face strict requirements", "to slow innovation": a word after "will" or "to" is a verb.
		if (start > 0 && /^(will|would|can|could|shall|should|may|might|must|to)$/i.test(tokens[start - 1]!.text) && tokens[start - 1]!.pos !== 'ADP') start++;
		if (end - start > 3) start = end - 3;
		const words = tokens.slice(start, end).map((t) => t.text.toLowerCase());
		const head = words[words.length - 1] ?? '';
		const overlaps = taken.some((e) => e.tokenStart < end && e.tokenEnd > start);
		// "rival those from Western rivals", "Q4 revenues … revenue growth": the sentence gives it away.
		const headLemma = lemmas[end - 1];
		const repeated = lemmas.some((lemma, k) => (k < start || k >= end) && lemma === headLemma);
		// The head noun is rare in the article; its modifiers ("largest", "public") may be common.
		const rare = (wordCounts.get(headLemma ?? head) ?? 0) <= 2 || isSuperlative(tokens.slice(start, end).map((t) => t.text).join(' '));
		// Not part of a hyphenated word ("five-layer sunshield", "deeper chain-of-thought"), and not a
		// noun that is really a verb ("programme cost about $25 billion").
		const glued = (start > 0 && tokens[start - 1]!.end === tokens[start]!.start) || (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end);
		const next = tokens[end];
		// "…on 18 January 2022, offering $95 per share": neither is a word ending in -ing after a comma.
		const verbLike =
			(!!next && (['DET', 'NUM', 'SYM'].includes(next.pos) || /^(about|around|nearly|some|more|over|by|[$£€¥])$/i.test(next.text))) ||
			(end - start === 1 && /ing$/i.test(head) && tokens[start - 1]?.text === ',') ||
			// "Tchouaméni shot wide", "which it says gels “…”": a lone noun between a name and an
			// adverb, or straight after a subject pronoun or "says", is a verb the tagger took for a noun.
			(end - start === 1 && takenForNoun(tokens[start - 1], next));
		const phrase = tokens.slice(start, end).map((t) => t.text).join(' ');
		// A generic head is fine under a superlative: "the largest smartphone company".
		const generic = GENERIC_NOUNS.has(head) && !(end - start >= 2 && isSuperlative(phrase));
		// "on the sidelines of the expo": a framing noun alone, before "of" or "to", is no fact.
		const framing = (end - start === 1 && FRAMING_NOUNS.has(head) && /^(of|to)$/i.test(next?.text ?? '')) || end <= sceneEnd;
		// "meet that goal": what the phrase stands for is in another sentence.
		const pointsBack = start > 0 && /^(this|that|these|those)$/i.test(tokens[start - 1]!.text);
		// "artificial intelligence (AI)": the initials after the gap spell the answer out.
		const spelledOut = spelledOutBeside(tokens, start, end);
		if (end > start && head.length >= 4 && !generic && !framing && !pointsBack && !spelledOut && !overlaps && !repeated && rare && !glued && !verbLike && /^\p{Ll}/u.test(tokens[start]!.text)) {
			const first = tokens[start]!;
			const last = tokens[end - 1]!;
			found.push({
				kind: 'term',
				text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
				start: first.start,
				end: last.end,
				sentence: sentence.index,
				tokenStart: start,
				tokenEnd: end,
				quoted: false
			});
		}
		i = j;
	}
	// A superlative ("the largest audience") is what a teacher asks first; then the longest phrase.
	const rank = (e: Entity) => (isSuperlative(e.text) ? 1 : 0);
	return found.sort((a, b) => rank(b) - rank(a) || b.text.length - a.text.length).slice(0, count);
}

const SUBJECT_PRONOUNS = /^(i|you|he|she|it|we|they)$/i;

function takenForNoun(before: Token | undefined, after: Token | undefined): boolean {
	if (!before) return false;
	if (before.pos === 'PROPN') return after?.pos === 'ADV' || after?.pos === 'ADJ';
	return (SUBJECT_PRONOUNS.test(before.text) || SPEECH.test(before.text)) && !['VERB', 'AUX', 'NOUN'].includes(after?.pos ?? '');
}

const NOT_IN_INITIALS = new Set(['-', 'and', 'of', 'the', 'for', '&']);

function initialsOf(tokens: readonly Token[]): string {
	let letters = '';
	// An abbreviation in the name counts whole: "UK Independence Party" is "UKIP".
	for (const token of tokens) if (!NOT_IN_INITIALS.has(token.text)) letters += /^\p{Lu}{2,}$/u.test(token.text) ? token.text : token.text.charAt(0).toUpperCase();
	return letters;
}

/**
 * Tokens start..end and an abbreviation of them in brackets beside them: "artificial intelligence
 * (AI)", "the World Health Organization (WHO)". A gap in either is filled by the other.
 */
function spelledOutBeside(tokens: readonly Token[], start: number, end: number): boolean {
	const bracketed = (at: number) => tokens[at - 1]?.text === '(' && tokens[at + 1]?.text === ')';
	if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && tokens[end + 1]!.text === initialsOf(tokens.slice(start, end))) return true;
	if (end - start !== 1 || !bracketed(start)) return false;
	const abbreviation = tokens[start]!.text;
	const before = start - 1;
	return abbreviation.length >= 2 && initialsOf(tokens.slice(Math.max(0, before - abbreviation.length - 2), before)).endsWith(abbreviation);
}

const SPEECH = /^(said|says|added|adds|told|tells|wrote|writes|explained|noted|argued|warned|stated|replied|recalled|declared|announced|reported|reports|asked|asks|insisted|continued|remarked|observed|tweeted|posted|joked|radioed)$/i;

/** Who speaks the quotation that opens in this sentence: "Huang said, “…" → "Jensen Huang". */
function openingSpeaker(context: BuildContext, sentence: Sentence): string | undefined {
	const open = sentence.tokens.findIndex((t) => /^[“"]$/.test(t.text));
	if (open < 0) return undefined;
	const before = sentence.tokens.slice(0, open);
	if (!before.some((t) => SPEECH.test(t.text))) return undefined;
	const edits = context.references[sentence.index]!.edits;
	const people = context.entitiesOf[sentence.index]!.filter((e) => e.tokenEnd <= open && (e.kind === 'person' || e.kind === 'name'));
	const person = people[people.length - 1];
	if (person) return fullName(person, context.entities);
	const pronoun = edits.find((e) => e.start < sentence.tokens[open]!.start);
	return pronoun?.text;
}

/**
 * The speaker named next to a quotation that fills a sentence: after it ("“…,” Cameron said."), in
 * the sentence after, or after the quotation just before ("“…,” Cameron said. “I do not…”").
 */
function speakerAfter(context: BuildContext, sentence: Sentence): string | undefined {
	for (const index of [sentence.index, sentence.index + 1, sentence.index - 1]) {
		const candidate = context.sentences[index];
		if (!candidate || candidate.block !== sentence.block) continue;
		const closing = candidate.tokens.findLastIndex((t) => /^[”"]$/.test(t.text));
		if (index === sentence.index - 1 && closing < 0) continue;
		const after = candidate.tokens.slice(closing + 1);
		if (!after.some((t) => SPEECH.test(t.text))) continue;
		const person = context.entitiesOf[index]!.find((e) => e.tokenStart > closing && (e.kind === 'person' || e.kind === 'name'));
		if (person) return fullName(person, context.entities);
	}
	return undefined;
}

/** The speaker of the quotation that a sentence continues, from the sentence where it opened. */
function speakerOf(context: BuildContext, sentence: Sentence): string | undefined {
	for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 6; i--) {
		const previous = context.sentences[i]!;
		if (previous.block !== sentence.block) return undefined;
		const speaker = openingSpeaker(context, previous);
		if (speaker) return speaker;
	}
	return undefined;
}

/** Facts worth asking about: entities and key phrases of paragraph sentences, at most three per sentence. */
export function findFacts(context: BuildContext): Fact[] {
	const counts = new Map<string, number>();
	const firstSeen = new Map<string, number>();
	for (const e of context.entities) {
		counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
		if (!firstSeen.has(e.text)) firstSeen.set(e.text, e.start);
	}
	const wordCounts = new Map<string, number>();
	for (const s of context.sentences) {
		for (const t of s.tokens) {
			// Nouns by lemma: "vaccines" is no rare word in an article about a vaccine.
			const word = (t.pos === 'NOUN' ? t.lemma : t.text).toLowerCase();
			wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
		}
	}
	const facts: Fact[] = [];
	for (const sentence of context.sentences) {
		if (sentence.tokens.length > LONGEST_SENTENCE) continue;
		let contextSentence: Sentence | undefined;
		if (context.references[sentence.index]!.unresolved) {
			// Asked with the sentence before it, when that one stands on its own in the same paragraph.
			// The sentence just before, in the same paragraph or the one before it with no heading between.
			const previous = sentence.index > 0 ? context.sentences[sentence.index - 1] : undefined;
			if (!previous || sentence.block - previous.block > 1 || context.references[previous.index]!.unresolved) continue;
			if (previous.tokens.length + sentence.tokens.length > 72) continue;
			contextSentence = previous;
		}
		// A sentence inside a quotation is asked only as what its speaker said.
		// A sentence inside a quotation (one begun before it, or one that is nothing but a quotation)
		// is asked only as what its speaker said.
		const continuesQuote = !!sentence.tokens[0]?.quoted;
		const wholeQuote = /^[“"]/.test(sentence.text) && sentence.tokens.slice(1, -2).every((t) => t.quoted || /^[“”"]$/.test(t.text));
		const speaker = continuesQuote ? (speakerOf(context, sentence) ?? speakerAfter(context, sentence)) : wholeQuote ? speakerAfter(context, sentence) : undefined;
		if ((continuesQuote || wholeQuote) && !speaker) continue;
		const attributed = !!speaker || openingSpeaker(context, sentence) !== undefined;
		const entities = context.entitiesOf[sentence.index]!;
		const own = entities.filter((e) => isAskable(e, sentence, attributed));
		const terms = keyTerms(sentence, entities, wordCounts, sentence.tokens.length >= 20 ? 2 : 1).filter((t) => isAskable(t, sentence, attributed));
		const ranked = [...own, ...terms]
			.map((answer) => ({ answer, score: scoreFact(answer, counts, sentence, firstSeen.get(answer.text) === answer.start) }))
			.sort((a, b) => b.score - a.score);
		for (const { answer, score } of ranked.slice(0, sentence.tokens.length > 30 ? 5 : sentence.tokens.length > 18 ? 4 : 3)) {
			facts.push({
				id: `${sentence.text}\u0000${answer.text}`,
				sentence,
				answer,
				score,
				...(contextSentence ? { context: contextSentence } : {}),
				...(speaker ? { speaker } : {})
			});
		}
	}
	return facts.sort((a, b) => a.answer.start - b.answer.start);
}

function inParagraph(blocks: readonly Block[], sentence: Sentence): boolean {
	const block = blocks[sentence.block];
	return block?.kind === 'paragraph' && block.start <= sentence.start && block.end >= sentence.end;
}

type DraftBase = Pick<Candidate, 'source' | 'unresolved' | 'inParagraph' | 'factKey' | 'score'>;

/** What every question about a sentence shares: its source, and what the filters need to know of it. */
function baseDraft(context: BuildContext, sentence: Sentence, factKey: string, score: number, withContext = false): DraftBase {
	return {
		source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
		unresolved: context.references[sentence.index]!.unresolved && !withContext,
		inParagraph: inParagraph(context.blocks, sentence),
		factKey,
		score
	};
}

/**
 * A candidate question. Every one is built here with the same fields in the same order: the filters
 * read thousands of them, and objects of one shape keep that code fast (spreads made many shapes).
 */
function candidate(base: DraftBase, type: Candidate['type'], prompt: string, answer: string, options?: string[], accept?: string[]): Candidate {
	return { source: base.source, unresolved: base.unresolved, inParagraph: base.inParagraph, factKey: base.factKey, score: base.score, type, prompt: closeQuotation(prompt), answer, options, accept };
}

/** A quotation the prompt opens and does not close (it goes on in the next sentence, or was cut short) is closed. */
export function closeQuotation(prompt: string): string {
	if (occurrences(prompt, '"') % 2 === 1) return `${prompt}"`;
	return occurrences(prompt, '“') > occurrences(prompt, '”') ? `${prompt}”` : prompt;
}

/** How often `mark` occurs in `text`, found with indexOf (a native scan) rather than a loop over every character. */
function occurrences(text: string, mark: string): number {
	let count = 0;
	for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
	return count;
}

/**
 * "party" for a political party ("the Labour Party", "Reform UK, the party led by…"), "club" for a
 * sports club, "company" when the article treats the organisation as a business, else "organisation".
 */
const BUSINESS = /\b(company|companies|firm|giant|maker|chipmaker|automaker|business|revenue|revenues|shares|investors|CEO|CFO|earnings|startup|brand)\b/i;
/** "club" when the article treats the organisation as a sports club. */
const SPORT = /\b(club|clubs|striker|midfielder|goalkeeper|coach|league|season|stadium|fans)\b/i;
const nouns = new WeakMap<BuildContext, Map<string, string>>();

function organisationNoun(context: BuildContext): (entity: Entity) => string {
	let known = nouns.get(context);
	if (!known) nouns.set(context, (known = new Map()));
	const cache = known;
	return (entity) => {
		let noun = cache.get(entity.text);
		if (noun === undefined) {
			const party = /\bParty$/.test(entity.text) || context.article.includes(`${entity.text} Party`) || context.article.includes(`${entity.text}, the party`);
			const mentions = context.sentences.filter((s) => s.text.includes(entity.text));
			const club = mentions.some((s) => SPORT.test(s.text));
			const business = mentions.some((s) => BUSINESS.test(s.text));
			cache.set(entity.text, (noun = party ? 'party' : club ? 'club' : business ? 'company' : 'organisation'));
		}
		return noun;
	};
}

/** A sentence made into a statement, with one entity swapped for a wrong value when `swap` is given. */
function statement(context: BuildContext, sentence: Sentence, swap?: { entity: Entity; text: string }): string {
	const edits: Edit[] = [...context.references[sentence.index]!.edits];
	if (swap) {
		// "Google's" with "Epic Games" in its place is "Epic Games'", not "Epic Games's" (a surname
		// keeps its "'s": "Lloris's").
		const possessive = /^['’]s\b/.exec(sentence.text.slice(swap.entity.end - sentence.start));
		if (possessive && /\s\S+[^s]s$/.test(swap.text)) edits.push({ start: swap.entity.start, end: swap.entity.end + possessive[0].length, text: `${swap.text}${possessive[0][0]}` });
		else edits.push({ start: swap.entity.start, end: swap.entity.end, text: swap.text });
	}
	return renderSentence(sentence, edits).replace(/[\s,;:]+$/, '');
}

/**
 * A long sentence is cut after the clause that holds the answer ("…in _____, Huang said …"): the
 * stem stays short, and facts from other clauses of the sentence get stems of their own.
 */
function truncation(sentence: Sentence, answer: Entity): Edit[] {
	const tokens = sentence.tokens;
	if (tokens.length <= 25) return [];
	// Cut only once the main clause has its verb: "During the … call in May" alone says nothing,
	// and neither does "China, which cracked down…".
	let mainVerb = false;
	let relative = false;
	for (let i = 0; i < tokens.length - 6; i++) {
		const t = tokens[i]!;
		// A relative clause, or a subordinate clause that opens the sentence ("While …,"), is not the main one.
		const opening = i === 0 || (i === 2 && tokens[1]!.text === ',');
		if (/^(which|who|whom|whose)$/i.test(t.text) || (opening && /^(while|although|though|as|because|if|when|since|after|before|whereas|once)$/i.test(t.text))) relative = true;
		else if (t.text === ',' && relative) relative = false;
		// A capitalised "verb" inside the sentence is part of a name ("outside Downing Street").
		else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative && !(i === 0 && /ing$/.test(t.text)) && !(i > 0 && /^\p{Lu}/u.test(t.text))) mainVerb = true;
		if (i < answer.tokenEnd + 2 || !mainVerb || relative) continue;
		if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') {
			// A quotation cut open is closed again by closeQuotation, with the mark it opened with.
			return [{ start: t.start, end: sentence.end, text: ' …' }];
		}
	}
	return [];
}

/** A sentence from inside a quotation, given back to its speaker. */
function quoted(speaker: string, text: string): string {
	const inner = text.replace(/^[“"]/, '');
	// The quotation closes inside the sentence, which says who spoke ("…has landed," Armstrong
	// reported.): it needs only its opening mark back.
	const close = /[”"]/.exec(inner);
	if (close && inner.slice(close.index + 1).trim().length > 1) return `${close[0] === '"' ? '"' : '“'}${inner}`;
	return `${speaker} said: “${inner.replace(/[”"]$/, '')}”`;
}

/** "company" or "organisation" for organisations; what else the distractors must share. */
function classifier(context: BuildContext): (entity: Entity) => string {
	const noun = organisationNoun(context);
	return (entity) => (entity.kind === 'organisation' ? noun(entity) : entity.kind === 'quantity' ? countedNoun(context, entity) : '');
}

/** What a bare number counts: "30 centimetres" and "35 kilometres" are no options for each other. */
function countedNoun(context: BuildContext, entity: Entity): string {
	const next = context.sentences[entity.sentence]!.tokens[entity.tokenEnd];
	return next && next.pos === 'NOUN' ? next.lemma.toLowerCase() : '';
}

/** Country names that take "the": "the US", "the Netherlands". */
const TAKES_THE = /^(US|U\.S\.?|USA|UK|U\.K\.?|United\b|Netherlands|Philippines|Czech Republic|Gambia|Bahamas)/;

/** Whether an option fits the words before the gap: "an _____" wants a vowel sound, "the _____" a "the" name. */
function fitsGap(stem: string, kind: EntityKind): ((option: string) => boolean) | undefined {
	const article = /\b(a|an)\s+_{3,}/i.exec(stem);
	const the = /\bthe\s+_{3,}/i.test(stem);
	const checks: ((option: string) => boolean)[] = [];
	if (article) checks.push((o) => takesArticle(o, article[1]!.toLowerCase() === 'an' ? 'an' : 'a'));
	if (kind === 'place') checks.push((o) => TAKES_THE.test(o) === the);
	return checks.length ? (o) => checks.every((check) => check(o)) : undefined;
}

/**
 * The ways of asking about one fact, best first: the wh-question typed, the sentence with a gap as
 * multiple choice or typed (whichever keeps the deck in balance), and the wh-question with options.
 * Each way is made only when it is asked for: wrong options cost work and randomness.
 */
function factQuestions(context: BuildContext, fact: Fact, alsoTrue: FilterContext['alsoTrue'], preferMcq: boolean): (() => Candidate | undefined)[] {
	const { sentence, answer } = fact;
	const edits = context.references[sentence.index]!.edits.filter((e) => e.start < answer.start || e.start >= answer.end);
	const gap = { start: answer.start, end: answer.end, text: GAP };
	const own = context.entitiesOf[sentence.index]!;
	const clause = fact.context || fact.speaker || sentence.tokens.some((t) => t.quoted) || sentence.tokens.length < 22 ? undefined : standaloneClause(sentence, answer, edits, own, context.apostrophe);
	const gapped = fact.speaker
		? quoted(fact.speaker, renderSentence(sentence, [...edits, gap]))
		: fact.context
			? `${statement(context, fact.context)} ${renderSentence(sentence, [...edits, gap])}`
			: (clause?.text(gap) ?? renderSentence(sentence, [...edits, gap, ...truncation(sentence, answer)]));
	const base = baseDraft(context, sentence, fact.id, fact.score, !!fact.context);
	const wh = fact.context || fact.speaker ? undefined : whQuestion(sentence, answer, edits, own, { organisationNoun: organisationNoun(context), apostrophe: context.apostrophe });
	const accept = acceptedVariants(answer);
	// Wrong options are worked out only if a multiple-choice question is wanted, once for both stems.
	let options: string[] | undefined | null = null;
	const gapOptions = () => {
		if (options !== null) return options;
		const probe = candidate(base, 'mcq', gapped, answer.text);
		const fits = fitsGap(gapped, answer.kind);
		const wrong = distractorsFor(answer, {
			entities: context.entities,
			random: context.random,
			alsoTrue: (o) => alsoTrue(probe, o),
			classOf: classifier(context),
			...(fits ? { fits } : {})
		});
		return (options = wrong.length === 3 ? context.random.shuffle([answer.text, ...wrong]) : undefined);
	};
	const gapMcq = (): Candidate | undefined => {
		const choices = gapOptions();
		return choices && candidate(base, 'mcq', gapped, answer.text, choices);
	};
	const typed = accept.length ? accept : undefined;
	const cloze = () => candidate(base, 'cloze', gapped, answer.text, undefined, typed);
	if (!wh) return preferMcq ? [gapMcq, cloze] : [cloze, gapMcq];
	const shortAnswer = () => candidate(base, 'short-answer', wh, answer.text, undefined, typed);
	const whMcq = (): Candidate | undefined => {
		const choices = gapOptions();
		return choices && candidate(base, 'mcq', wh, answer.text, context.random.shuffle(choices));
	};
	return preferMcq ? [shortAnswer, gapMcq, cloze, whMcq] : [shortAnswer, cloze, gapMcq, whMcq];
}

/**
 * One true-or-false statement per sentence, false ones made by swapping one entity. The true ones
 * go to the sentences with most facts not yet asked (a true statement teaches all of them), the
 * false ones to the rest, half and half.
 */
function trueFalse(context: BuildContext, facts: Fact[], alsoTrue: FilterContext['alsoTrue'], asked: ReadonlySet<string>): Candidate[] {
	const bySentence = new Map<number, Fact[]>();
	for (const f of facts) {
		const list = bySentence.get(f.sentence.index);
		if (list) list.push(f);
		else bySentence.set(f.sentence.index, [f]);
	}
	// Each statement is made only once it is known whether it is to be true or false.
	const statements: { start: number; unasked: number; truth: () => Candidate; falsehood: () => Candidate | undefined }[] = [];
	for (const [index, list] of bySentence) {
		const sentence = context.sentences[index]!;
		// Quotations only with their speaker; a sentence that leans on the one before, after it.
		const speaker = list.find((f) => f.speaker)?.speaker;
		const before = list.find((f) => f.context)?.context;
		if (sentence.tokens.length > 50 || (sentence.tokens.some((t) => t.quoted) && !speaker && !openingSpeaker(context, sentence))) continue;
		const say = (text: string) => (speaker ? quoted(speaker, text) : before ? `${statement(context, before)} ${text}` : text);
		// Swap a fact whose wrong values are fair alternatives: not a product ("H20" for "Qwen3").
		// A person under a role ("Chinese President …") makes an absurd false statement: swap something else.
		const fair = list.filter((f) => f.answer.kind !== 'product' && f.answer.kind !== 'term' && f.answer.kind !== 'name');
		const swappable = fair.some((f) => !f.answer.role) ? fair.filter((f) => !f.answer.role) : fair;
		const fact = [...(swappable.length ? swappable : list)].sort((a, b) => b.score - a.score)[0]!;
		const base = baseDraft(context, sentence, fact.id, fact.score - 1, !!before);
		const falsehood = () => {
			if (!swappable.includes(fact)) return undefined;
			const gapped = renderSentence(sentence, [...context.references[index]!.edits, { start: fact.answer.start, end: fact.answer.end, text: GAP }]);
			const probe = candidate(base, 'mcq', gapped, fact.answer.text);
			const fits = fitsGap(gapped, fact.answer.kind);
			const [wrong] = distractorsFor(
				fact.answer,
				{ entities: context.entities, random: context.random, alsoTrue: (o) => alsoTrue(probe, o), classOf: classifier(context), ...(fits ? { fits } : {}) },
				1
			);
			return wrong ? candidate(base, 'true-false', say(statement(context, sentence, { entity: fact.answer, text: wrong })), 'false') : undefined;
		};
		statements.push({
			start: sentence.start,
			unasked: list.filter((f) => !asked.has(f.id)).length,
			truth: () => candidate(base, 'true-false', say(statement(context, sentence)), 'true'),
			falsehood
		});
	}
	// The true statements go to the sentences with most facts not yet asked; as many false as true,
	// as far as false statements can be made.
	const byNeed = statements.sort((a, b) => b.unasked - a.unasked || a.start - b.start);
	let falseLeft = Math.floor(statements.length / 2);
	const out: Candidate[] = [];
	for (const statement of byNeed.reverse()) {
		const falsehood = falseLeft > 0 ? statement.falsehood() : undefined;
		if (falsehood) falseLeft--;
		out.push(falsehood ?? statement.truth());
	}
	return out;
}

const DEFINITION = /^[”"’']?,?[”"’']?\s*(?:which|who|that) (?:is|was|are|were) ((?:an?|the) [^;]+?)(?:[.;]|, (?:which|who|while|but) |$)/;
/**
 * "the Carina Nebula, a star-forming region about 7,600 light-years away whose…": what a name is
 * said to be right after it, up to the clause that goes on about it. Commas and points inside
 * numbers ("7,600", "4.6") do not end it.
 */
/** "…seats in the House of Commons, a majority of 174": an amount after a name is said of something else. */
const AMOUNT = /^(?:an?|the) (?:\w+ )?(?:majority|minority|total|share|rise|increase|fall|drop|gain|loss|lead|margin|figure|sum|amount|record|number|tally)\b/i;
const APPOSITIVE = /^,\s*((?:an?|the) (?:[^,;.()"“”]|(?<=\d)[,.](?=\d))+?)(?=\s+(?:whose|which|who|that|where|when|as)\b|[,;.)](?!\d)|$)/;

/** Flashcards: a person and their role; a term and what the article says it is. */
function flashcards(context: BuildContext): Candidate[] {
	const out: Candidate[] = [];
	const seen = new Set<string>();
	for (const entity of context.entities) {
		const sentence = context.sentences[entity.sentence]!;
		// "Armstrong, the mission commander": the card names the person in full, as the article did
		// first; "Stephan's Quintet" keeps the name it is known by.
		const front = entity.kind === 'person' ? fullName(entity, context.entities) : withPossessor(sentence, entity);
		if (entity.quoted || seen.has(front)) continue;
		if (context.references[sentence.index]!.unresolved) continue;
		let back: string | undefined;
		if (entity.kind === 'person' && entity.role && front.includes(' ')) {
			const role = entity.role;
			const owner = entity.roleOf;
			const titled = /^\p{Lu}/u.test(role);
			back = owner ? (titled || /^\p{Lu}{2,}/u.test(role) ? `${owner} ${role}` : `${role} of ${owner}`) : role;
			if (!/^\p{Lu}/u.test(back)) back = back.charAt(0).toUpperCase() + back.slice(1);
		} else if (['product', 'organisation', 'name'].includes(entity.kind)) {
			const after = sentence.text.slice(entity.end - sentence.start);
			const appositive = partOfLongerName(sentence, entity) ? null : APPOSITIVE.exec(after);
			const match = DEFINITION.exec(after) ?? (appositive && !AMOUNT.test(appositive[1]!) ? appositive : null);
			if (match) back = resolveOwner(match[1]!, context, entity);
			else back = descriptorBefore(context, entity);
		}
		if (!back) continue;
		const words = back.split(/\s+/);
		if (words.length > 18 || words.length < 2) continue;
		seen.add(front);
		out.push(candidate(baseDraft(context, sentence, `${sentence.text}\u0000${entity.text}`, 3), 'flashcard', front, back.replace(/[\s,;:.]+$/, '')));
	}
	return out;
}

/** "Quintet" of "Stephan's Quintet" as the article writes it, with the name before the possessive. */
function withPossessor(sentence: Sentence, entity: Entity): string {
	const possessive = sentence.tokens[entity.tokenStart - 1];
	const possessor = sentence.tokens[entity.tokenStart - 2];
	if (!possessive || !possessor || !/^['’]s$/.test(possessive.text) || possessive.start !== possessor.end || possessor.pos !== 'PROPN') return entity.text;
	return sentence.text.slice(possessor.start - sentence.start, entity.end - sentence.start);
}

/** "the Treaty on European Union, the legal mechanism…": what follows is said of the longer name. */
function partOfLongerName(sentence: Sentence, entity: Entity): boolean {
	const preposition = sentence.tokens[entity.tokenStart - 1];
	const before = sentence.tokens[entity.tokenStart - 2];
	return preposition?.pos === 'ADP' && /^\p{Lu}/u.test(before?.text ?? '');
}

/** "its Qwen series" on the back of a card has no antecedent: name the organisation. */
function resolveOwner(text: string, context: BuildContext, entity: Entity): string {
	const owner = context.entitiesOf[entity.sentence]!.filter((e) => e.kind === 'organisation' && e.end <= entity.start).pop();
	if (!owner) return /\b(its|their)\b/i.test(text) ? '' : text;
	return text.replace(/\bits\b/g, `${owner.text}${context.apostrophe}s`);
}

/** "Chinese tech giant Huawei" → "Chinese tech giant". */
function descriptorBefore(context: BuildContext, entity: Entity): string | undefined {
	const tokens = context.sentences[entity.sentence]!.tokens;
	let start = entity.tokenStart;
	while (start > 0 && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[start - 1]!.pos) && tokens[start - 1]!.text !== ',') start--;
	const words = tokens.slice(start, entity.tokenStart).map((t) => t.text);
	const last = words[words.length - 1]?.toLowerCase() ?? '';
	if (words.length < 2 || !(ORG_DESCRIPTORS.has(last) || ROLES.has(last))) return undefined;
	// "aircraft makers Boeing and Airbus": a plural says what several are, not what this one is.
	if (/s$/.test(last) && (ORG_DESCRIPTORS.has(last.slice(0, -1)) || ROLES.has(last.slice(0, -1)))) return undefined;
	return words.join(' ');
}

/**
 * Every question the article supports, filtered for quality and with near-duplicates removed
 * (the better-ranked one stays). In article order.
 */
export function buildQuestions(context: BuildContext): { kept: Candidate[]; rejected: { draft: Candidate; reason: string }[] } {
	const alsoTrue = makeAlsoTrue(context.sentences);
	const facts = findFacts(context);
	const rejected: { draft: Candidate; reason: string }[] = [];
	const passes = (draft: Candidate) => {
		const reason = rejection(draft, { alsoTrue });
		if (reason) rejected.push({ draft, reason });
		return !reason;
	};
	const kept: Candidate[] = [];
	const twins = new TwinIndex();
	const keep = (draft: Candidate) => {
		if (!twins.add(draft.type, wordSet(draft.prompt))) {
			rejected.push({ draft, reason: 'near-duplicate of another question' });
			return false;
		}
		kept.push(draft);
		return true;
	};
	// Each fact is asked at most twice, in two different ways; gap-fill and multiple choice are kept
	// in balance so that a deck is neither all recognition nor all recall.
	const balance = { mcq: 0, cloze: 0 };
	for (const fact of [...facts].sort((a, b) => b.score - a.score || a.answer.start - b.answer.start)) {
		const preferMcq = balance.mcq <= balance.cloze;
		const types = new Set<string>();
		for (const make of factQuestions(context, fact, alsoTrue, preferMcq)) {
			if (types.size >= 2) break;
			const way = make();
			if (!way) continue;
			if (types.has(way.type) || !passes(way)) continue;
			if (types.size === 1 && kept[kept.length - 1]?.prompt === way.prompt) continue;
			if (keep(way)) {
				types.add(way.type);
				if (way.type === 'mcq') balance.mcq++;
				if (way.type === 'cloze') balance.cloze++;
			}
		}
	}
	const asked = new Set(kept.map((k) => k.factKey));
	for (const draft of [...trueFalse(context, facts, alsoTrue, asked), ...flashcards(context)]) {
		if (passes(draft)) keep(draft);
	}
	// In article order; within a sentence the order of types turns from one sentence to the next,
	// so that the first new cards a learner meets (one a fact: siblings wait) are of every type.
	const ordinal = new Map([...new Set(kept.map((k) => k.source.start))].sort((a, b) => a - b).map((start, i) => [start, i]));
	const typeRank = (draft: Candidate) => (TYPE_ORDER.indexOf(draft.type) + TYPE_ORDER.length - ((ordinal.get(draft.source.start) ?? 0) % TYPE_ORDER.length)) % TYPE_ORDER.length;
	return { kept: kept.sort((a, b) => a.source.start - b.source.start || typeRank(a) - typeRank(b)), rejected };
}

/**
 * The prompts kept so far, by type, indexed so that a near-duplicate is found without comparing
 * every pair (prefix filtering: two word sets with Jaccard similarity over 0.9 share a word among
 * the first tenth-plus-one of each, in any one fixed order of words).
 */
class TwinIndex {
	/** By type, then by prefix word: the word sets of the prompts kept so far. */
	#byPrefixWord = new Map<string, Map<string, ReadonlySet<string>[]>>();

	/** Adds the prompt's words unless a near-duplicate of the same type is there; says whether it added. */
	add(type: string, words: ReadonlySet<string>): boolean {
		let byWord = this.#byPrefixWord.get(type);
		if (!byWord) this.#byPrefixWord.set(type, (byWord = new Map()));
		const prefix = firstInOrder(words, words.size - Math.ceil(0.9 * words.size) + 1);
		const seen = new Set<ReadonlySet<string>>();
		for (const word of prefix) {
			for (const other of byWord.get(word) ?? []) {
				if (seen.has(other)) continue;
				seen.add(other);
				if (similarWords(other, words)) return false;
			}
		}
		for (const word of prefix) {
			const list = byWord.get(word);
			if (list) list.push(words);
			else byWord.set(word, [words]);
		}
		return true;
	}
}

/** Longest words first: they are the rarest, so the prefixes rarely meet ("the", "of" come last). */
function comesBefore(a: string, b: string): boolean {
	return a.length > b.length || (a.length === b.length && a < b);
}

/** The first `count` words in that order; a prefix is a few words, so they are picked, not all sorted. */
function firstInOrder(words: Iterable<string>, count: number): string[] {
	const first: string[] = [];
	for (const word of words) {
		let at = first.length;
		while (at > 0 && comesBefore(word, first[at - 1]!)) at--;
		if (at >= count) continue;
		first.splice(at, 0, word);
		if (first.length > count) first.pop();
	}
	return first;
}

const TYPE_ORDER = ['mcq', 'cloze', 'short-answer', 'true-false', 'flashcard'];
