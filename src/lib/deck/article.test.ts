import { describe, expect, it } from 'vitest';
import { articleBlocks, sentenceAnchor } from './article';

const article = '# Title here\n\nFirst sentence. Second one.\nSame paragraph.\n\n\n## Part two\nLast words.';

function text(blocks: ReturnType<typeof articleBlocks>) {
	return blocks.map((b) => [b.kind, b.spans.map((s) => s.text).join('')]);
}

describe('articleBlocks', () => {
	it('splits headings and paragraphs, without the heading marks', () => {
		expect(text(articleBlocks(article, []))).toEqual([
			['heading', 'Title here'],
			['paragraph', 'First sentence. Second one.\nSame paragraph.'],
			['heading', 'Part two'],
			['paragraph', 'Last words.']
		]);
	});

	it('keeps every span at its offset in the article', () => {
		for (const block of articleBlocks(article, [{ questionId: 'q', start: 30, end: 42 }])) {
			for (const span of block.spans) expect(article.slice(span.start, span.start + span.text.length)).toBe(span.text);
		}
	});

	it('marks source sentences with the questions that use them, and anchors their starts', () => {
		const second = article.indexOf('Second one.');
		const marks = [
			{ questionId: 'q1', start: second, end: second + 'Second one.'.length },
			{ questionId: 'q2', start: second, end: second + 'Second one.'.length },
			{ questionId: 'q3', start: article.indexOf('Last'), end: article.length }
		];
		const [, paragraph, , last] = articleBlocks(article, marks);
		expect(paragraph!.spans.map((s) => [s.text, s.questionIds, s.anchor])).toEqual([
			['First sentence. ', [], undefined],
			['Second one.', ['q1', 'q2'], sentenceAnchor(second)],
			['\nSame paragraph.', [], undefined]
		]);
		expect(last!.spans).toEqual([
			{ text: 'Last words.', start: article.indexOf('Last'), questionIds: ['q3'], anchor: sentenceAnchor(article.indexOf('Last')) }
		]);
	});

	it('handles overlapping sources by cutting at every boundary', () => {
		const a = 'abcdefghij';
		const spans = articleBlocks(a, [
			{ questionId: 'x', start: 0, end: 6 },
			{ questionId: 'y', start: 3, end: 10 }
		])[0]!.spans;
		expect(spans.map((s) => [s.text, s.questionIds])).toEqual([
			['abc', ['x']],
			['def', ['x', 'y']],
			['ghij', ['y']]
		]);
	});

	it('treats a sentence on its own as one paragraph, and empty text as nothing', () => {
		expect(text(articleBlocks('One line only.', []))).toEqual([['paragraph', 'One line only.']]);
		expect(articleBlocks('', [])).toEqual([]);
		expect(articleBlocks('\n\n  \n', [])).toEqual([]);
	});

	it('does not take a hash without a space for a heading', () => {
		expect(text(articleBlocks('#hashtag news', []))).toEqual([['paragraph', '#hashtag news']]);
	});

	it('reads plain text as the generator does: short unpunctuated lines are headings, boilerplate is marked', () => {
		const plain = 'Please note that we are not authorised to provide any investment advice.\nChips Are Back\nNvidia will sell chips again.';
		expect(text(articleBlocks(plain, []))).toEqual([
			['boilerplate', 'Please note that we are not authorised to provide any investment advice.'],
			['heading', 'Chips Are Back'],
			['paragraph', 'Nvidia will sell chips again.']
		]);
	});
});
