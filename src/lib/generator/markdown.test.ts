import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDeck } from './index';
import { plainFromMarkdown } from './markdown';

describe('Markdown read as plain text', () => {
	it('keeps the words of emphasis, links and code, and drops images', () => {
		expect(plainFromMarkdown('The **European Union** backs [electric cars](https://example.com/ev) and `USB-C` ports. ![A factory](f.jpg)')).toBe(
			'The European Union backs electric cars and USB-C ports.'
		);
		expect(plainFromMarkdown('It is *very* _new_, said <b>Anna</b> &amp; Ben.')).toBe('It is very new, said Anna & Ben.');
	});

	it('leaves underscores and asterisks inside words and sums alone', () => {
		expect(plainFromMarkdown('The file snake_case_name costs 5 * 3 * 2 euros.')).toBe('The file snake_case_name costs 5 * 3 * 2 euros.');
	});

	it('makes every list item a paragraph, drops quote markers, rules, code blocks and link definitions', () => {
		const text = ['Here is what changes:', '- From 2027, batteries must be removable.', '1. The rules passed by 587 votes.', '> "A fresh start," she said.', '---', '```', 'const x = 1;', '```', '[1]: https://example.com'].join('\n');
		expect(plainFromMarkdown(text).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)).toEqual([
			'Here is what changes:',
			'From 2027, batteries must be removable.',
			'The rules passed by 587 votes.',
			'"A fresh start," she said.'
		]);
	});

	it('keeps headings as headings', () => {
		expect(plainFromMarkdown('## The **new** rules')).toBe('## The new rules');
	});

	it('changes nothing in text without Markdown', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[A-Za-z0-9 ,.;:'"?!()\n-]{0,200}$/), (text) => {
				fc.pre(!/^\s*([-+]|\d{1,3}[.)])\s|^\s*>|^\s*-{3,}/m.test(text));
				expect(plainFromMarkdown(text)).toBe(text);
			})
		);
	});

	it('gives questions whose offsets point into the plain text', () => {
		const deck = generateDeck('The **European Union** approved the rules in [June 2023](https://example.com) by 587 votes to nine.', { id: 'markdown' });
		expect(deck.article).not.toMatch(/\*\*|\]\(/);
		expect(deck.questions.length).toBeGreaterThan(0);
		for (const question of deck.questions) {
			expect(deck.article.slice(question.source.start, question.source.end)).toBe(question.source.sentence);
			expect(question.prompt).not.toMatch(/\*\*|\]\(/);
		}
	});
});
