import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';

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
