// Key terms: noun phrases that are no names ("quarantine", "military use"), found by the parse.
import { DEMONSTRATIVES, SUBJECT_PRONOUNS } from './lexicon';
import { SPEECH } from './quotations';
import type { Entity, Sentence, Token } from './types';

/** "the largest audience", "the most powerful rocket": records are what a teacher asks about. */
export function isSuperlative(text: string): boolean {
	return /\b(\w+est|most \w+|least \w+)\b/i.test(text) && !/\b(interest|forest|west|test|rest|request|protest|contest|harvest|chest|guest|quest|crest|nest|pest|vest|best)\b/i.test(text);
}

const GENERIC_NOUNS = new Set('reporters journalists officials fans analysts experts crowd spectators viewers readers series decision decisions track course board hold top question questions issue issues matter fact facts year years time times people way ways thing things part parts number numbers percent comments reasons reason lot lots kind kinds change changes findings study studies critics members approach force morning afternoon evening night history detail details team teams ability abilities capability capabilities half second seconds minute minutes hour hours day days week weeks month months metres meters centimetres centimeters millimetres millimeters feet inches miles kilometres kilometers grams kilograms pounds tonnes tons litres liters world country countries company companies business businesses government state states group groups end side case point place places home area areas man men woman women others other event events share shares work'.split(' '));
/** Nouns of set phrases that only frame a fact: "on the sidelines of", "in the wake of", "on behalf of". */
const FRAMING_NOUNS = new Set('sidelines wake face midst behalf heels brink verge backdrop outset eve run-up lead-up aftermath light terms expense basis hands spite lieu account favour favor line'.split(' '));
const REPORTING_VERBS = new Set('show shows suggest suggests say says mean means indicate indicates prove proves confirm confirms find finds'.split(' '));
const ADVERBS_TAKEN_FOR_NOUNS = new Set(['right', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'here', 'there', 'ago', 'home']);
const FRAMING_OPENER = /^(Speaking|Talking|Addressing|Writing)$/;
const WEAK_ADJECTIVES = new Set('new several many other last first second next more some few such own same various certain major big small large high low good great recent further'.split(' '));

/** How often the article uses each word: a key term's head noun is rare in it. */
export function articleWordCounts(sentences: readonly Sentence[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const s of sentences) {
		for (const t of s.tokens) {
			// Nouns by lemma: "vaccines" is no rare word in an article about a vaccine.
			const word = (t.pos === 'NOUN' ? t.lemma : t.text).toLowerCase();
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return counts;
}

/** A stretch of a sentence that may be a key term: tokens start..end, with what the vetoes read. */
export interface TermSpan {
	tokens: readonly Token[];
	/** The lemmas of all the sentence's tokens, lower case. */
	lemmas: readonly string[];
	start: number;
	end: number;
	/** The last word, lower case: the head noun. */
	head: string;
	/** The words as the article writes them. */
	phrase: string;
	/** The token after the span. */
	next: Token | undefined;
	/** The sentence's entities: a key term is no part of a name. */
	taken: readonly Entity[];
	/** How often the article uses each word (nouns by lemma). */
	wordCounts: ReadonlyMap<string, number>;
	/** Tokens before this one set the scene ("Speaking with reporters at the expo,"); -1 when none do. */
	sceneEnd: number;
}

export interface KeyTermVeto {
	name: string;
	/** Whether the span is no key term for this reason. Pure and total: the order of the table does not matter. */
	veto: (span: TermSpan) => boolean;
}

/** Why a stretch of nouns is no key term. A span is one only if no veto holds. */
export const KEY_TERM_VETOES: readonly KeyTermVeto[] = [
	{ name: 'no noun', veto: (s) => s.end <= s.start },
	{ name: 'short head noun', veto: (s) => s.head.length < 4 },
	// A generic head is fine under a superlative: "the largest smartphone company".
	{ name: 'generic noun', veto: (s) => GENERIC_NOUNS.has(s.head) && !(s.end - s.start >= 2 && isSuperlative(s.phrase)) },
	// "on the sidelines of the expo": a framing noun alone, before "of" or "to", is no fact.
	{ name: 'framing noun', veto: (s) => s.end - s.start === 1 && FRAMING_NOUNS.has(s.head) && /^(of|to)$/i.test(s.next?.text ?? '') },
	{ name: 'in a scene-setting opener', veto: (s) => s.end <= s.sceneEnd },
	// "meet that goal": what the phrase stands for is in another sentence.
	{ name: 'points back', veto: (s) => s.start > 0 && DEMONSTRATIVES.has(s.tokens[s.start - 1]!.text.toLowerCase()) },
	// "artificial intelligence (AI)": the initials after the gap spell the answer out.
	{ name: 'spelled out beside', veto: (s) => spelledOutBeside(s.tokens, s.start, s.end) },
	{ name: 'part of a name', veto: (s) => s.taken.some((e) => e.tokenStart < s.end && e.tokenEnd > s.start) },
	// "rival those from Western rivals", "Q4 revenues … revenue growth": the sentence gives it away.
	{
		name: 'head repeated in the sentence',
		veto: (s) => {
			const headLemma = s.lemmas[s.end - 1];
			return s.lemmas.some((lemma, k) => (k < s.start || k >= s.end) && lemma === headLemma);
		}
	},
	// The head noun is rare in the article; its modifiers ("largest", "public") may be common.
	{ name: 'common in the article', veto: (s) => (s.wordCounts.get(s.lemmas[s.end - 1] ?? s.head) ?? 0) > 2 && !isSuperlative(s.phrase) },
	// Not part of a hyphenated word ("five-layer sunshield", "deeper chain-of-thought").
	{
		name: 'part of a hyphenated word',
		veto: ({ tokens, start, end }) => (start > 0 && tokens[start - 1]!.end === tokens[start]?.start) || (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]?.end)
	},
	// Not a noun that is really a verb ("programme cost about $25 billion"; "…on 18 January 2022,
	// offering $95 per share": neither is a word ending in -ing after a comma).
	{
		name: 'verb taken for a noun',
		veto: ({ tokens, start, end, next, head }) =>
			(!!next && (['DET', 'NUM', 'SYM'].includes(next.pos) || /^(about|around|nearly|some|more|over|by|[$£€¥])$/i.test(next.text))) ||
			(end - start === 1 && /ing$/i.test(head) && tokens[start - 1]?.text === ',') ||
			// "Tchouaméni shot wide", "which it says gels “…”": a lone noun between a name and an
			// adverb, or straight after a subject pronoun or "says", is a verb the tagger took for a noun.
			(end - start === 1 && takenForNoun(tokens[start - 1], next))
	},
	{ name: 'not lower case', veto: (s) => !/^\p{Ll}/u.test(s.tokens[s.start]?.text ?? '') }
];

/** The first veto that holds for the span, by name, or undefined when it is a key term. */
export function keyTermVeto(span: TermSpan): string | undefined {
	for (const { name, veto } of KEY_TERM_VETOES) if (veto(span)) return name;
	return undefined;
}

/**
 * The stretches of a sentence that may be key terms: runs of adjectives and nouns, trimmed to the
 * noun phrase (no weak adjective before it, no participle or verb after it), at most three words.
 */
export function termSpans(sentence: Sentence, taken: readonly Entity[], wordCounts: ReadonlyMap<string, number>): TermSpan[] {
	const tokens = sentence.tokens;
	const lemmas = tokens.map((t) => t.lemma.toLowerCase());
	// "Speaking with reporters at the expo opening, Huang said…": the opening clause only sets the scene.
	const sceneEnd = FRAMING_OPENER.test(tokens[0]?.text ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
	const spans: TermSpan[] = [];
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
		const words = tokens.slice(start, end);
		spans.push({
			tokens,
			lemmas,
			start,
			end,
			head: words[words.length - 1]?.text.toLowerCase() ?? '',
			phrase: words.map((t) => t.text).join(' '),
			next: tokens[end],
			taken,
			wordCounts,
			sceneEnd
		});
		i = j;
	}
	return spans;
}

/**
 * Key phrases that are no names (Becker et al.: most good gap-fills are not on named entities):
 * noun phrases whose words the article uses once or twice — "scrutiny", "military use",
 * "quarantine". At most one per sentence, ranked below names and numbers.
 */
export function keyTerms(sentence: Sentence, taken: readonly Entity[], wordCounts: ReadonlyMap<string, number>, count: number): Entity[] {
	const found: Entity[] = [];
	for (const span of termSpans(sentence, taken, wordCounts)) {
		if (keyTermVeto(span) !== undefined) continue;
		const first = span.tokens[span.start]!;
		const last = span.tokens[span.end - 1]!;
		found.push({
			kind: 'term',
			text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
			start: first.start,
			end: last.end,
			sentence: sentence.index,
			tokenStart: span.start,
			tokenEnd: span.end,
			quoted: false
		});
	}
	// A superlative ("the largest audience") is what a teacher asks first; then the longest phrase.
	const rank = (e: Entity) => (isSuperlative(e.text) ? 1 : 0);
	return found.sort((a, b) => rank(b) - rank(a) || b.text.length - a.text.length).slice(0, count);
}

function takenForNoun(before: Token | undefined, after: Token | undefined): boolean {
	if (!before) return false;
	if (before.pos === 'PROPN') return after?.pos === 'ADV' || after?.pos === 'ADJ';
	return (SUBJECT_PRONOUNS.has(before.text.toLowerCase()) || SPEECH.test(before.text)) && !['VERB', 'AUX', 'NOUN'].includes(after?.pos ?? '');
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
export function spelledOutBeside(tokens: readonly Token[], start: number, end: number): boolean {
	const bracketed = (at: number) => tokens[at - 1]?.text === '(' && tokens[at + 1]?.text === ')';
	if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && tokens[end + 1]!.text === initialsOf(tokens.slice(start, end))) return true;
	if (end - start !== 1 || !bracketed(start)) return false;
	const abbreviation = tokens[start]!.text;
	const before = start - 1;
	return abbreviation.length >= 2 && initialsOf(tokens.slice(Math.max(0, before - abbreviation.length - 2), before)).endsWith(abbreviation);
}
