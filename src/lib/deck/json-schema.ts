import { z } from 'zod';
import { DeckSchema } from './schema';

/**
 * The deck format as JSON Schema, for other tools. Refinements that JSON Schema cannot say (unique
 * ids, sentences that match their offsets, the mcq answer among its options) are checked by the zod
 * schema only.
 */
export function deckJsonSchema(): Record<string, unknown> {
	return {
		$id: 'https://factdeck.invalid/deck.schema.json',
		title: 'Deck',
		description: 'A deck of questions generated from one article (see src/lib/deck/schema.ts).',
		...z.toJSONSchema(DeckSchema, { target: 'draft-2020-12', io: 'input' })
	};
}
