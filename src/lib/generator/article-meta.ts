import { parse } from 'yaml';
import { DeckSourceSchema, type DeckSource } from '../deck/schema';

/**
 * What the front matter says of the article, keeping only fields that are valid: a bad date or url
 * in an article someone brings is dropped, not fatal.
 */
export function readFrontMatter(frontMatter: string | undefined): Partial<DeckSource> {
	if (!frontMatter) return {};
	let data: unknown;
	try {
		data = parse(frontMatter, { maxAliasCount: 10 });
	} catch {
		return {};
	}
	if (!data || typeof data !== 'object') return {};
	const record = data as Record<string, unknown>;
	const out: Partial<DeckSource> = {};
	for (const key of ['title', 'publisher', 'url', 'published', 'licence', 'note'] as const) {
		let value = record[key] ?? (key === 'licence' ? record.license : undefined);
		if (value instanceof Date) value = value.toISOString().slice(0, 10);
		if (typeof value === 'number') value = String(value);
		if (typeof value !== 'string') continue;
		const field = DeckSourceSchema.shape[key].safeParse(value.trim());
		if (field.success && field.data !== undefined) out[key] = field.data;
	}
	return out;
}

// The slug rule belongs to the deck format (the browser names own decks with it, without the generator).
export { slugify } from '../deck/slug';
