import {
	CLOZE_GAP,
	QuestionSchema,
	factId,
	formatPath,
	normalizeAnswer,
	questionId,
	type Question,
	type QuestionType
} from '$lib/deck';

// A question as a person edits or writes it: plain fields, checked with the deck schema. Ids follow
// the deck's rule (fact, type and answer), so an edit that keeps the answer keeps the learner's
// progress, and a new answer is a new question.

export interface SourceSpan {
	start: number;
	end: number;
	sentence: string;
}

export interface QuestionDraft {
	type: QuestionType;
	prompt: string;
	answer: string;
	/** Multiple choice: every option, the answer among them. */
	options: string[];
	/** Gap-fill and short answer: other answers accepted when typed. */
	accept: string[];
	/** The article's sentence it comes from; none for a card written without one. */
	source: SourceSpan | null;
	/** Kept from the question it edits, so that siblings stay siblings. */
	factId?: string;
	tags?: string[];
}

export type DraftResult = { ok: true; question: Question } | { ok: false; errors: string[] };

const FIELD_NAMES: Record<string, string> = {
	prompt: 'Prompt',
	answer: 'Answer',
	options: 'Options',
	accept: 'Accepted answers',
	source: 'Source sentence'
};

/** The fields of a question, to edit. */
export function draftOf(question: Question): QuestionDraft {
	return {
		type: question.type,
		prompt: question.prompt,
		answer: question.answer,
		options: question.type === 'mcq' ? [...question.options] : [],
		accept: 'accept' in question && question.accept ? [...question.accept] : [],
		source: { ...question.source },
		factId: question.factId,
		tags: [...question.tags]
	};
}

/** One entry a line, trimmed, blank lines left out: how options and accepted answers are typed. */
export function linesOf(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** What a card written without a sentence of the article adds to it: a line that states it. */
export function noteSentence(draft: Pick<QuestionDraft, 'type' | 'prompt' | 'answer'>): string {
	const prompt = draft.prompt.trim();
	const answer = draft.answer.trim();
	switch (draft.type) {
		case 'cloze':
			return prompt.replace(CLOZE_GAP, answer);
		case 'true-false':
			return `${prompt} (${answer === 'true' ? 'true' : 'false'})`;
		case 'flashcard':
			return `${prompt}: ${answer}`;
		default:
			return `${prompt} ${answer}`;
	}
}

/**
 * Builds a question from a draft. The source must be given (a card written without one gets its
 * note appended to the article first, by the deck draft). Every problem is one line naming the field.
 */
export function buildQuestion(draft: QuestionDraft & { source: SourceSpan }): DraftResult {
	const type = draft.type;
	const prompt = draft.prompt.trim();
	let answer = draft.answer.trim();
	if (type === 'true-false') answer = normalizeAnswer(answer);
	const fact = draft.factId ?? factId(`${draft.source.sentence}\u0000${prompt}`);
	const options = draft.options.map((o) => o.trim()).filter(Boolean);
	const accept = draft.accept.map((a) => a.trim()).filter(Boolean);
	const candidate: Record<string, unknown> = {
		id: questionId(fact, type, answer || '-'),
		type,
		prompt,
		answer,
		source: draft.source,
		factId: fact,
		tags: draft.tags ?? []
	};
	if (type === 'mcq') candidate.options = options;
	if ((type === 'cloze' || type === 'short-answer') && accept.length) candidate.accept = accept;
	const errors: string[] = [];
	if (type === 'mcq' && answer && !options.some((o) => normalizeAnswer(o) === normalizeAnswer(answer))) {
		errors.push('Options: the answer must be one of the options (add it as a line of its own).');
	}
	const parsed = QuestionSchema.safeParse(candidate);
	if (parsed.success && !errors.length) return { ok: true, question: parsed.data };
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			if (errors.length && issue.path[0] === 'options' && /exactly once \(found 0/.test(issue.message)) continue;
			const [field, ...rest] = issue.path;
			const name = FIELD_NAMES[String(field)] ?? formatPath(issue.path);
			const where = typeof rest[0] === 'number' ? ` (line ${rest[0] + 1})` : '';
			errors.push(`${name}${where}: ${issue.message}.`);
		}
	}
	return { ok: false, errors };
}

/** A gap-fill from a sentence and the words marked in it ([start, end) within the sentence). */
export function gapFill(sentence: SourceSpan, start: number, end: number): QuestionDraft {
	const text = sentence.sentence;
	return {
		type: 'cloze',
		prompt: `${text.slice(0, start)}_____${text.slice(end)}`,
		answer: text.slice(start, end).trim(),
		options: [],
		accept: [],
		source: sentence
	};
}

export function emptyDraft(type: QuestionType): QuestionDraft {
	return {
		type,
		prompt: '',
		answer: type === 'true-false' ? 'true' : '',
		options: type === 'mcq' ? ['', '', ''] : [],
		accept: [],
		source: null
	};
}
