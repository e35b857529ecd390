import { parse } from 'yaml';
import { DeckSourceSchema, type DeckSource } from '../deck/schema';

/** Front matter is a few lines of metadata: past this, it is not read at all (YAML work is bounded). */
export const MAX_FRONT_MATTER = 64 * 1024;

/** Bidirectional overrides and isolates: they make a title read differently from what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * What the front matter says of the article, keeping only fields that are valid: a bad date or url
 * in an article someone brings is dropped, not fatal. YAML's duplicate-key check is off (it takes
 * time quadratic in the number of keys); a repeated key takes its last value.
 */
export function readFrontMatter(frontMatter: string | undefined): Partial<DeckSource> {
	if (!frontMatter || frontMatter.length > MAX_FRONT_MATTER) return {};
	let data: unknown;
	try {
		data = parse(frontMatter, { maxAliasCount: 10, uniqueKeys: false });
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
		const field = DeckSourceSchema.shape[key].safeParse(value.replace(BIDI_CONTROLS, '').trim());
		if (field.success && field.data !== undefined) out[key] = field.data;
	}
	return out;
}

// The slug rule belongs to the deck format (the browser names own decks with it, without the generator).
export { slugify } from '../deck/slug';
