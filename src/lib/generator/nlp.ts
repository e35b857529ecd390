import winkNLP, { type ItemEntity, type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, Sentence, Token } from './types';

// wink-nlp: measured (TOOLCHAIN.md, scripts/bench) as the fastest of the two candidates, and the
// better sentence splitter (abbreviations, quotes). Loaded once, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

function load() {
	nlp ??= winkNLP(model);
	return nlp;
}

const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);

/**
 * The sentences of the paragraphs, with tokens (part of speech, lemma) at their offsets in the body.
 * wink's output is lossless (tokens plus the spaces before them give back the text), so offsets
 * are found by walking the tokens.
 */
export function readSentences(blocks: readonly Block[]): Sentence[] {
	const engine = load();
	const its = engine.its;
	const sentences: Sentence[] = [];
	blocks.forEach((block, blockIndex) => {
		if (block.kind !== 'paragraph' || isUnreadable(block.text)) return;
		const doc = engine.readDoc(block.text);
		const values = doc.tokens().out();
		const spaces = doc.tokens().out(its.precedingSpaces);
		const pos = doc.tokens().out(its.pos);
		const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
		const tokens: Token[] = [];
		let offset = block.start;
		let inQuote = false;
		values.forEach((text, i) => {
			offset += (spaces[i] ?? '').length;
			// A straight double quote opens when outside a quote and closes when inside.
			const opens = text === '"' ? !inQuote : OPEN_QUOTES.has(text) && text !== '‘';
			const closes = text === '"' ? inQuote : CLOSE_QUOTES.has(text) && text !== '’';
			if (opens) inQuote = true;
			tokens.push({ text, start: offset, end: offset + text.length, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? text, quoted: inQuote && !opens });
			if (closes) inQuote = false;
			offset += text.length;
		});
		unmarkShortQuotes(tokens);
		const tagged: { type: string; start: number; end: number }[] = [];
		doc.entities().each((entity: ItemEntity) => {
			const [start, last] = entity.out(its.span) as unknown as [number, number];
			tagged.push({ type: entity.out(its.type), start, end: last + 1 });
		});
		let first = 0;
		doc.sentences().each((sentence: ItemSentence) => {
			const count = sentence.tokens().length();
			const sentenceTokens = tokens.slice(first, first + count);
			const offset = first;
			first += count;
			const inSentence = tagged
				.filter((t) => t.start >= offset && t.end <= offset + count)
				.map((t) => ({ type: t.type, tokenStart: t.start - offset, tokenEnd: t.end - offset }));
			const head = sentenceTokens[0];
			const tail = sentenceTokens[sentenceTokens.length - 1];
			if (!head || !tail) return;
			const previous = sentences[sentences.length - 1];
			// wink splits "Qwen2.5" after "Qwen2.": a sentence that starts with no space before it, or
			// with a lower-case letter, goes on the one before.
			if (previous && previous.block === blockIndex && (head.start === previous.end || /^\p{Ll}/u.test(head.text))) {
				const shift = previous.tokens.length;
				previous.tagged.push(...inSentence.map((t) => ({ ...t, tokenStart: t.tokenStart + shift, tokenEnd: t.tokenEnd + shift })));
				previous.tokens.push(...sentenceTokens);
				previous.end = tail.end;
				previous.text = block.text.slice(previous.start - block.start, tail.end - block.start);
				return;
			}
			sentences.push({
				index: sentences.length,
				start: head.start,
				end: tail.end,
				text: block.text.slice(head.start - block.start, tail.end - block.start),
				tokens: sentenceTokens,
				block: blockIndex,
				tagged: inSentence
			});
		});
	});
	return sentences;
}

/** Quoted names and scare quotes (“Qwen2.5-Omni-7B,” “around 5%”) are not speech: only longer quotes stay marked. */
function unmarkShortQuotes(tokens: Token[], longest = 6): void {
	let i = 0;
	while (i < tokens.length) {
		if (!tokens[i]!.quoted) {
			i++;
			continue;
		}
		let j = i;
		while (j < tokens.length && tokens[j]!.quoted) j++;
		const words = tokens.slice(i, j).filter((t) => t.pos !== 'PUNCT').length;
		if (words <= longest) for (let k = i; k < j; k++) tokens[k]!.quoted = false;
		i = j;
	}
}

/**
 * wink-nlp takes seconds on a long run of characters without a space ("A.A.A.…", "-----"), and no
 * such run is prose: a paragraph with one is left out, as is one longer than any real paragraph.
 */
function isUnreadable(text: string): boolean {
	return text.length > 50_000 || /[^\s]{200}/.test(text);
}
