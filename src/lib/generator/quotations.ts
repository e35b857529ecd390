// Quotations: who speaks them, and how a sentence from inside one is given back to its speaker.
import { fullName } from './entities';
import { alternatives, QUOTATION_VERBS } from './lexicon';
import type { BuildContext } from './question-types';
import type { Entity, Sentence, Token } from './types';

export const SPEECH = new RegExp(`^(${alternatives(QUOTATION_VERBS)})$`, 'i');
/** Words before the one spoken to or about, never the speaker: "told BBC Sport", "said to reporters". */
const LISTENER = /^(told|tells|telling|to|from|with|by|at|for|about)$/i;

/**
 * Whether an entity may be a quotation's speaker: a person, or a name of unknown kind right beside
 * the verb of saying ("Okafor said", "said Okafor"); never whoever is spoken to ("told BBC Sport")
 * or where ("at the Sydney International"). A speaker that is not certain is named by no question.
 */
function maySpeak(entity: Entity, tokens: readonly Token[]): boolean {
	if (LISTENER.test(tokens[entity.tokenStart - 1]?.text ?? '')) return false;
	if (entity.kind === 'person') return true;
	return entity.kind === 'name' && (SPEECH.test(tokens[entity.tokenEnd]?.text ?? '') || SPEECH.test(tokens[entity.tokenStart - 1]?.text ?? ''));
}

/** Who speaks the quotation that opens in this sentence: "Huang said, “…" → "Jensen Huang". */
export function openingSpeaker(context: BuildContext, sentence: Sentence): string | undefined {
	const open = sentence.tokens.findIndex((t) => /^[“"]$/.test(t.text));
	if (open < 0) return undefined;
	const before = sentence.tokens.slice(0, open);
	if (!before.some((t) => SPEECH.test(t.text))) return undefined;
	const edits = context.references[sentence.index]!.edits;
	const people = context.entitiesOf[sentence.index]!.filter((e) => e.tokenEnd <= open && maySpeak(e, sentence.tokens));
	const person = people[people.length - 1];
	if (person) return fullName(person, context.entities);
	const pronoun = edits.find((e) => e.start < sentence.tokens[open]!.start);
	return pronoun?.text;
}

/**
 * The speaker named next to a quotation that fills a sentence: after it ("“…,” Cameron said."), in
 * the sentence after, or after the quotation just before ("“…,” Cameron said. “I do not…”").
 */
export function speakerAfter(context: BuildContext, sentence: Sentence): string | undefined {
	for (const index of [sentence.index, sentence.index + 1, sentence.index - 1]) {
		const candidate = context.sentences[index];
		if (!candidate || candidate.block !== sentence.block) continue;
		const closing = candidate.tokens.findLastIndex((t) => /^[”"]$/.test(t.text));
		if (index === sentence.index - 1 && closing < 0) continue;
		const after = candidate.tokens.slice(closing + 1);
		if (!after.some((t) => SPEECH.test(t.text))) continue;
		const person = context.entitiesOf[index]!.find((e) => e.tokenStart > closing && maySpeak(e, candidate.tokens));
		if (person) return fullName(person, context.entities);
	}
	return undefined;
}

/** The speaker of the quotation that a sentence continues, from the sentence where it opened. */
export function speakerOf(context: BuildContext, sentence: Sentence): string | undefined {
	for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - 6; i--) {
		const previous = context.sentences[i]!;
		if (previous.block !== sentence.block) return undefined;
		const speaker = openingSpeaker(context, previous);
		if (speaker) return speaker;
	}
	return undefined;
}

/** A sentence from inside a quotation, given back to its speaker. */
export function quoted(speaker: string, text: string): string {
	const inner = text.replace(/^[“"]/, '');
	// The quotation closes inside the sentence, which says who spoke ("…has landed," Armstrong
	// reported.): it needs only its opening mark back.
	const close = /[”"]/.exec(inner);
	if (close && inner.slice(close.index + 1).trim().length > 1) return `${close[0] === '"' ? '"' : '“'}${inner}`;
	return `${speaker} said: “${inner.replace(/[”"]$/, '')}”`;
}

/** A quotation the prompt opens and does not close (it goes on in the next sentence, or was cut short) is closed. */
export function closeQuotation(prompt: string): string {
	if (occurrences(prompt, '"') % 2 === 1) return `${prompt}"`;
	return occurrences(prompt, '“') > occurrences(prompt, '”') ? `${prompt}”` : prompt;
}

/** How often `mark` occurs in `text`, found with indexOf (a native scan) rather than a loop over every character. */
function occurrences(text: string, mark: string): number {
	let count = 0;
	for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) count++;
	return count;
}
