import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../deck/blocks';
import { findEntities } from './entities';
import { generateDeck } from './index';
import { readSentences } from './nlp';
import type { BuildContext } from './question-types';
import { resolveReferences } from './references';
import { statement } from './stems';

// An article written for this test: a jury's verdict against Google's app store.
const ARTICLE = [
	"A federal jury in San Francisco found on Monday that Google had turned its Play Store into an illegal monopoly, a major victory for Epic Games, the maker of the video game Fortnite.",
	"The jury of nine people took just a few hours to reach its verdict after a four-week trial. Judge James Donato will decide what changes Google must make to its business.",
	"Epic sued Google in 2020, accusing it of abusing its power over how apps are distributed on Android phones. Google charges developers a commission of up to 30% on purchases made through its store.",
	"\"Today's verdict is a win for all app developers and consumers around the world,\" Epic chief executive Tim Sweeney said in a post on X.",
	"Wilson White, Google's vice-president for government affairs and public policy, said the company would appeal. \"Android and Google Play provide more choice and openness than any other major mobile platform,\" he said.",
	"The ruling follows a separate case in which Epic largely lost to Apple. In 2021, a judge ruled that Apple was not a monopolist, although she ordered it to let developers point users to other ways of paying."
].join('\n\n');

describe('false statements', () => {
	const statements = generateDeck(ARTICLE, { id: 'true-false', all: true }).questions.filter((q) => q.type === 'true-false');

	it("put a plural name that takes the place of a possessive in the plural's possessive (\"Epic Games' vice-president\")", () => {
		const body = "Wilson White, Google's vice-president for government affairs, said the company would appeal.";
		const sentences = readSentences(splitBlocks(body));
		const entities = findEntities(sentences);
		const context = { sentences, entities, references: resolveReferences(sentences, entities, "'") } as unknown as BuildContext;
		const google = entities.find((e) => e.text === 'Google')!;
		expect(statement(context, sentences[0]!, { entity: google, text: 'Epic Games' })).toContain("Epic Games' vice-president");
		expect(statement(context, sentences[0]!, { entity: google, text: 'Apple' })).toContain("Apple's vice-president");
		for (const q of statements) expect(q.prompt).not.toContain("Games's");
	});
});
