import { describe, expect, it } from 'vitest';
import { isBoilerplate, looksLikeHeading, splitBlocks } from './blocks';

function kinds(body: string) {
	return splitBlocks(body).map((b) => [b.kind, b.text]);
}

describe('splitBlocks', () => {
	it('keeps offsets: every block is the body text at its offsets', () => {
		const body = '## Heading\n\nBy Jane Doe, Science Correspondent\n\nLONDON — The vote was close.\nIt ended late.\n';
		for (const block of splitBlocks(body)) expect(body.slice(block.start, block.end)).toBe(block.text);
	});

	it('joins soft-wrapped Markdown lines into one paragraph and drops the heading marks', () => {
		expect(kinds('## Part one\n\nFirst line\nsecond line.\n\nNext paragraph.')).toEqual([
			['heading', 'Part one'],
			['paragraph', 'First line\nsecond line.'],
			['paragraph', 'Next paragraph.']
		]);
	});

	it('splits a dateline off the paragraph it opens', () => {
		expect(kinds('LONDON — The United Kingdom has voted to leave.\n\nMore.')).toEqual([
			['boilerplate', 'LONDON — '],
			['paragraph', 'The United Kingdom has voted to leave.'],
			['paragraph', 'More.']
		]);
	});
});

describe('what is boilerplate', () => {
	it.each([
		'Please note that we are not authorised to provide any investment advice.',
		'The content on this page is for information purposes only.',
		'By Jane Doe, Science Correspondent',
		'Updated 12 July 2022, 19:10 BST',
		'Read more: How the telescope unfolded',
		'Image: Buzz Aldrin on the Moon.',
		'Sign up for our newsletter to get updates in your inbox',
		'© 2024 Example News. All rights reserved.',
		'(Reporting by Andrea Shalal; Editing by Tom Brown)',
		'Additional reporting by Jane Doe in Paris'
	])('%s', (line) => expect(isBoilerplate(line)).toBe(true));

	it.each([
		'By the end of the decade, Apollo had landed.',
		'Alibaba said its image business grew.',
		'Read the rules before voting, officials said.',
		'Reporting by journalists in the region has been restricted since 2021, the group said.'
	])(
		'not: %s',
		(line) => expect(isBoilerplate(line)).toBe(false)
	);
});

describe('what looks like a heading', () => {
	it('a short line with no closing punctuation', () => {
		expect(looksLikeHeading('Nvidia To Resume Chip Exports to China')).toBe(true);
		expect(looksLikeHeading('Nvidia will resume chip exports to China.')).toBe(false);
		expect(looksLikeHeading('the lower-case start of a line')).toBe(false);
	});
});
