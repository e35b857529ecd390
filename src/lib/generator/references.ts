import { mapped } from './arrays';
import { alternatives, CORPORATE_VERBS, DEMONSTRATIVES, DEMONYMS, PERSON_PRONOUNS, PLURAL_PRONOUNS, ROLES, THING_PRONOUNS } from './lexicon';
import type { Entity, Sentence, Token } from './types';

/** A change to a sentence's text when it is made into a question. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

export interface SentenceReferences {
	/** Pronouns that point outside the sentence, replaced by what they stand for. */
	edits: Edit[];
	/** A pronoun or "this/that …" that points outside and could not be resolved: no question may rest on it. */
	unresolved: boolean;
}

const PERSONAL = new Set([...PERSON_PRONOUNS, 'hers']);
const PLURAL = new Set([...PLURAL_PRONOUNS, 'theirs']);
const DEMONSTRATIVE_START = new RegExp(`^(${alternatives(DEMONSTRATIVES)}|such|the former|the latter)\\b`, 'i');
const DEFINITE = new RegExp(`^(the|${alternatives(DEMONSTRATIVES)})$`, 'i');
const THING_KINDS = new Set(['organisation', 'product', 'place', 'name', 'term']);

/** Discourse markers that open a sentence and mean nothing out of context. */
export const OPENERS = /^(notably|to be sure|however|previously|meanwhile|moreover|furthermore|in addition|additionally|also|still|indeed|separately|similarly|likewise|by contrast|in contrast|instead|nevertheless|nonetheless|as a result|therefore|thus|finally|first|second|third|in fact|of course|for example|for instance|as such|even so),\s+/i;

function isSubject(tokens: Token[], index: number): boolean {
	let k = index + 1;
	while (tokens[k]?.pos === 'ADV') k++;
	return tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB';
}

/** Where the subject starts, past a fronted adverbial ("In March, Alibaba…"); undefined when that has no comma near. */
function subjectStart(tokens: readonly Token[]): number | undefined {
	if (!['ADP', 'ADV', 'SCONJ'].includes(tokens[0]?.pos ?? '')) return 0;
	const comma = tokens.findIndex((t) => t.text === ',');
	return comma < 0 || comma > 8 ? undefined : comma + 1;
}

/**
 * "The images … show …. They are composites…": the subject of a recent sentence, when it is a
 * plural common noun phrase ("the images"), for a "They" that opens its sentence. Names are left to
 * the rules above; a sentence in between with another such subject makes it ambiguous. (A singular
 * "It" is never resolved so: blind reviews found it standing for the wrong thing too often.)
 */
function recentSubject(sentences: readonly Sentence[], bySentence: readonly Entity[][], sentence: Sentence): string | undefined {
	for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 3; i--) {
		const previous = sentences[i]!;
		if (sentence.block - previous.block > 2) return undefined;
		const tokens = previous.tokens;
		const start = subjectStart(tokens);
		if (start === undefined) continue;
		// "SAS expects… It will also leave…": a name as a more recent subject may be what "it" is.
		if (bySentence[i]!.some((e) => e.tokenStart === start && THING_KINDS.has(e.kind))) return undefined;
		if (tokens[start]?.pos !== 'DET' || !DEFINITE.test(tokens[start]!.text)) continue;
		let end = start + 1;
		while (tokens[end] && ['ADJ', 'NOUN', 'NUM'].includes(tokens[end]!.pos)) end++;
		const head = tokens[end - 1];
		if (!head || head.pos !== 'NOUN' || end - start > 5 || head.quoted) continue;
		// Only a plural head ("the images"): a "They" stands for it.
		if (head.text.toLowerCase() === head.lemma.toLowerCase() || !/s$/i.test(head.text)) continue;
		const words = mapped(tokens.slice(start, end), (t) => t.text);
		words[0] = 'the';
		return words.join(' ');
	}
	return undefined;
}

/**
 * The sentence opens with a proper name as its subject, and no organisation is in it ("Webb
 * cost…", "In May, Huang said…"): an "its" after it may stand for that name, whatever
 * organisation came before.
 */
function namesOtherSubject(sentence: Sentence, entities: readonly Entity[]): boolean {
	const tokens = sentence.tokens;
	const start = subjectStart(tokens);
	if (start === undefined || tokens[start]?.pos !== 'PROPN') return false;
	// The words of the subject ("Chinese tech giant Alibaba"; "Webb cost" when the tagger takes the verb for a noun).
	let end = start;
	while (['PROPN', 'NOUN', 'ADJ'].includes(tokens[end]?.pos ?? '')) end++;
	return !entities.some((e) => e.kind === 'organisation' && e.tokenStart < end && e.tokenEnd > start);
}

/** "The 21-year-old Spaniard … his fourth title", "The captain … his": the subject before the pronoun is a person. */
function personSubject(tokens: Token[], pronoun: number): boolean {
	const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
	if (verb < 0 || verb >= pronoun) return false;
	return tokens.slice(0, verb).some((t, i) => (t.pos === 'NOUN' || t.pos === 'PROPN') && (/-year-old$/.test(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === 'old' || ROLES.has(t.text.toLowerCase()) || DEMONYMS.has(t.text.toLowerCase())));
}

/** The pronoun is the sentence's first word, or the first after an opener ("However, it…"). */
function opensSentence(sentence: Sentence, index: number): boolean {
	if (index === 0) return true;
	const opener = OPENERS.exec(sentence.text);
	return !!opener && sentence.tokens[index]!.start - sentence.start === opener[0].length;
}

const JUDGEMENTS = /^(likely|unlikely|possible|impossible|clear|unclear|true|obvious|certain|important|hard|easy|difficult)$/i;

function isDummyIt(tokens: Token[], index: number): boolean {
	const next = tokens[index + 1];
	if (!next || next.pos !== 'AUX') return false;
	// "It is more likely the flanker will…", "It was clear the deal…": a judgement on what follows.
	const degree = /^(more|most|less)$/i.test(tokens[index + 2]?.text ?? '') ? 1 : 0;
	if (JUDGEMENTS.test(tokens[index + 2 + degree]?.text ?? '')) return true;
	return tokens.slice(index + 2, index + 6).some((t) => /^(to|that|for)$/i.test(t.text)) && !tokens.slice(index + 2, index + 4).some((t) => t.pos === 'VERB' && t.text !== 'be');
}

const FORMS_OF_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "it launched", "it is expanding": an organisation acts. "It was announced" is done to it: no. */
function isSubjectOfCorporateVerb(tokens: Token[], index: number): boolean {
	let k = index + 1;
	let passive = false;
	while (tokens[k] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) {
		if (FORMS_OF_BE.has(tokens[k]!.text.toLowerCase())) passive = true;
		k++;
	}
	const verb = tokens[k];
	if (!verb || verb.pos !== 'VERB' || (passive && !/ing$/i.test(verb.text))) return false;
	return CORPORATE_VERBS.has(verb.lemma.toLowerCase());
}

function possessive(name: string, apostrophe: string): string {
	return /s$/.test(name) ? `${name}${apostrophe}` : `${name}${apostrophe}s`;
}

/**
 * Resolves what a sentence's pronouns refer to, as far as rules safely can: "it"/"its" as the subject
 * of something an organisation does, and "he"/"she" when one person only was named just before.
 * A pronoun with its referent earlier in the same sentence needs nothing.
 */
export function resolveReferences(sentences: readonly Sentence[], entities: readonly Entity[], apostrophe = '’'): SentenceReferences[] {
	const bySentence = mapped(sentences, () => [] as Entity[]);
	for (const e of entities) bySentence[e.sentence]?.push(e);
	return mapped(sentences, (sentence) => {
		const edits: Edit[] = [];
		// "These features…", "the former…": they point back to something out of the sentence.
		const opening = mapped(sentence.tokens.slice(0, 5), (t) => t.text.toLowerCase());
		let unresolved =
			DEMONSTRATIVE_START.test(sentence.text.replace(OPENERS, '')) ||
			opening.some((w, i) => ['this', 'these', 'those', 'that'].includes(w) && sentence.tokens[i + 1]?.pos === 'NOUN') ||
			sentence.tokens.some((t, i) => /^(former|latter)$/i.test(t.text) && sentence.tokens[i - 1]?.text.toLowerCase() === 'the' && !['NOUN', 'PROPN', 'ADJ'].includes(sentence.tokens[i + 1]?.pos ?? ''));
		const own = bySentence[sentence.index]!;
		// The two sentences before, in the same part of the article.
		const window = [...(bySentence[sentence.index - 2] ?? []), ...(bySentence[sentence.index - 1] ?? [])].filter((e) => !e.quoted);
		const introduced = new Set<string>();
		sentence.tokens.forEach((token, index) => {
			if (token.pos !== 'PRON' || token.quoted) return;
			const word = token.text.toLowerCase();
			const before = own.filter((e) => e.tokenEnd <= index);
			let referent: string | undefined;
			// "it would be for…", "it is likely that…": a dummy subject that stands for nothing.
			if (word === 'it' && isDummyIt(sentence.tokens, index)) return;
			if (THING_PRONOUNS.has(word)) {
				// An organisation, or a singular noun ("The country … its economy"), earlier in the sentence.
				if (before.some((e) => THING_KINDS.has(e.kind)) || introduced.has('thing')) return;
				// "Medica launched its vaccine": a name of unknown kind as the subject is what "its" stands for.
				if (namesOtherSubject(sentence, own) && subjectStart(sentence.tokens)! < index) return;
				const tokens = sentence.tokens;
				if (tokens.slice(0, index).some((t, k) => t.pos === 'NOUN' && !/s$/.test(t.text) && !t.quoted && ['DET', 'PRON', 'PART'].includes(tokens[k - 1]?.pos ?? ''))) return;
				const organisations = window.filter((e) => e.kind === 'organisation');
				// "Webb cost about $10 billion…. Its primary mirror…": the sentence before is about
				// something else it could stand for, named as its subject; the organisation before that is no safe guess.
				const previous = sentences[sentence.index - 1];
				const latest = previous && namesOtherSubject(previous, bySentence[previous.index]!) ? undefined : organisations[organisations.length - 1];
				// "it" is the organisation only when it does what organisations do ("it launched").
				if (latest && (word === 'its' || isSubjectOfCorporateVerb(sentence.tokens, index))) referent = latest.text;
				// Any other "it" ("It is a composite…", "It was the first World Cup…") may stand for a common
				// noun of an earlier sentence or for something only implied: a guess, so unresolved.
			} else if (PERSONAL.has(word)) {
				// A name of unknown kind before it ("Okafor said he…") may be the person it stands for.
				if (before.some((e) => e.kind === 'person' || e.kind === 'name') || introduced.has('person') || personSubject(sentence.tokens, index)) return;
				const people = new Set(mapped(window.filter((e) => e.kind === 'person'), (e) => e.text));
				const names = [...people];
				// "Jensen Huang" and "Huang" are one person: keep the longest name.
				const distinct = names.filter((n) => !names.some((m) => m !== n && m.split(' ').includes(n)));
				// Certain only when no other name just before could be a person too.
				if (distinct.length === 1 && !window.some((e) => e.kind === 'name')) referent = distinct[0];
			} else if (PLURAL.has(word)) {
				if (before.length || sentence.tokens.slice(0, index).some((t) => t.pos === 'NOUN' && /s$/.test(t.text))) return;
				if (word === 'they' && opensSentence(sentence, index) && isSubject(sentence.tokens, index)) referent = recentSubject(sentences, bySentence, sentence);
			} else {
				return;
			}
			if (!referent) {
				unresolved = true;
				return;
			}
			// "Scholl … with her brother": a name already in the sentence is not written in again.
			const surname = referent.split(' ').pop()!;
			if (/^\p{Lu}/u.test(surname) && sentence.tokens.some((t) => t.text === surname)) return;
			introduced.add(THING_PRONOUNS.has(word) ? 'thing' : 'person');
			if (index === 0 && /^the /.test(referent)) referent = `T${referent.slice(1)}`;
			const isPossessive = word === 'its' || word === 'his' || (word === 'her' && sentence.tokens[index + 1]?.pos === 'NOUN');
			edits.push({ start: token.start, end: token.end, text: isPossessive ? possessive(referent, apostrophe) : referent });
		});
		return { edits, unresolved };
	});
}

/**
 * The sentence's text with edits applied (offsets are into the article), the opener ("Notably, ")
 * dropped, and the first letter made upper case.
 */
export function renderSentence(sentence: Sentence, edits: readonly Edit[]): string {
	let text = '';
	let at = sentence.start;
	for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
		if (edit.start < at) continue;
		text += sentence.text.slice(at - sentence.start, edit.start - sentence.start) + edit.text;
		at = edit.end;
	}
	text += sentence.text.slice(at - sentence.start);
	text = text.replace(OPENERS, '');
	return text.charAt(0).toUpperCase() + text.slice(1);
}
