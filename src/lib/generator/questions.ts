// The assembly: every fact asked in a few ways, filtered, near-duplicates dropped, in article order.
import { makeAlsoTrue } from './also-true';
import { findFacts } from './facts';
import { rejection } from './filters';
import { flashcards } from './flashcards';
import { factQuestions } from './stems';
import { wordSet } from './text-forms';
import { trueFalse } from './true-false';
import { TwinIndex } from './twin-index';
import type { BuildContext, Candidate } from './question-types';

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
	// Each fact is asked at most twice, in two different ways. Whether multiple choice or gap-fill
	// comes first is drawn for each fact (about half and half, so that a deck is neither all
	// recognition nor all recall), never from the facts ranked before it: a change elsewhere in the
	// article leaves a fact's questions, and so their ids and their learners' progress, as they were.
	for (const fact of [...facts].sort((a, b) => b.score - a.score || a.answer.start - b.answer.start)) {
		const preferMcq = context.randomFor(`${fact.id}\u0000way`).next() < 0.5;
		const types = new Set<string>();
		for (const make of factQuestions(context, fact, alsoTrue, preferMcq)) {
			if (types.size >= 2) break;
			const way = make();
			if (!way) continue;
			if (types.has(way.type) || !passes(way)) continue;
			if (types.size === 1 && kept[kept.length - 1]?.prompt === way.prompt) continue;
			if (keep(way)) types.add(way.type);
		}
	}
	for (const draft of [...trueFalse(context, facts, alsoTrue), ...flashcards(context)]) {
		if (passes(draft)) keep(draft);
	}
	// In article order; within a sentence the order of types turns from one sentence to the next,
	// so that the first new cards a learner meets (one a fact: siblings wait) are of every type.
	const ordinal = new Map([...new Set(kept.map((k) => k.source.start))].sort((a, b) => a - b).map((start, i) => [start, i]));
	const typeRank = (draft: Candidate) => (TYPE_ORDER.indexOf(draft.type) + TYPE_ORDER.length - ((ordinal.get(draft.source.start) ?? 0) % TYPE_ORDER.length)) % TYPE_ORDER.length;
	return { kept: kept.sort((a, b) => a.source.start - b.source.start || typeRank(a) - typeRank(b)), rejected };
}

const TYPE_ORDER = ['mcq', 'cloze', 'short-answer', 'true-false', 'flashcard'];
