// The generator: article text (plain or Markdown with front matter) → a deck. Pure: the same text
// gives the same deck, byte for byte, in Node and in the browser.
import { factId, questionId } from '../deck/ids';
import { DECK_SCHEMA_VERSION, type Deck, type Question } from '../deck/schema';
import { readFrontMatter, slugify } from './article-meta';
import { splitBlocks } from '../deck/blocks';
import { mapped } from './arrays';
import { findEntities } from './entities';
import { plainFromMarkdown } from './markdown';
import { splitFrontMatter } from './front-matter';
import { readSentences } from './nlp';
import type { Candidate } from './question-types';
import { buildQuestions } from './questions';
import { seededRandom } from './random';
import { forgetTextForms, memoized } from './text-forms';
import { resolveReferences } from './references';
import { selectQuestions, type SelectionOptions } from './selection';
import { siblingGroups } from './siblings';
import type { Entity } from './types';

export const GENERATOR = { name: 'factdeck-generator', version: '1.0.0' };

export interface GenerateOptions extends SelectionOptions {
	/** The deck's id; by default a slug of the title. */
	id?: string;
}

export interface Analysis {
	/** The deck: its best questions, and the rest of those that passed the filters as `more`. */
	deck: Deck;
	rejected: { prompt: string; type: string; reason: string }[];
}

/** factId, remembered for the generation: the questions of one fact share it. */
const factIdOf = memoized(factId);

/** A question of the deck; `group` is the fact key it shares with the questions that give it away. */
function toQuestion(candidate: Candidate, group: string): Question {
	// The id comes from the question's own fact, so that it stays the same whichever group it joins.
	const id = questionId(factIdOf(candidate.factKey), candidate.type, candidate.answer);
	const fact = factIdOf(group);
	const { prompt, source, answer } = candidate;
	// Written out field by field, in the deck's key order, rather than spread from a common part:
	// V8 gives every object built by spreading and then extending a map of its own (about 65,000
	// new maps per megabyte of articles), so every read of a question missed its inline cache.
	switch (candidate.type) {
		case 'mcq':
			return { id, prompt, source, factId: fact, tags: [], type: 'mcq', answer, options: candidate.options ?? [] };
		case 'true-false':
			return { id, prompt, source, factId: fact, tags: [], type: 'true-false', answer: answer === 'true' ? 'true' : 'false' };
		case 'cloze':
		case 'short-answer':
			return candidate.accept?.length
				? { id, prompt, source, factId: fact, tags: [], type: candidate.type, answer, accept: candidate.accept }
				: { id, prompt, source, factId: fact, tags: [], type: candidate.type, answer };
		case 'flashcard':
			return { id, prompt, source, factId: fact, tags: [], type: 'flashcard', answer };
	}
}

/** Generates the deck and says which drafts the quality filters rejected, and why. */
export function analyzeArticle(text: string, options: GenerateOptions = {}): Analysis {
	forgetTextForms();
	const { frontMatter, body: markdown } = splitFrontMatter(text);
	const body = plainFromMarkdown(markdown);
	const meta = readFrontMatter(frontMatter);
	const blocks = splitBlocks(body);
	const sentences = readSentences(blocks);
	const entities = findEntities(sentences);
	const apostrophe = (body.match(/’/g)?.length ?? 0) >= (body.match(/'/g)?.length ?? 0) ? '’' : "'";
	const references = resolveReferences(sentences, entities, apostrophe);
	const headline = meta.title ?? blocks.find((b) => b.kind === 'heading')?.text.trim();
	const title = headline ?? sentences[0]?.text.split(/\s+/).slice(0, 12).join(' ') ?? 'Untitled article';
	const entitiesOf = mapped(sentences, () => [] as Entity[]);
	for (const entity of entities) entitiesOf[entity.sentence]!.push(entity);
	const built = buildQuestions({ blocks, sentences, entities, entitiesOf, references, randomFor: seededRandom, article: body, apostrophe });
	const wordCount = body.split(/\s+/).filter(Boolean).length;
	const { selected, cut } = selectQuestions(built.kept, { title, headline: headline ?? '', sentences, entities, entitiesOf, wordCount }, options);
	const groups = siblingGroups([...selected, ...cut], body);
	const ids = new Set<string>();
	const toQuestions = (candidates: readonly Candidate[]) => {
		const out: Question[] = [];
		for (const candidate of candidates) {
			const question = toQuestion(candidate, groups.get(candidate)!);
			if (ids.has(question.id)) continue;
			ids.add(question.id);
			out.push(question);
		}
		return out;
	};
	const questions = toQuestions(selected);
	const more = toQuestions(cut);
	const deck: Deck = {
		schemaVersion: DECK_SCHEMA_VERSION,
		id: options.id ?? slugify(title),
		title: title.slice(0, 200) || 'Untitled article',
		source: { ...meta, title: meta.title ?? (title || 'Untitled article') },
		generator: GENERATOR,
		article: body,
		questions,
		more
	};
	return { deck, rejected: built.rejected.map(({ draft, reason }) => ({ prompt: draft.prompt, type: draft.type, reason })) };
}

export function generateDeck(text: string, options: GenerateOptions = {}): Deck {
	return analyzeArticle(text, options).deck;
}
