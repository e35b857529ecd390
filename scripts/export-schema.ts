// Writes questions/deck.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { deckJsonSchema } from '../src/lib/deck/json-schema';

const target = new URL('../questions/deck.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(deckJsonSchema(), null, '\t')}\n`);
console.log(`wrote ${target.pathname}`);
