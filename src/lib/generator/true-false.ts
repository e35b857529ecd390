// True or false: one statement per sentence, false ones made by swapping one entity.
import { distractorsFor } from './distractors';
import type { FilterContext } from './filters';
import { openingSpeaker, quoted } from './quotations';
import { renderSentence } from './references';
import { GAP } from './gap';
import { baseDraft, candidate, classifier, fitsGap, statement } from './stems';
import type { BuildContext, Candidate, Fact } from './question-types';

/**
 * True-or-false statements: each sentence's own, cut after its last fact, and a false one made by
 * swapping one entity for a fair wrong value, where one exists.
 */
export function trueFalse(context: BuildContext, facts: Fact[], alsoTrue: FilterContext['alsoTrue']): Candidate[] {
	const bySentence = new Map<number, Fact[]>();
	for (const f of facts) {
		const list = bySentence.get(f.sentence.index);
		if (list) list.push(f);
		else bySentence.set(f.sentence.index, [f]);
	}
	// Each statement is made only once it is known whether it is to be true or false.
	const statements: { start: number; truth: () => Candidate; falsehood: () => Candidate | undefined }[] = [];
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
		// A true statement keeps every fact of its sentence, and drops the clauses after the last.
		const lastFact = list.reduce((last, f) => (f.answer.tokenEnd > last.answer.tokenEnd ? f : last));
		const falsehood = () => {
			if (!swappable.includes(fact)) return undefined;
			const gapped = renderSentence(sentence, [...context.references[index]!.edits, { start: fact.answer.start, end: fact.answer.end, text: GAP }]);
			const probe = candidate(base, 'mcq', gapped, fact.answer.text);
			const fits = fitsGap(gapped, fact.answer.kind);
			const [wrong] = distractorsFor(
				fact.answer,
				{ entities: context.entities, random: context.randomFor(`${fact.id}\u0000true-false`), alsoTrue: (o) => alsoTrue(probe, o), classOf: classifier(context), ...(fits ? { fits } : {}) },
				1
			);
			return wrong ? candidate(base, 'true-false', say(statement(context, sentence, { entity: fact.answer, text: wrong }, fact.answer)), 'false') : undefined;
		};
		statements.push({
			start: sentence.start,
			// Both cut to the clause that carries the fact: a statement to judge, not a paragraph to recognise.
			truth: () => candidate(base, 'true-false', say(statement(context, sentence, undefined, lastFact.answer)), 'true'),
			falsehood
		});
	}
	// Every sentence gives its true statement, and a false one where a fair swap exists: none is among
	// a deck's best (blind reviews found almost none acceptable), and among the further questions a
	// learner who asks for them meets both kinds, each fact's statement decided by nothing else.
	const out: Candidate[] = [];
	for (const statement of statements.sort((a, b) => a.start - b.start)) {
		out.push(statement.truth());
		const falsehood = statement.falsehood();
		if (falsehood) out.push(falsehood);
	}
	return out;
}
