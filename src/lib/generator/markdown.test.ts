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
		const deck = generateDeck('The **European Union** approved the rules in [June 2023](https://example.com) by 587 votes to nine.', { id: 'markdown', all: true });
		expect(deck.article).not.toMatch(/\*\*|\]\(/);
		expect(deck.questions.length).toBeGreaterThan(0);
		for (const question of deck.questions) {
			expect(deck.article.slice(question.source.start, question.source.end)).toBe(question.source.sentence);
			expect(question.prompt).not.toMatch(/\*\*|\]\(/);
		}
	});
});

// The regular expressions the scanners replaced (quadratic on some lines), kept as the oracle: the
// plain text must be the same, so that every deck stays byte for byte what it was.
const ORACLE = {
	IMAGE: /!\[[^\]\n]*\]\([^)\n]*\)/g,
	LINK: /\[([^\]\n]+)\]\([^)\n]*\)/g,
	REFERENCE_LINK: /\[([^\]\n]+)\]\[[^\]\n]*\]/g,
	AUTOLINK: /<((?:https?:\/\/|mailto:)[^>\s]+)>/g,
	CODE: /`([^`\n]+)`/g,
	STRONG: /(\*\*|__)([^*_\s](?:[^*\n]*?[^*_\s])?)\1/g,
	EMPHASIS: /(?<![\p{L}\p{N}*])([*_])([^*_\s](?:[^*_\n]*?[^*_\s])?)\1(?![\p{L}\p{N}*])/gu,
	HTML_TAG: /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>\n]*)?\/?>/g
};
/** One line (no block markup, no entities) as the regular expressions read it. */
function oracle(line: string): string {
	const plain = line
		.replace(ORACLE.IMAGE, '')
		.replace(ORACLE.LINK, '$1')
		.replace(ORACLE.REFERENCE_LINK, '$1')
		.replace(ORACLE.AUTOLINK, '$1')
		.replace(ORACLE.CODE, '$1')
		.replace(ORACLE.STRONG, '$2')
		.replace(ORACLE.EMPHASIS, '$2')
		.replace(ORACLE.HTML_TAG, '');
	return plain === line ? plain : plain.replace(/[ \t]+$/, '');
}

describe('Markdown inline markup, in linear time', () => {
	it('reads links, images, autolinks and strong emphasis exactly as the regular expressions did', () => {
		// Lines of markup characters, where the scanners' skips matter.
		const line = fc.array(fc.constantFrom('[', ']', '(', ')', '!', '<', '>', 'a', ' ', '*', '_', '`', 'http://', 'mailto:', 'x]', '](u)', '**', '__'), { maxLength: 40 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(line, (text) => {
				expect(plainFromMarkdown(`x ${text}`)).toBe(oracle(`x ${text}`));
			}),
			{ numRuns: 10_000 }
		);
	});

	it('take time linear in the length of a line, on the lines that were quadratic', () => {
		const MB = 1024 * 1024;
		for (const [unit, size] of [['[', MB], ['![', MB], ['[a](', MB], ['[a][', MB], ['<http://', MB], ['__a ', MB], ['**a ', MB], ['`a', MB]] as const) {
			const line = unit.repeat(Math.ceil(size / unit.length));
			const started = performance.now();
			plainFromMarkdown(line);
			// Not a speed target: a guard against quadratic time, which takes minutes on 1 MB (a linear
			// scan takes milliseconds; the bound is generous for a loaded machine).
			expect(performance.now() - started, unit).toBeLessThan(5000);
		}
	});

	it('drops bidirectional overrides and isolates, which make text read differently from what it is', () => {
		expect(plainFromMarkdown('x __[__[__ and **a**b**')).toBe(oracle('x __[__[__ and **a**b**'));
		expect(plainFromMarkdown('# Head\u202eing\n\nA \u2066quiet\u2069 line.')).toBe('# Heading\n\nA quiet line.');
	});
});

describe('character references', () => {
	it('are read as the characters they stand for, never as numbers', () => {
		expect(plainFromMarkdown('It cost &#163;5m, or &#x20AC;6m &amp; more; &#0; stays.')).toBe('It cost £5m, or €6m & more; &#0; stays.');
		const answers = generateDeck('The stadium in Leeds cost &#163;45m to build in 2019.', { id: 'references', all: true }).questions.map((q) => q.answer);
		for (const answer of answers) expect(answer).not.toMatch(/^16\d|191|#/);
	});
});
