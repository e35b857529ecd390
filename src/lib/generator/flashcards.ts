// Flashcards: a person and their role; a name and what the article says it is.
import { fullName } from './entities';
import { DEMONYMS, ORG_DESCRIPTORS, ROLES } from './lexicon';
import { baseDraft, candidate } from './stems';
import type { BuildContext, Candidate } from './question-types';
import type { Entity, Sentence } from './types';

const DEFINITION = /^[”"’']?,?[”"’']?\s*(?:which|who|that) (?:is|was|are|were) ((?:an?|the) [^;]+?)(?:[.;]|, (?:which|who|while|but) |$)/;
/** "…seats in the House of Commons, a majority of 174": an amount after a name is said of something else. */
const AMOUNT = /^(?:an?|the) (?:\w+ )?(?:majority|minority|total|share|rise|increase|fall|drop|gain|loss|lead|margin|figure|sum|amount|record|number|tally)\b/i;
/**
 * "the Carina Nebula, a star-forming region about 7,600 light-years away whose…": what a name is
 * said to be right after it, up to the clause that goes on about it. Commas and points inside
 * numbers ("7,600", "4.6") do not end it.
 */
/** Roles that say nothing alone: "chief", "head", "boss". */
const VAGUE_ROLES = /(?:^|\s)(?:chief|head|boss)$/i;
const APPOSITIVE = /^,\s*((?:an?|the) (?:[^,;.()"“”]|(?<=\d)[,.](?=\d))+?)(?=\s+(?:whose|which|who|that|where|when|as)\b|[,;.)](?!\d)|$)/;

/** Flashcards: a person and their role; a term and what the article says it is. */
export function flashcards(context: BuildContext): Candidate[] {
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
			// "Humberside chief": chief of what, the card cannot say.
			if (VAGUE_ROLES.test(entity.role)) continue;
			const role = entity.role;
			const owner = entity.roleOf;
			const titled = /^\p{Lu}/u.test(role);
			// "Italian finance minister", not "finance minister of Italian".
			back = owner ? (titled || /^\p{Lu}{2,}/u.test(role) || DEMONYMS.has(owner.toLowerCase()) ? `${owner} ${role}` : `${role} of ${owner}`) : role;
			if (!/^\p{Lu}/u.test(back)) back = back.charAt(0).toUpperCase() + back.slice(1);
		} else if (['product', 'organisation', 'name'].includes(entity.kind)) {
			const after = sentence.text.slice(entity.end - sentence.start);
			const appositive = partOfLongerName(sentence, entity) || inOpeningPhrase(sentence, entity) ? null : APPOSITIVE.exec(after);
			const match = DEFINITION.exec(after) ?? (appositive && !AMOUNT.test(appositive[1]!) ? appositive : null);
			if (match) back = resolveOwner(match[1]!, context, entity);
			else back = descriptorBefore(context, entity);
		}
		// "a monster pursuing our hero": the writer's own voice, not what the thing is.
		if (!back || /\b(?:our|ours|we|us|my|you|your)\b/i.test(back) || /\bI\b/.test(back)) continue;
		const words = back.split(/\s+/);
		if (words.length > 18 || words.length < 2) continue;
		seen.add(front);
		out.push(candidate(baseDraft(context, sentence, `${sentence.text}\u0000${entity.text}`, 3), 'flashcard', front, back.replace(/[\s,;:.]+$/, '')));
	}
	return out;
}

/**
 * "In Sands of Time, the prince is back", "Still basking in the glory of Sands of Time, the prince…":
 * a name inside the phrase that opens the sentence; the comma after it ends that phrase, and what
 * follows is the sentence, not an appositive ("…was led by Jane Doe, an astronomer" keeps its).
 */
function inOpeningPhrase(sentence: Sentence, entity: Entity): boolean {
	const first = sentence.tokens[0];
	if (!first || entity.tokenStart === 0 || !['ADP', 'VERB', 'ADV', 'SCONJ'].includes(first.pos)) return false;
	const comma = sentence.tokens.findIndex((t) => t.text === ',');
	return comma === entity.tokenEnd;
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
	// A hyphen glued to the words on both sides belongs to the descriptor ("German-US car firm").
	const glued = (k: number) => /^[-–]$/.test(tokens[k]!.text) && tokens[k - 1]?.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;
	while (start > 0 && ((['ADJ', 'NOUN', 'PROPN'].includes(tokens[start - 1]!.pos) && tokens[start - 1]!.text !== ',') || glued(start - 1))) start--;
	const words = tokens.slice(start, entity.tokenStart).map((t) => t.text);
	const last = words[words.length - 1]?.toLowerCase() ?? '';
	if (words.length < 2 || !(ORG_DESCRIPTORS.has(last) || ROLES.has(last))) return undefined;
	const sentence = context.sentences[entity.sentence]!;
	const text = sentence.text.slice(tokens[start]!.start - sentence.start, tokens[entity.tokenStart - 1]!.end - sentence.start);
	// "aircraft makers Boeing and Airbus": a plural says what several are, not what this one is.
	if (/s$/.test(last) && (ORG_DESCRIPTORS.has(last.slice(0, -1)) || ROLES.has(last.slice(0, -1)))) return undefined;
	return text;
}
