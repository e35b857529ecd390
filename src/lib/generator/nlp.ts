import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, Sentence, Token } from './types';

// wink-nlp: measured (TOOLCHAIN.md, scripts/bench) as the fastest of the two candidates, and the
// better sentence splitter (abbreviations, quotes). Loaded once, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Only the annotations read here: wink's negation and sentiment passes cost about a tenth of
 * readDoc and change nothing in tokens, parts of speech, lemmas, entities or sentences.
 */
export const WINK_PIPE = ['sbd', 'pos', 'ner'];

function load() {
	nlp ??= winkNLP(model, WINK_PIPE);
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
		// wink's token i is our token at[i]: words it cut in pieces ("Sinkevi" "č" "ius") are whole.
		const { tokens, at } = joinCutWords(readTokens(doc, its, block.start));
		unmarkShortQuotes(tokens);
		// Spans ([first, last] token) rather than .each(): no item object per sentence or entity.
		const entities = doc.entities();
		const entitySpans = entities.out(its.span) as unknown as [number, number][];
		const entityTypes = entities.out(its.type);
		let nextEntity = 0;
		let first = 0;
		for (const [, sentenceLast] of doc.sentences().out(its.span) as unknown as [number, number][]) {
			const offset = first;
			const end = Math.max(first, at[sentenceLast]! + 1);
			const count = end - offset;
			const sentenceTokens = tokens.slice(offset, end);
			first = end;
			// wink's entities come in token order: those that start in this sentence are next, and
			// one that runs on past its end is left out.
			const inSentence: Sentence['tagged'] = [];
			for (; nextEntity < entitySpans.length && at[entitySpans[nextEntity]![0]]! < offset + count; nextEntity++) {
				const start = at[entitySpans[nextEntity]![0]]!;
				const last = at[entitySpans[nextEntity]![1]]!;
				if (start >= offset && last + 1 <= offset + count) inSentence.push({ type: entityTypes[nextEntity]!, tokenStart: start - offset, tokenEnd: last + 1 - offset });
			}
			const head = sentenceTokens[0];
			const tail = sentenceTokens[sentenceTokens.length - 1];
			if (!head || !tail) continue;
			const previous = sentences[sentences.length - 1];
			// wink splits "Qwen2.5" after "Qwen2.": a sentence that starts with no space before it, or
			// with a lower-case letter, goes on the one before.
			if (previous && previous.block === blockIndex && (head.start === previous.end || /^\p{Ll}/u.test(head.text))) {
				const shift = previous.tokens.length;
				for (const t of inSentence) previous.tagged.push({ type: t.type, tokenStart: t.tokenStart + shift, tokenEnd: t.tokenEnd + shift });
				previous.tokens.push(...sentenceTokens);
				previous.end = tail.end;
				previous.text = block.text.slice(previous.start - block.start, tail.end - block.start);
				continue;
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
		}
	});
	return sentences;
}

type Doc = ReturnType<ReturnType<typeof winkNLP>['readDoc']>;

/** The tokens of a wink document, at their offsets in the body (the block starts at `offset`). */
function readTokens(doc: Doc, its: ReturnType<typeof winkNLP>['its'], offset: number): Token[] {
	const list = doc.tokens();
	const values = list.out();
	const spaces = list.out(its.precedingSpaces);
	const pos = list.out(its.pos);
	const lemmas = list.out(its.lemma as unknown as ItsFunction<string>);
	const tokens: Token[] = [];
	let inQuote = false;
	for (let i = 0; i < values.length; i++) {
		const text = values[i]!;
		offset += (spaces[i] ?? '').length;
		// A straight double quote opens when outside a quote and closes when inside.
		const opens = text === '"' ? !inQuote : OPEN_QUOTES.has(text) && text !== '‘';
		const closes = text === '"' ? inQuote : CLOSE_QUOTES.has(text) && text !== '’';
		if (opens) inQuote = true;
		tokens.push({ text, start: offset, end: offset + text.length, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? text, quoted: inQuote && !opens });
		if (closes) inQuote = false;
		offset += text.length;
	}
	return tokens;
}

/** Letters beyond Latin-1, which wink's tokenizer cuts words at ("Sinkevičius", "Łukasz"). */
const BEYOND_LATIN_1 = /[^\u0000-\u00ff]/;

/**
 * Joins the pieces of a word that wink cut at a letter beyond Latin-1 ("Sinkevi" "č" "ius"): glued
 * letters, one side of the join beyond Latin-1. Says where each of wink's tokens went.
 */
function joinCutWords(pieces: Token[]): { tokens: Token[]; at: number[] } {
	const tokens: Token[] = [];
	const at: number[] = [];
	for (const piece of pieces) {
		const previous = tokens[tokens.length - 1];
		if (previous && previous.end === piece.start && cutInWord(previous.text, piece.text)) {
			const text = previous.text + piece.text;
			const pos = /^\p{Lu}/u.test(text) ? 'PROPN' : previous.pos === 'X' ? piece.pos : previous.pos;
			tokens[tokens.length - 1] = { text, start: previous.start, end: piece.end, pos, lemma: text, quoted: previous.quoted };
		} else {
			tokens.push(piece);
		}
		at.push(tokens.length - 1);
	}
	return { tokens, at };
}

function cutInWord(before: string, after: string): boolean {
	const last = before.charAt(before.length - 1);
	const next = after.charAt(0);
	return /\p{L}/u.test(last) && /\p{L}/u.test(next) && (BEYOND_LATIN_1.test(last) || BEYOND_LATIN_1.test(next));
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
	// The run is looked for only where one starts (after a space): twice as fast as /\S{200}/.
	return text.length > 50_000 || /(?<!\S)\S{200}/.test(text);
}
