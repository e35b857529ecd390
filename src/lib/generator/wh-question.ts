import { COUNTRIES, PERSON_PRONOUNS, THING_PRONOUNS, THIRD_PERSON_PRONOUNS } from './lexicon';
import type { Edit } from './references';
import type { Entity, Sentence, Token } from './types';

// Turns a sentence and one of its entities into a wh-question ("How much has Alibaba vowed to
// invest…?"). Only the shapes that rules handle reliably are turned; anything else gives undefined,
// and the fact is asked as a gap-fill instead.

const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);

export interface WhOptions {
	/** "company" for businesses, "organisation" for the rest. */
	organisationNoun: (entity: Entity) => string;
}

/** Verbs of change: "rose 4%" asks "by what percentage"; "took 48.1%" asks "what percentage". */
const CHANGE_VERBS = new Set('rise fall grow increase decrease drop jump climb expand shrink cut gain lose slide slip surge soar plunge decline rebound raise reduce lower boost'.split(' '));

function whPhrase(answer: Entity, preposition: string | undefined, before: Token | undefined, next: Token | undefined, options: WhOptions): { words: string; dropPreposition: boolean; dropNext?: boolean } | undefined {
	const prep = preposition?.toLowerCase();
	switch (answer.kind) {
		case 'person':
			return { words: prep ? `${prep} whom` : 'who', dropPreposition: true };
		case 'organisation':
			return { words: `${prep ? `${prep} ` : ''}which ${options.organisationNoun(answer)}`, dropPreposition: true };
		case 'place':
			if (prep === 'in' || prep === 'at') return { words: 'where', dropPreposition: true };
			return { words: `${prep ? `${prep} ` : ''}which ${COUNTRIES.has(answer.text.toLowerCase()) ? 'country' : 'place'}`, dropPreposition: true };
		case 'money':
			if (prep === 'of') return undefined;
			return { words: `${prep ? `${prep} ` : ''}how much`, dropPreposition: true };
		case 'percent':
			if (prep === 'by' || (!prep && before?.pos === 'VERB' && CHANGE_VERBS.has(before.lemma.toLowerCase()))) return { words: 'by what percentage', dropPreposition: true };
			// "Turnout was 72.2%" is no "by what percentage": only an object of a verb asks "what percentage".
			return !prep && before?.pos === 'VERB' ? { words: 'what percentage', dropPreposition: true } : undefined;
		case 'month':
			return prep === 'in' || !prep ? { words: 'in which month', dropPreposition: true } : undefined;
		case 'year':
			return prep === 'in' || prep === 'since' || prep === 'by' ? { words: `${prep} which year`, dropPreposition: true } : undefined;
		case 'date':
			return prep === 'on' || prep === 'in' ? { words: 'when', dropPreposition: true } : undefined;
		case 'fiscal-period':
			return prep === 'in' || prep === 'during' ? { words: `${prep} which quarter`, dropPreposition: true } : undefined;
		case 'duration':
			return prep === 'for' || !prep ? { words: 'how long', dropPreposition: true } : undefined;
		case 'quantity':
			if (prep || !next || next.pos !== 'NOUN') return undefined;
			return { words: `how many ${next.text}`, dropPreposition: true, dropNext: true };
		default:
			return undefined;
	}
}

/** The clause of the sentence that holds the answer: between "; " or ", and" boundaries. */
export function clauseAround(tokens: Token[], answer: Entity): [number, number] {
	let start = 0;
	let end = tokens.length;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const boundary = t.text === ';' || (t.text === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.text.toLowerCase() ?? ''));
		if (!boundary) continue;
		// After ", and" the clause starts past the conjunction; after ", while" it keeps it, so that a
		// subordinate clause is never taken for a sentence.
		if (i < answer.tokenStart) start = t.text === ';' || !/^(and|but)$/i.test(tokens[i + 1]!.text) ? i + 1 : i + 2;
		else if (i >= answer.tokenEnd && end === tokens.length) end = i;
	}
	// A relative clause after the answer is left out: "…its Qwen3 series, which…".
	for (let i = answer.tokenEnd; i < end; i++) {
		if (tokens[i]!.text === ',' && RELATIVE.has(tokens[i + 1]?.text.toLowerCase() ?? '')) {
			end = i;
			break;
		}
		// The same with the comma inside a closing quotation mark: "its “Qwen2.5-Omni-7B,” which…".
		if (tokens[i]!.text === ',' && /^[”"]$/.test(tokens[i + 1]?.text ?? '') && RELATIVE.has(tokens[i + 2]?.text.toLowerCase() ?? '')) {
			end = i + 2;
			break;
		}
		if (/^[,]$/.test(tokens[i]!.text) && tokens[i + 1]?.pos === 'VERB' && /ing$/.test(tokens[i + 1]!.text)) {
			end = i;
			break;
		}
	}
	return [start, end];
}

const SUBORDINATORS = new Set(['when', 'where', 'while', 'because', 'as', 'that', 'which', 'who', 'if', 'although', 'though', 'since', 'after', 'before', 'until', 'whether']);

/**
 * Pronouns of the clause whose referent is in an earlier clause of the same sentence: once the
 * clause stands alone as a question, they must name it ("…, and in November 2023, it scrapped" →
 * "When did Alibaba scrap").
 */
function clauseEdits(tokens: Token[], start: number, end: number, entities: readonly Entity[], apostrophe: string): Edit[] {
	const edits: Edit[] = [];
	for (let i = start; i < end; i++) {
		const word = tokens[i]!.text.toLowerCase();
		const kinds = THING_PRONOUNS.has(word) ? ['organisation', 'product', 'place'] : PERSON_PRONOUNS.has(word) ? ['person'] : undefined;
		if (!kinds || tokens[i]!.pos !== 'PRON') continue;
		if (entities.some((e) => kinds.includes(e.kind) && e.tokenStart >= start && e.tokenEnd <= i)) continue;
		if (edits.length && kinds.includes('organisation')) continue;
		const referent = entities.filter((e) => kinds.includes(e.kind) && e.tokenEnd <= start).pop();
		if (!referent) continue;
		const possessive = word === 'its' || word === 'his';
		edits.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: possessive ? `${referent.text}${apostrophe}s` : referent.text });
	}
	return edits;
}


/** A pronoun of tokens start..end with no edit naming it and nothing before it in the span to stand for. */
function hasDangling(tokens: Token[], start: number, end: number, edits: readonly Edit[], entities: readonly Entity[]): boolean {
	for (let i = start; i < end; i++) {
		const t = tokens[i]!;
		if (t.pos !== 'PRON' || !THIRD_PERSON_PRONOUNS.has(t.text.toLowerCase()) || edits.some((e) => e.start === t.start)) continue;
		const named = entities.some((e) => e.tokenStart >= start && e.tokenEnd <= i) || tokens.slice(start, i).some((b) => b.pos === 'NOUN' || b.pos === 'PROPN');
		if (!named) return true;
	}
	return false;
}

export function whQuestion(
	sentence: Sentence,
	answer: Entity,
	sentenceEdits: readonly Edit[],
	entities: readonly Entity[],
	options: WhOptions & { apostrophe: string }
): string | undefined {
	if (answer.quoted || answer.hedge) return undefined;
	const tokens = sentence.tokens;
	let [start, end] = clauseAround(tokens, answer);
	const edits = [...sentenceEdits, ...(start > 0 ? clauseEdits(tokens, start, end, entities, options.apostrophe) : [])];
	if (hasDangling(tokens, start, end, edits, entities)) return undefined;
	// Drop an opener ("Notably,") and a leading "and".
	while (tokens[start] && (tokens[start]!.pos === 'CCONJ' || (tokens[start]!.pos === 'ADV' && tokens[start + 1]?.text === ','))) start += tokens[start]!.pos === 'ADV' ? 2 : 1;
	// Speech is no question's stem; a name or phrase in quotation marks ("Buzz", “world-class”) may be.
	if (tokens.slice(start, end).some((t) => t.quoted) || !balancedQuotes(tokens, start, end)) return undefined;
	// A fronted adverbial: "In March,", "During the Q4 2025 earnings call,".
	let lead: [number, number] | undefined;
	if (tokens[start] && SUBORDINATORS.has(tokens[start]!.text.toLowerCase())) return undefined;
	if (['ADP', 'ADV', 'SCONJ'].includes(tokens[start]?.pos ?? '')) {
		const comma = tokens.findIndex((t, i) => i > start && i < end && t.text === ',');
		if (comma < 0) return undefined;
		lead = [start, comma];
		start = comma + 1;
	}
	let verb = start;
	while (verb < end && NP_POS.has(tokens[verb]!.pos)) verb++;
	const subject: [number, number] = [start, verb];
	// "Martínez then made a save": an adverb before the verb stays with it, in a question about the subject.
	const adverb = tokens[verb]?.pos === 'ADV' && ['AUX', 'VERB'].includes(tokens[verb + 1]?.pos ?? '');
	if (adverb) verb++;
	if (verb === start || verb >= end || !['AUX', 'VERB'].includes(tokens[verb]!.pos)) return undefined;
	// "the Nordic Shipping Authority fined…": a capitalised "verb" is part of the subject's name.
	if (/^\p{Lu}/u.test(tokens[verb]!.text)) return undefined;
	// "World Cup wins came": two verbs in a row, the first a noun the tagger took for a verb.
	if (tokens[verb]!.pos === 'VERB' && tokens[verb + 1]?.pos === 'VERB') return undefined;
	// A later clause's subject must be named ("the German auto giant" stands for a name given before).
	if (start > 0 && !entities.some((e) => e.tokenStart >= start && e.tokenEnd <= verb) && !edits.some((e) => e.start >= tokens[start]!.start && e.end <= tokens[verb - 1]!.end)) return undefined;
	const text = (from: number, to: number) => render(tokens, from, to, edits);
	// A plural opening the sentence that names nothing ("Companies must…") is a common word.
	const named = subject[0] > 0 || entities.some((e) => e.tokenStart === subject[0]) || !/s$/.test(tokens[subject[0]]!.text);
	const inverted = invert(tokens, subject, verb, edits, named);
	if (!inverted) return undefined;
	const leadText = lead ? `${text(lead[0], lead[1])}, ` : '';
	let question: string | undefined;
	if (answer.tokenStart >= subject[0] && answer.tokenEnd <= subject[1]) {
		// The answer is the subject: "Huawei has tried…" → "Which company has tried…"; a subject that
		// is the answer with what it is ("President Joe Biden", "France's Kylian Mbappé") → "Who…".
		if (answer.tokenEnd !== subject[1] || (answer.tokenStart !== subject[0] && !describes(tokens, subject[0], answer))) return undefined;
		// "…, and Justice Secretary Michael Gove were": the subject is more than the answer.
		if (answer.kind === 'person' && PLURAL_VERBS.has(tokens[verb]!.text.toLowerCase())) return undefined;
		const wh = whPhrase(answer, undefined, undefined, undefined, options);
		if (!wh || !['person', 'organisation', 'place'].includes(answer.kind)) return undefined;
		question = `${leadText}${wh.words} ${text(subject[1], end)}`;
	} else if (adverb) {
		return undefined;
	} else if (lead && answer.tokenStart > lead[0] && answer.tokenEnd <= lead[1]) {
		// The answer is the fronted adverbial: "In March, Alibaba debuted…" → "In which month did Alibaba debut…".
		if (answer.tokenStart !== lead[0] + 1 || answer.tokenEnd !== lead[1] || tokens[lead[0]]!.pos !== 'ADP') return undefined;
		const wh = whPhrase(answer, tokens[lead[0]]!.text, undefined, undefined, options);
		if (!wh) return undefined;
		question = `${wh.words} ${inverted.head} ${inverted.rest(verb, end, [])}`;
	} else if (answer.tokenStart > verb && answer.tokenEnd <= end) {
		const before = tokens[answer.tokenStart - 1]!;
		const after = tokens[answer.tokenEnd];
		// The answer ends its phrase: not "’s", "to" (an infinitive), or "and" (a list, an ellipsis).
		if (after && answer.tokenEnd < end && (!['ADP', 'PUNCT', 'SCONJ', 'PART'].includes(after.pos) || /^(['’]s|to)$/i.test(after.text))) return undefined;
		// The answer must belong to the main clause, not to a clause inside it ("at a time when…"),
		// nor to a second one joined on ("England voted … by 53.4% and Wales by 52.5%").
		const between = tokens.slice(verb, answer.tokenStart);
		if (between.some((t) => t.text === ',' || t.pos === 'CCONJ' || SUBORDINATORS.has(t.text.toLowerCase()))) return undefined;
		if (secondVerb(tokens, verb, answer.tokenStart)) return undefined;
		// "…is an international partnership led by NASA": the answer belongs to a phrase about a noun.
		if (between.some((t, i) => i > 0 && t.pos === 'VERB' && ['NOUN', 'PROPN'].includes(between[i - 1]!.pos))) return undefined;
		// "…was 72.2%, the highest since 1992", "…on Thursday, up 2% from a year earlier": what comes
		// after a comma past the answer only lengthens the question.
		const comma = tokens.findIndex((t, i) => i >= answer.tokenEnd && i < end && t.text === ',');
		if (comma >= 0) end = comma;
		// "…collect 63% … by the end of 2027 and 73% by 2030", "climbed down the ladder and became…":
		// what a conjunction joins on after the answer is another clause, which no inversion reads.
		const conjunction = tokens.findIndex((t, i) => i >= answer.tokenEnd && i < end && t.pos === 'CCONJ' && ['VERB', 'AUX', 'NUM', 'SYM'].includes(tokens[i + 1]?.pos ?? ''));
		if (conjunction >= 0) end = conjunction;
		const amount = amountOf(tokens, verb, answer);
		if (amount) {
			question = `${leadText}how much ${render(tokens, amount.words, answer.tokenStart - 1, edits)} ${inverted.head} ${inverted.rest(verb, end, [[amount.start, answer.tokenEnd]])}`;
		} else {
			const preposition = before.pos === 'ADP' ? before.text : undefined;
			if (!preposition && before.pos !== 'VERB' && before.pos !== 'AUX') return undefined;
			const wh = whPhrase(answer, preposition, before, after, options);
			if (!wh) return undefined;
			const removed: [number, number][] = [[preposition ? answer.tokenStart - 1 : answer.tokenStart, answer.tokenEnd + (wh.dropNext ? 1 : 0)]];
			question = `${leadText}${wh.words} ${inverted.head} ${inverted.rest(verb, end, removed)}`;
		}
	}
	if (!question) return undefined;
	question = question
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:?!])/g, '$1')
		.replace(/[\s,;:.]+$/, '')
		// "Who will visit…, it has been announced?": who reports the fact is no part of the question.
		.replace(TRAILING_REPORT, '')
		// A quotation that closed after a comma ("its “Qwen2.5-Omni-7B,” which…") ends the question.
		.replace(/[,;:]([”"])$/, '$1')
		.trim();
	return `${question.charAt(0).toUpperCase()}${question.slice(1)}?`;
}

const TRAILING_REPORT = /[\s…]*,\s+(?:it (?:has|had) been|it was|it is) (?:announced|reported|confirmed|revealed|said)$|[\s…]*,\s+(?:the |a )?\p{L}+(?: \p{L}+)? (?:said|says|announced|reported|confirmed)$/u;

/** Nouns of sums of money: "revenue of $119.6 billion" asks "how much revenue". */
const AMOUNT_NOUNS = new Set('revenue revenues sales profit profits income loss losses investment funding deal fine bill budget spending debt aid bonus salary price'.split(' '));

/**
 * "Apple reported revenue of $119.6 billion" / "a net profit of $5 billion", the object of the verb:
 * where its noun phrase starts, and where its words after the determiner start.
 */
function amountOf(tokens: Token[], verb: number, answer: Entity): { start: number; words: number } | undefined {
	if (answer.kind !== 'money' || tokens[answer.tokenStart - 1]?.text.toLowerCase() !== 'of') return undefined;
	const noun = tokens[answer.tokenStart - 2];
	if (!noun || noun.pos !== 'NOUN' || !AMOUNT_NOUNS.has(noun.text.toLowerCase())) return undefined;
	let start = answer.tokenStart - 2;
	while (start - 1 > verb && ['ADJ', 'NOUN'].includes(tokens[start - 1]!.pos)) start--;
	const words = start;
	if (start - 1 > verb && tokens[start - 1]!.pos === 'DET') start--;
	// The phrase must follow the verb group directly: "reported revenue of…", not "…in revenue of…".
	let k = verb + 1;
	while (k < start && ['AUX', 'VERB', 'PART', 'ADV'].includes(tokens[k]!.pos)) k++;
	return k === start ? { start, words } : undefined;
}

/** Quotation marks of tokens start..end open and close in pairs: “…” in order, straight ones in twos. */
function balancedQuotes(tokens: Token[], start: number, end: number): boolean {
	let curly = 0;
	let straight = 0;
	for (let i = start; i < end; i++) {
		const text = tokens[i]!.text;
		if (text === '“') curly++;
		else if (text === '”' && --curly < 0) return false;
		else if (text === '"') straight++;
	}
	return curly === 0 && straight % 2 === 0;
}

const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);

/** Words before a person's name that say who they are: "President", "federal judge", "France's". */
function describes(tokens: Token[], from: number, answer: Entity): boolean {
	if (answer.kind !== 'person') return false;
	for (let i = from; i < answer.tokenStart; i++) {
		const t = tokens[i]!;
		if (!['PROPN', 'NOUN', 'ADJ'].includes(t.pos) && !/^(the|['’]s)$/i.test(t.text)) return false;
	}
	return true;
}

const FINITE_AUXILIARIES = new Set('is are was were am has have had will would can could shall should may might must do does did'.split(' '));

/**
 * A finite verb after the verb group that opens the predicate: the tagger took a word of the
 * subject for the verb ("The official remain campaign was…"), and no inversion of it reads.
 */
function secondVerb(tokens: Token[], verb: number, until: number): boolean {
	let i = verb;
	while (i < until && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'PART' || tokens[i]!.pos === 'ADV')) i++;
	if (tokens[i]?.pos === 'VERB') i++;
	for (; i < until; i++) if (tokens[i]!.pos === 'AUX' && FINITE_AUXILIARIES.has(tokens[i]!.text.toLowerCase())) return true;
	return false;
}

/** Tokens from..to as text, with the article's own spacing and the reference edits applied. */
function render(tokens: Token[], from: number, to: number, edits: readonly Edit[], skip: [number, number][] = []): string {
	let out = '';
	for (let i = from; i < to; i++) {
		if (skip.some(([a, b]) => i >= a && i < b)) continue;
		const t = tokens[i]!;
		const edit = edits.find((e) => e.start <= t.start && t.end <= e.end);
		if (edit && edit.start !== t.start) continue;
		const word = edit ? edit.text : t.text;
		const previous = tokens[i - 1];
		const glued = previous && previous.end === t.start && i > from;
		out += (out && !glued ? ' ' : '') + word;
	}
	return out;
}

/** Subject–auxiliary inversion, with do-support when the verb has no auxiliary. */
function invert(tokens: Token[], subject: [number, number], verb: number, edits: readonly Edit[], named: boolean) {
	const first = tokens[verb]!;
	const rendered = render(tokens, subject[0], subject[1], edits);
	const edited = edits.some((e) => e.start === tokens[subject[0]]!.start);
	// A pronoun named by an edit ("It" → "The telescope") is lower case once it follows the verb.
	const subjectText = edited ? rendered.replace(/^The /, 'the ') : lowerFirst(rendered, tokens[subject[0]]!, named);
	// "In which year had Fiat sold…?" reads as "did Fiat sell": the past perfect asks in the past.
	const participle = tokens[verb + 1];
	if (first.text.toLowerCase() === 'had' && participle?.pos === 'VERB' && /^[a-z]+$/.test(participle.lemma.toLowerCase()) && participle.text.toLowerCase() !== participle.lemma.toLowerCase()) {
		return {
			head: `did ${subjectText}`,
			rest: (from: number, to: number, skip: [number, number][]) => `${participle.lemma.toLowerCase()} ${render(tokens, from + 2, to, edits, skip)}`.trim()
		};
	}
	if (first.pos === 'AUX' && first.text.toLowerCase() !== 'to') {
		return {
			head: `${first.text.toLowerCase()} ${subjectText}`,
			rest: (from: number, to: number, skip: [number, number][]) => render(tokens, from + 1, to, edits, skip)
		};
	}
	const lemma = first.lemma.toLowerCase();
	const word = first.text.toLowerCase();
	if (!lemma || /[^a-z-]/.test(lemma)) return undefined;
	const thirdPerson = word !== lemma && (word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`));
	const plural = /s$/.test(tokens[subject[1] - 1]!.text) && tokens[subject[1] - 1]!.pos === 'NOUN';
	const auxiliary = thirdPerson ? 'does' : word === lemma && plural ? 'do' : 'did';
	return {
		head: `${auxiliary} ${subjectText}`,
		rest: (from: number, to: number, skip: [number, number][]) => `${lemma} ${render(tokens, from + 1, to, edits, skip)}`
	};
}

function lowerFirst(text: string, token: Token, named: boolean): string {
	if ((token.pos === 'PROPN' && named) || /^\p{Lu}{2}/u.test(token.text)) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The clause that holds the answer, when it can stand alone as a sentence (its own subject and
 * verb): a shorter, clearer stem for a long sentence. Pronouns pointing into earlier clauses are
 * named. Undefined when the whole sentence must be kept.
 */
export function standaloneClause(sentence: Sentence, answer: Entity, sentenceEdits: readonly Edit[], entities: readonly Entity[], apostrophe: string): { text: (gap: Edit) => string } | undefined {
	const tokens = sentence.tokens;
	let [start, end] = clauseAround(tokens, answer);
	if (start === 0 && end === tokens.length) return undefined;
	while (tokens[start] && (/^(and|but|or|so)$/i.test(tokens[start]!.text) || (tokens[start]!.pos === 'ADV' && tokens[start + 1]?.text === ','))) start += tokens[start]!.pos === 'ADV' ? 2 : 1;
	if (!tokens[start] || SUBORDINATORS.has(tokens[start]!.text.toLowerCase())) return undefined;
	if (tokens.slice(start, end).some((t) => /^["“”]$/.test(t.text)) || end - start < 5) return undefined;
	let subjectStart = start;
	if (['ADP', 'ADV'].includes(tokens[start]!.pos)) {
		const comma = tokens.findIndex((t, i) => i > start && i < end && t.text === ',');
		if (comma < 0) return undefined;
		subjectStart = comma + 1;
	}
	let verb = subjectStart;
	while (verb < end && NP_POS.has(tokens[verb]!.pos)) verb++;
	if (verb === subjectStart || verb >= end || !['AUX', 'VERB'].includes(tokens[verb]!.pos)) return undefined;
	// A finite verb ("emanating" makes a list item, not a clause), and a named subject in a later
	// clause ("the company" there stands for a name given before).
	if (tokens[verb]!.pos === 'VERB' && /ing$/.test(tokens[verb]!.text)) return undefined;
	const edits = [...sentenceEdits, ...(start > 0 ? clauseEdits(tokens, start, end, entities, apostrophe) : [])];
	const named = entities.some((e) => e.tokenStart >= subjectStart && e.tokenEnd <= verb) || edits.some((e) => e.start >= tokens[subjectStart]!.start && e.end <= tokens[verb - 1]!.end);
	if (start > 0 && !named) return undefined;
	if (hasDangling(tokens, start, end, edits, entities)) return undefined;
	return {
		text: (gap) => {
			const body = render(tokens, start, end, [...edits.filter((e) => e.start < gap.start || e.start >= gap.end), gap]).replace(/[\s,;:]+$/, '');
			const capital = body.charAt(0).toUpperCase() + body.slice(1);
			return /[.!?]$/.test(capital) ? capital : `${capital}.`;
		}
	};
}
