/** Shared shapes of the generator's stages. Offsets are into the article body (UTF-16). */

export type { Block } from '../deck/blocks';

export interface Token {
	text: string;
	start: number;
	end: number;
	/** Universal part of speech (wink-nlp): NOUN, PROPN, VERB, AUX, ADP, PUNCT… */
	pos: string;
	lemma: string;
	/** Inside “…” or "…" quotation marks. */
	quoted: boolean;
}

export interface Sentence {
	index: number;
	start: number;
	end: number;
	text: string;
	tokens: Token[];
	/** The block (paragraph) it belongs to. */
	block: number;
	/** wink-nlp's entities (DATE, MONEY, PERCENT, CARDINAL, DURATION…), as token ranges of the sentence. */
	tagged: { type: string; tokenStart: number; tokenEnd: number }[];
}

export type EntityKind =
	| 'person'
	| 'organisation'
	| 'place'
	| 'product'
	| 'nationality'
	| 'name'
	| 'money'
	| 'percent'
	| 'year'
	| 'month'
	| 'date'
	| 'time'
	| 'fiscal-period'
	| 'duration'
	| 'quantity'
	| 'ordinal'
	| 'term';

export interface Entity {
	kind: EntityKind;
	text: string;
	start: number;
	end: number;
	sentence: number;
	/** Index of the first and one past the last token of the sentence it covers. */
	tokenStart: number;
	tokenEnd: number;
	/** A hedge word just before it ("nearly", "around"): it stays in the stem, never in an answer. */
	hedge?: string;
	/** Role words attached to a person ("CEO", "co-founder") and the organisation they belong to. */
	role?: string;
	roleOf?: string;
	/** Inside a quotation. */
	quoted: boolean;
}
