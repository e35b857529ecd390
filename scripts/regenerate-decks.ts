// Regenerates questions/decks/<id>.json from every questions/articles/<id>.md: `npm run decks`.
// A test fails while a committed deck differs from what the generator now writes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatDeck } from '../src/lib/generator/format';
import { generateDeck } from '../src/lib/generator';

const articles = new URL('../questions/articles/', import.meta.url);
const decks = new URL('../questions/decks/', import.meta.url);

for (const file of readdirSync(articles).filter((f) => f.endsWith('.md')).sort()) {
	const id = file.replace(/\.md$/, '');
	const deck = generateDeck(readFileSync(new URL(file, articles), 'utf8'), { id });
	writeFileSync(new URL(`${id}.json`, decks), formatDeck(deck));
	console.log(`${id}: ${deck.questions.length} questions`);
}
