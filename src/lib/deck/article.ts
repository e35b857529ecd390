import { splitBlocks, type Block } from './blocks';

/** A run of article text, marked when it lies inside the source sentence of some questions. */
export interface ArticleSpan {
	text: string;
	start: number;
	/** Questions whose source sentence covers this span; empty when the span is unmarked. */
	questionIds: string[];
	/** Set on the span where a source sentence begins, so that a question can link to it. */
	anchor?: string;
}

export interface ArticleBlock {
	kind: Block['kind'];
	start: number;
	spans: ArticleSpan[];
}

export interface SourceMark {
	questionId: string;
	start: number;
	end: number;
}

export function sentenceAnchor(start: number): string {
	return `sentence-${start}`;
}

/**
 * Splits an article into headings, paragraphs and boilerplate (as the generator reads it), and
 * each of those into spans cut where a question's source sentence begins or ends, so that a page
 * can mark every sentence asked about.
 */
export function articleBlocks(article: string, marks: readonly SourceMark[]): ArticleBlock[] {
	const starts = new Set(marks.map((m) => m.start));
	return splitBlocks(article).map(({ kind, start, end }) => {
		const cuts = new Set([start, end]);
		for (const m of marks) {
			if (m.start > start && m.start < end) cuts.add(m.start);
			if (m.end > start && m.end < end) cuts.add(m.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const spans = points.slice(0, -1).map((from, i): ArticleSpan => {
			const to = points[i + 1] ?? end;
			const questionIds = marks.filter((m) => m.start <= from && m.end >= to).map((m) => m.questionId);
			const span: ArticleSpan = { text: article.slice(from, to), start: from, questionIds };
			if (starts.has(from)) span.anchor = sentenceAnchor(from);
			return span;
		});
		return { kind, start, spans };
	});
}
