// Is a wrong option also right, according to the article? Asked for every option of every
// question, so the work is split by what it depends on: the option alone (its plain form), the
// option within the article (the sentences that name it), the prompt alone (its content words).
// Each part is worked out once; only a few set lookups are left per (prompt, option).
import { mapped } from './arrays';
import { GAPS } from './gap';
import type { Draft, FilterContext } from './filters';
import { contentWords, isStopWord, memoized, plain } from './text-forms';
import type { Sentence } from './types';

/** plain(), remembered: sentences and options are met again in every question about them. */
const plainText = memoized(plain);

/** The words of a plain form, remembered with it: sentences are looked up again for every option. */
const plainWords = memoized((text): ReadonlySet<string> => new Set(text.trim().split(' ')));

/** An option's plain form, its words, and the plain form of its last name (" jinping " of "Xi Jinping"). */
const optionForm = memoized((text) => {
	const key = plainText(text);
	const lastName = /\s(\p{Lu}[\p{L}'’-]{2,})$/u.exec(text.trim())?.[1];
	return { key, words: key.trim().split(' '), lastName: lastName && ` ${plainText(lastName).trim()} ` };
});

/** A prompt's content words, gaps aside, and the same in the singular. */
const promptForm = memoized((prompt) => {
	const words = contentWords(prompt.replace(GAPS, ' '));
	return { words, singular: new Set(words.map(singular)) };
});

/** A sentence that names an option: which one, and the words it describes the option with (in the singular). */
interface Mention {
	index: number;
	described: string[];
}

/**
 * The article supports `option` for this question when a sentence holds the option together with
 * most of the question's other words — or, for a list ("DeepSeek, Alibaba, Tencent…"), when the
 * source sentence itself names the option.
 */
export function makeAlsoTrue(sentences: readonly Sentence[]): FilterContext['alsoTrue'] {
	const normalized = mapped(sentences, (s) => plainText(s.text));
	const wordsOf = mapped(normalized, plainWords);
	// Which sentences hold each word: an option is looked for only where its rarest word is.
	const holding = new Map<string, number[]>();
	wordsOf.forEach((words, index) => {
		for (const word of words) {
			const list = holding.get(word);
			if (list) list.push(index);
			else holding.set(word, [index]);
		}
	});
	const mentionsOf = (key: string, optionWords: readonly string[]): Mention[] => {
		let where: number[] = [];
		for (const word of optionWords) {
			const list = holding.get(word) ?? [];
			if (!where.length || list.length < where.length) where = list;
			if (!list.length) return [];
		}
		const mentions: Mention[] = [];
		for (const index of where) {
			const text = normalized[index]!;
			const at = text.indexOf(key);
			if (at < 0) continue;
			const described = lastWords(text, at, 3).filter((w) => w.length > 2 && !isStopWord(w));
			mentions.push({ index, described: mapped(described, singular) });
		}
		return mentions;
	};
	const mentionMemo = new Map<string, Mention[]>();
	const mentions = (option: string, form: ReturnType<typeof optionForm>) => {
		let value = mentionMemo.get(option);
		if (value === undefined) mentionMemo.set(option, (value = mentionsOf(form.key, form.words)));
		return value;
	};
	const supports = (draft: Draft, option: string): boolean => {
		const form = optionForm(option);
		const source = plainText(draft.source.sentence);
		if (source.includes(form.key)) return true;
		// "Xi Jinping" against a sentence that names "Jinping": the same person is in the sentence.
		if (form.lastName && source.includes(form.lastName)) return true;
		const elsewhere = mentions(option, form);
		// The prompt's words are needed only where another sentence names the option.
		if (!elsewhere.length) return false;
		const { words, singular: promptWords } = promptForm(draft.prompt);
		if (!words.length) return false;
		const needed = Math.ceil(0.6 * words.length);
		return elsewhere.some(({ index, described }) => {
			const sentenceWords = wordsOf[index]!;
			let shared = 0;
			for (const w of words) if (sentenceWords.has(w)) shared++;
			if (shared >= needed) return true;
			// "Chinese tech giant Huawei" answers "Chinese tech giants, including _____" too: the
			// article describes the option in the words the question uses.
			return described.length >= 2 && described.every((w) => promptWords.has(w));
		});
	};
	// The filters ask again about the options chosen for a question: answers are remembered, by
	// source sentence, prompt and option (strings met again, whose hashes V8 keeps).
	const answers = new Map<string, Map<string, Map<string, boolean>>>();
	return (draft, option) => {
		let bySentence = answers.get(draft.source.sentence);
		if (!bySentence) answers.set(draft.source.sentence, (bySentence = new Map()));
		let byPrompt = bySentence.get(draft.prompt);
		if (!byPrompt) bySentence.set(draft.prompt, (byPrompt = new Map()));
		let value = byPrompt.get(option);
		if (value === undefined) byPrompt.set(option, (value = supports(draft, option)));
		return value;
	};
}

/** The last `count` words of `text` before offset `end` (words are separated by one space). */
function lastWords(text: string, end: number, count: number): string[] {
	const words: string[] = [];
	let stop = text.lastIndexOf(' ', end - 1) === end - 1 ? end - 1 : end;
	while (words.length < count && stop > 0) {
		const start = text.lastIndexOf(' ', stop - 1) + 1;
		if (start < stop) words.unshift(text.slice(start, stop));
		stop = start - 1;
	}
	return words;
}

function singular(word: string): string {
	return word.length > 3 ? word.replace(/s$/, '') : word;
}
