import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER, readFrontMatter } from './article-meta';
import { splitFrontMatter } from './front-matter';
import { generateDeck } from './index';

describe('splitFrontMatter', () => {
	it('splits YAML front matter from the body, dropping one blank line after it', () => {
		expect(splitFrontMatter('---\ntitle: A\n---\n\nBody text.\n')).toEqual({ frontMatter: 'title: A', body: 'Body text.\n' });
		expect(splitFrontMatter('---\ntitle: A\n---\nBody')).toEqual({ frontMatter: 'title: A', body: 'Body' });
	});

	it('reads Windows line ends and a byte-order mark', () => {
		expect(splitFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\n\r\nBody')).toEqual({ frontMatter: 'title: A', body: 'Body' });
	});

	it('leaves text without front matter whole, and a thematic break mid-text alone', () => {
		expect(splitFrontMatter('Plain text.\n---\nMore.')).toEqual({ frontMatter: undefined, body: 'Plain text.\n---\nMore.' });
		expect(splitFrontMatter('---\nnever closed')).toEqual({ frontMatter: undefined, body: '---\nnever closed' });
	});
});

describe('front matter someone brings', () => {
	it('left unclosed is read up to the blank line, and never becomes the title', () => {
		const text = '---\ntitle: My title\npublisher: X\n\nThe Riverside Library opened its new reading room in March 2024 after two years of work.';
		expect(splitFrontMatter(text)).toEqual({ frontMatter: 'title: My title\npublisher: X', body: 'The Riverside Library opened its new reading room in March 2024 after two years of work.' });
		const deck = generateDeck(text);
		expect(deck.title).toBe('My title');
		expect(deck.article).not.toMatch(/title:|---/);
		// Not front matter: a rule and prose are left as they are.
		expect(splitFrontMatter('---\nJust a line of prose.\n\nMore.').frontMatter).toBeUndefined();
	});

	it('has its duplicate keys read in linear time (the last one counts), and is not read at all past its bound', () => {
		expect(readFrontMatter('title: A\ntitle: B')).toEqual({ title: 'B' });
		const keys = Array.from({ length: 200_000 }, (_, i) => `k${i}: v`).join('\n');
		const started = performance.now();
		expect(readFrontMatter(`title: Kept\n${keys}`)).toEqual({});
		const many = Array.from({ length: 3_000 }, (_, i) => `k${i}: v`).join('\n');
		expect(many.length).toBeLessThan(MAX_FRONT_MATTER);
		expect(readFrontMatter(`title: Kept\n${many}\ntitle: Last`)).toEqual({ title: 'Last' });
		// A guard against quadratic time (200,000 keys did not finish in 120 s), not a speed target.
		expect(performance.now() - started).toBeLessThan(5000);
		expect(generateDeck(`---\n${keys}\n---\n\nThe Riverside Library opened its new reading room in March 2024.`).title).toBe(
			'The Riverside Library opened its new reading room in March 2024.'
		);
	});

	it('has bidirectional overrides taken out of its title', () => {
		expect(readFrontMatter('title: "Evil \u202egnp.exe\u202c title"')).toEqual({ title: 'Evil gnp.exe title' });
		expect(generateDeck('# Head\u202eing\n\nThe Riverside Library opened its new reading room in March 2024.').title).toBe('Heading');
	});
});
