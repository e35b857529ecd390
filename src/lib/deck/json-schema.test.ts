import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckJsonSchema } from './json-schema';

describe('questions/deck.schema.json', () => {
	it('is what the zod schema exports now (run `npm run schema` after changing the schema)', () => {
		const committed = JSON.parse(readFileSync(new URL('../../../questions/deck.schema.json', import.meta.url), 'utf8'));
		expect(committed).toEqual(deckJsonSchema());
	});

	it('describes every question type and the required deck fields', () => {
		const schema = deckJsonSchema() as { required: string[] };
		expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'source', 'generator', 'article', 'questions']));
		const text = JSON.stringify(schema);
		for (const type of ['mcq', 'cloze', 'true-false', 'short-answer', 'flashcard']) expect(text).toContain(`"const":"${type}"`);
	});
});
