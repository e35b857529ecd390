// Facts: the entities and key terms of each sentence worth asking about, scored.
import { normalizeText } from '../deck/normalize';
import { isFormula, spanVeto } from './answer-span';
import { articleWordCounts, isSuperlative, keyTerms, spelledOutBeside } from './key-terms';
import { openingSpeaker, speakerAfter, speakerOf } from './quotations';
import { answerKey, memoized } from './text-forms';
import type { BuildContext, Fact } from './question-types';
import type { Entity, EntityKind, Sentence } from './types';

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

/** Numbers said in a quotation are facts too ("will grow to nearly $50 billion"); names in one are not. */
const QUOTABLE: ReadonlySet<EntityKind> = new Set(['money', 'percent', 'quantity', 'year', 'date']);

/** normalizeText of a sentence, remembered: each is asked about several answers. */
const normalizedSentence = memoized(normalizeText);

function isAskable(entity: Entity, sentence: Sentence, attributed: boolean): boolean {
	// Acronyms such as "AI" or "GDP" are vocabulary, not facts; so are short unknown names ("YoY").
	if (entity.kind === 'term' && /^\p{Lu}{2,5}$/u.test(entity.text)) return false;
	if (entity.kind === 'name' && entity.text.length <= 3) return false;
	if (!KIND_WEIGHT[entity.kind] || (entity.quoted && !attributed && !QUOTABLE.has(entity.kind))) return false;
	if (spelledOutBeside(sentence.tokens, entity.tokenStart, entity.tokenEnd) || spanVeto(sentence, entity)) return false;
	// The same words twice in a sentence make a gap that the stem fills itself.
	const key = answerKey(entity.text);
	const text = normalizedSentence(sentence.text);
	const first = text.indexOf(key);
	return first >= 0 && text.indexOf(key, first + 1) < 0;
}

function oddStraightQuotes(text: string): boolean {
	return (text.split('"').length - 1) % 2 === 1;
}

/** Longer than any sentence a teacher would ask about: a list, a table or garbage. */
const LONGEST_SENTENCE = 90;

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

/** Facts worth asking about: entities and key phrases of paragraph sentences, at most three per sentence. */
export function findFacts(context: BuildContext): Fact[] {
	const counts = new Map<string, number>();
	const firstSeen = new Map<string, number>();
	for (const e of context.entities) {
		counts.set(e.text, (counts.get(e.text) ?? 0) + 1);
		if (!firstSeen.has(e.text)) firstSeen.set(e.text, e.start);
	}
	const wordCounts = articleWordCounts(context.sentences);
	const facts: Fact[] = [];
	for (const sentence of context.sentences) {
		if (sentence.tokens.length > LONGEST_SENTENCE || isFormula(sentence)) continue;
		let contextSentence: Sentence | undefined;
		if (context.references[sentence.index]!.unresolved) {
			// Asked with the sentence before it, when that one stands on its own in the same paragraph.
			// The sentence just before, in the same paragraph or the one before it with no heading between.
			const previous = sentence.index > 0 ? context.sentences[sentence.index - 1] : undefined;
			if (!previous || sentence.block - previous.block > 1 || context.references[previous.index]!.unresolved) continue;
			if (previous.tokens.length + sentence.tokens.length > 72) continue;
			// A quotation put before the sentence would read as if the sentence’s subject said it.
			if (/^[“"]/.test(previous.text)) continue;
			contextSentence = previous;
		}
		// A sentence inside a quotation (one begun before it, or one that is nothing but a quotation)
		// is asked only as what its speaker said.
		const continuesQuote = !!sentence.tokens[0]?.quoted;
		// A straight quotation mark that does not pair up (a stray mark, a quotation run on from
		// before) leaves unclear what is quoted and who says it, unless the sentence opens inside it.
		if (!continuesQuote && !/^[“"]/.test(sentence.text) && oddStraightQuotes(sentence.text)) continue;
		// In a paragraph whose straight quotation marks do not pair up (a quotation reopened without
		// being closed), which words are quoted is a guess: nothing in or beside a quotation is asked.
		const blockText = context.blocks[sentence.block]?.text ?? '';
		if (oddStraightQuotes(blockText) && (continuesQuote || sentence.tokens.some((t) => t.quoted) || /"/.test(sentence.text))) continue;
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
