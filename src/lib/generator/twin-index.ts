// The near-duplicate index: finds a prompt too like one kept before without comparing every pair.
import { similarWords } from './filters';

/**
 * The prompts kept so far, by type, indexed so that a near-duplicate is found without comparing
 * every pair (prefix filtering: two word sets with Jaccard similarity over 0.9 share a word among
 * the first tenth-plus-one of each, in any one fixed order of words).
 */
export class TwinIndex {
	/** By type, then by prefix word: the word sets of the prompts kept so far. */
	#byPrefixWord = new Map<string, Map<string, ReadonlySet<string>[]>>();

	/** Adds the prompt's words unless a near-duplicate of the same type is there; says whether it added. */
	add(type: string, words: ReadonlySet<string>): boolean {
		let byWord = this.#byPrefixWord.get(type);
		if (!byWord) this.#byPrefixWord.set(type, (byWord = new Map()));
		const prefix = firstInOrder(words, words.size - Math.ceil(0.9 * words.size) + 1);
		const seen = new Set<ReadonlySet<string>>();
		for (const word of prefix) {
			for (const other of byWord.get(word) ?? []) {
				if (seen.has(other)) continue;
				seen.add(other);
				if (similarWords(other, words)) return false;
			}
		}
		for (const word of prefix) {
			const list = byWord.get(word);
			if (list) list.push(words);
			else byWord.set(word, [words]);
		}
		return true;
	}
}

/** Longest words first: they are the rarest, so the prefixes rarely meet ("the", "of" come last). */
function comesBefore(a: string, b: string): boolean {
	return a.length > b.length || (a.length === b.length && a < b);
}

/** The first `count` words in that order; a prefix is a few words, so they are picked, not all sorted. */
function firstInOrder(words: Iterable<string>, count: number): string[] {
	const first: string[] = [];
	for (const word of words) {
		let at = first.length;
		while (at > 0 && comesBefore(word, first[at - 1]!)) at--;
		if (at >= count) continue;
		first.splice(at, 0, word);
		if (first.length > count) first.pop();
	}
	return first;
}
