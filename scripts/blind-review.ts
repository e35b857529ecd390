// Blind review of generated questions (docs/QUALITY.md): a seeded sample of questions from decks,
// written as a sheet a reviewer fills in with a verdict on each, and the tally of a filled sheet.
import type { Deck } from '../src/lib/deck';
import { seededRandom } from '../src/lib/generator/random';
import { roundHalfEven } from './deck-checks';

export const VERDICTS = { A: 'acceptable', W: 'weak', U: 'unacceptable' } as const;

/** The sheet: up to `perDeck` questions of each deck, drawn with `seed`, each with an empty verdict. */
export function reviewSheet(decks: readonly Deck[], { perDeck, seed }: { perDeck: number; seed: number }): string {
	const random = seededRandom(`review sheet ${seed}`);
	const lines = [`# Review sheet (seed ${seed}, ${perDeck} a deck)`, '', 'Rubric: docs/QUALITY.md. After each `verdict:` write A, W or U and why.', ''];
	let n = 0;
	for (const deck of decks) {
		const words = deck.article.split(/\s+/).filter(Boolean).length;
		lines.push(`## ${deck.id} — ${deck.questions.length} questions, ${words} words`, '');
		for (const q of random.shuffle(deck.questions).slice(0, perDeck)) {
			lines.push(`### #${++n} ${q.type} \`${q.id}\``, `- prompt: ${q.prompt}`);
			if (q.type === 'mcq') lines.push(`- options: ${q.options.join(' | ')}`);
			const accepted = 'accept' in q && q.accept?.length ? ` (also accepted: ${q.accept.join(', ')})` : '';
			lines.push(`- answer: ${q.answer}${accepted}`, `- source: ${q.source.sentence}`, '- verdict: ', '');
		}
	}
	return lines.join('\n');
}

/** 'N judged (B blank): acceptable A (x%), weak W (y%), unacceptable U (z%)', or undefined with no verdict. */
export function tallySheet(sheet: string): string | undefined {
	const verdicts = [...sheet.matchAll(/^- verdict:\s*([AWU])\b/gm)].map((m) => m[1] as keyof typeof VERDICTS);
	const blank = (sheet.match(/^- verdict:\s*$/gm) ?? []).length;
	if (!verdicts.length) return undefined;
	const parts = (Object.keys(VERDICTS) as (keyof typeof VERDICTS)[]).map((v) => {
		const count = verdicts.filter((x) => x === v).length;
		return `${VERDICTS[v]} ${count} (${roundHalfEven((100 * count) / verdicts.length)}%)`;
	});
	return `${verdicts.length} judged (${blank} blank): ${parts.join(', ')}`;
}
