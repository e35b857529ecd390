// The shapes the question builders share: a fact, a candidate question, what building one needs.
import type { Draft } from './filters';
import type { Random } from './random';
import type { SentenceReferences } from './references';
import type { Block, Entity, Sentence } from './types';

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
	/** Randomness of its own for each fact and question type (keyed by both): a rule that changes one question leaves the others' options as they were. */
	randomFor: (key: string) => Random;
	article: string;
	apostrophe: string;
}
