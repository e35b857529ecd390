// Stems: a sentence made into a statement, a gap-fill or a wh-question, and the candidate questions built on them.
import { acceptedVariants } from './accept';
import { distractorsFor } from './distractors';
import { ARTICLE_BEFORE_GAP, GAP, THE_BEFORE_GAP } from './gap';
import { takesArticle, type FilterContext } from './filters';
import { closeQuotation, quoted } from './quotations';
import { renderSentence, type Edit } from './references';
import type { BuildContext, Candidate, Fact } from './question-types';
import type { Block, Entity, EntityKind, Sentence } from './types';
import { standaloneClause, whQuestion } from './wh-question';

function inParagraph(blocks: readonly Block[], sentence: Sentence): boolean {
	const block = blocks[sentence.block];
	return block?.kind === 'paragraph' && block.start <= sentence.start && block.end >= sentence.end;
}

type DraftBase = Pick<Candidate, 'source' | 'unresolved' | 'inParagraph' | 'factKey' | 'score'>;

/** What every question about a sentence shares: its source, and what the filters need to know of it. */
export function baseDraft(context: BuildContext, sentence: Sentence, factKey: string, score: number, withContext = false): DraftBase {
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
export function candidate(base: DraftBase, type: Candidate['type'], prompt: string, answer: string, options?: string[], accept?: string[]): Candidate {
	const own = type === 'flashcard' ? prompt : withoutOpeningConjunction(prompt);
	return { source: base.source, unresolved: base.unresolved, inParagraph: base.inParagraph, factKey: base.factKey, score: base.score, type, prompt: closeQuotation(own), answer, options, accept };
}

/** "But", "And", "However," tie a sentence to the one before; alone, the question starts with what follows. */
const OPENING_CONJUNCTION = /^(?:But|And|Yet|However,|Meanwhile,)\s+(?=[\p{L}_"“])/u;
function withoutOpeningConjunction(prompt: string): string {
	const rest = prompt.replace(OPENING_CONJUNCTION, '');
	return rest === prompt ? prompt : rest.charAt(0).toUpperCase() + rest.slice(1);
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

/**
 * A sentence made into a statement, with one entity swapped for a wrong value when `swap` is given;
 * a long one cut after the clause that holds `cutAfter` ("…in March, Huang said, …" → "…in March.").
 */
export function statement(context: BuildContext, sentence: Sentence, swap?: { entity: Entity; text: string }, cutAfter?: Entity): string {
	const edits: Edit[] = [...context.references[sentence.index]!.edits];
	if (cutAfter) for (const cut of truncation(sentence, cutAfter)) edits.push({ ...cut, text: '.' });
	if (swap) {
		// "Google's" with "Epic Games" in its place is "Epic Games'", not "Epic Games's" (a surname
		// keeps its "'s": "Lloris's").
		const possessive = /^['’]s\b/.exec(sentence.text.slice(swap.entity.end - sentence.start));
		if (possessive && /\s\S+[^s]s$/.test(swap.text)) edits.push({ start: swap.entity.start, end: swap.entity.end + possessive[0].length, text: `${swap.text}${possessive[0][0]}` });
		else edits.push({ start: swap.entity.start, end: swap.entity.end, text: swap.text });
	}
	return renderSentence(sentence, edits).replace(/[\s,;:]+(\.?)$/, '$1');
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
	// Never inside brackets ("1.55bn euros ($2bn; £1.1bn)"): the cut would leave one open.
	let brackets = 0;
	for (let i = 0; i < tokens.length - 6; i++) {
		const t = tokens[i]!;
		if (t.text === '(' || t.text === '[') brackets++;
		else if ((t.text === ')' || t.text === ']') && brackets > 0) brackets--;
		// A relative clause, or a subordinate clause that opens the sentence ("While …,"), is not the main one.
		const opening = i === 0 || (i === 2 && tokens[1]!.text === ',');
		if (/^(which|who|whom|whose)$/i.test(t.text) || (opening && /^(while|although|though|as|because|if|when|since|after|before|whereas|once)$/i.test(t.text))) relative = true;
		else if (t.text === ',' && relative) relative = false;
		// A capitalised "verb" inside the sentence is part of a name ("outside Downing Street").
		else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative && !(i === 0 && /ing$/.test(t.text)) && !(i > 0 && /^\p{Lu}/u.test(t.text))) mainVerb = true;
		if (i < answer.tokenEnd + 2 || !mainVerb || relative || brackets > 0) continue;
		if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') {
			// A quotation cut open is closed again by closeQuotation, with the mark it opened with.
			return [{ start: t.start, end: sentence.end, text: ' …' }];
		}
	}
	return [];
}

/** "company" or "organisation" for organisations; what else the distractors must share. */
export function classifier(context: BuildContext): (entity: Entity) => string {
	const noun = organisationNoun(context);
	return (entity) => (entity.kind === 'organisation' ? noun(entity) : entity.kind === 'quantity' ? countedNoun(context, entity) : '');
}

/** What a bare number counts: "30 centimetres" and "35 kilometres" are no options for each other. */
function countedNoun(context: BuildContext, entity: Entity): string {
	const next = context.sentences[entity.sentence]!.tokens[entity.tokenEnd];
	return next && next.pos === 'NOUN' ? next.lemma.toLowerCase() : '';
}

const GENDERED_BEFORE_GAP = /\b(?:(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower)|Queen|King|Princess|Prince|Mrs|Ms|Mr|Lady|Lord|Sir|Dame)\s+_{3,}/;

/** Country names that take "the": "the US", "the Netherlands". */
const TAKES_THE = /^(US|U\.S\.?|USA|UK|U\.K\.?|United\b|Netherlands|Philippines|Czech Republic|Gambia|Bahamas)/;

/** Whether an option fits the words before the gap: "an _____" wants a vowel sound, "the _____" a "the" name. */
export function fitsGap(stem: string, kind: EntityKind): ((option: string) => boolean) | undefined {
	const article = ARTICLE_BEFORE_GAP.exec(stem);
	const the = THE_BEFORE_GAP.test(stem);
	const checks: ((option: string) => boolean)[] = [];
	if (article) checks.push((o) => takesArticle(o, article[1]!.toLowerCase() === 'an' ? 'an' : 'a'));
	if (kind === 'place') checks.push((o) => TAKES_THE.test(o) === the);
	// "his wife _____", "Queen _____": the stem says a sex the options' names do not, so the only
	// woman (or man) among them is the answer. No options, then: the fact is asked typed.
	if (kind === 'person' && GENDERED_BEFORE_GAP.test(stem)) return () => false;
	return checks.length ? (o) => checks.every((check) => check(o)) : undefined;
}

/**
 * The ways of asking about one fact, best first: the wh-question typed, the sentence with a gap as
 * multiple choice or typed (whichever keeps the deck in balance), and the wh-question with options.
 * Each way is made only when it is asked for: wrong options cost work and randomness.
 */
export function factQuestions(context: BuildContext, fact: Fact, alsoTrue: FilterContext['alsoTrue'], preferMcq: boolean): (() => Candidate | undefined)[] {
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
	const accept = acceptedVariants(answer, context);
	// Wrong options are worked out only if a multiple-choice question is wanted, once for both stems.
	let options: string[] | undefined | null = null;
	const random = context.randomFor(`${fact.id}\u0000mcq`);
	const gapOptions = () => {
		if (options !== null) return options;
		const probe = candidate(base, 'mcq', gapped, answer.text);
		const fits = fitsGap(gapped, answer.kind);
		const wrong = distractorsFor(answer, {
			entities: context.entities,
			random,
			alsoTrue: (o) => alsoTrue(probe, o),
			classOf: classifier(context),
			...(fits ? { fits } : {})
		});
		return (options = wrong.length === 3 ? random.shuffle([answer.text, ...wrong]) : undefined);
	};
	const gapMcq = (): Candidate | undefined => {
		const choices = gapOptions();
		return choices && candidate(base, 'mcq', gapped, answer.text, choices);
	};
	const typed = accept.length ? accept : undefined;
	const cloze = () => candidate(base, 'cloze', gapped, answer.text, undefined, typed);
	// A common noun has synonyms that a typed answer would mark wrong ("force" for "pull"): it is
	// asked with options where the article gives them.
	if (answer.kind === 'term') return [gapMcq, cloze];
	if (!wh) return preferMcq ? [gapMcq, cloze] : [cloze, gapMcq];
	const shortAnswer = () => candidate(base, 'short-answer', wh, answer.text, undefined, typed);
	const whMcq = (): Candidate | undefined => {
		const choices = gapOptions();
		return choices && candidate(base, 'mcq', wh, answer.text, context.randomFor(`${fact.id}\u0000mcq-question`).shuffle(choices));
	};
	return preferMcq ? [shortAnswer, gapMcq, cloze, whMcq] : [shortAnswer, cloze, gapMcq, whMcq];
}
