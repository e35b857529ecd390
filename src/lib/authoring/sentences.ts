import type { SourceSpan } from './question-draft';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a stretch of the article, trimmed, with offsets into the whole article. */
export function sentencesIn(article: string, from = 0, to = article.length): SourceSpan[] {
	const out: SourceSpan[] = [];
	for (const { segment, index } of segmenter.segment(article.slice(from, to))) {
		const lead = segment.length - segment.trimStart().length;
		const text = segment.trim();
		if (!text) continue;
		const start = from + index + lead;
		out.push({ start, end: start + text.length, sentence: text });
	}
	return out;
}

/** The article's paragraphs (blank-line or line separated), with their offsets. */
export function paragraphsOf(article: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const re = /[^\n]+/g;
	for (let m = re.exec(article); m; m = re.exec(article)) {
		if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
	}
	return out;
}
