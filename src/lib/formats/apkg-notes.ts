// A deck question as an Anki note and back. Anki shows the fields as they are, so each type is laid
// out for a learner in Anki; a tag (`factdeck::mcq`) and lists marked with our classes let our own
// import read every part back exactly.
import { CLOZE_GAP, QUESTION_TYPES, type QuestionType } from '$lib/deck/question-types';
import type { Question } from '$lib/deck/schema';
import { escapeClozeAnswer, escapeField, exactText } from './anki-html';

/** The gap a cloze read from Anki gets: the generator's own. */
export const IMPORTED_GAP = '_____';

export const TYPE_TAG_PREFIX = 'factdeck::';

export interface NoteContent {
	kind: 'basic' | 'cloze';
	/** Basic: Front, Back, Source. Cloze: Text, Back Extra, Source. As HTML. */
	fields: [string, string, string];
	tags: string[];
}

const OPTIONS_CLASS = 'factdeck-options';
const ACCEPT_CLASS = 'factdeck-accept';
const HINT_CLASS = 'factdeck-hint';

function list(items: readonly string[]): string {
	return items.map((item) => `<li>${escapeField(item)}</li>`).join('');
}

function acceptBlock(accept: readonly string[] | undefined): string {
	return accept?.length ? `<div class="${ACCEPT_CLASS}">Also accepted:<ul>${list(accept)}</ul></div>` : '';
}

/** Anki tags hold no spaces. */
function ankiTag(tag: string): string {
	return tag.trim().replace(/\s+/g, '_');
}

export function noteContent(q: Question): NoteContent {
	const source = escapeField(q.source.sentence);
	const tags = [`${TYPE_TAG_PREFIX}${q.type}`, ...q.tags.map(ankiTag).filter(Boolean)];
	const prompt = escapeField(q.prompt);
	switch (q.type) {
		case 'mcq':
			return { kind: 'basic', fields: [`${prompt}<ul class="${OPTIONS_CLASS}">${list(q.options)}</ul>`, escapeField(q.answer), source], tags };
		case 'true-false':
			return { kind: 'basic', fields: [`${prompt}<div class="${HINT_CLASS}">True or false?</div>`, q.answer === 'true' ? 'True' : 'False', source], tags };
		case 'short-answer':
			return { kind: 'basic', fields: [prompt, escapeField(q.answer) + acceptBlock(q.accept), source], tags };
		case 'flashcard':
			return { kind: 'basic', fields: [prompt, escapeField(q.answer), source], tags };
		case 'cloze': {
			// The first gap is the cloze; the schema promises there is one.
			const gap = CLOZE_GAP.exec(q.prompt);
			const at = gap?.index ?? q.prompt.length;
			const after = gap ? q.prompt.slice(at + gap[0].length) : '';
			const text = `${escapeField(q.prompt.slice(0, at))}{{c1::${escapeClozeAnswer(q.answer)}}}${escapeField(after)}`;
			return { kind: 'cloze', fields: [text, acceptBlock(q.accept), source], tags };
		}
	}
}

/** Our type tag among a note's tags, if it has one. */
export function ownType(tags: readonly string[]): QuestionType | null {
	for (const tag of tags) {
		const type = tag.startsWith(TYPE_TAG_PREFIX) ? tag.slice(TYPE_TAG_PREFIX.length) : '';
		if ((QUESTION_TYPES as readonly string[]).includes(type)) return type as QuestionType;
	}
	return null;
}

/** A field we wrote: its own text, and the items of the list we put after it (options, accepted answers). */
function ownParts(html: string): { text: string; items: string[] } {
	const block = html.search(/<(?:ul|div) class="factdeck-/);
	const head = block < 0 ? html : html.slice(0, block);
	const items = block < 0 ? [] : [...html.slice(block).matchAll(/<li>((?:[^<]|<br>)*)<\/li>/g)].map((m) => exactText(m[1]!));
	return { text: exactText(head), items };
}

export interface OwnQuestion {
	type: QuestionType;
	prompt: string;
	answer: string;
	options: string[];
	accept: string[];
}

/**
 * A note of ours read back, given its type tag and its first two fields; null when it no longer has
 * the shape we wrote (edited in Anki), to be read like anyone's note.
 */
export function readOwnNote(type: QuestionType, first: string, second: string): OwnQuestion | null {
	if (type === 'cloze') {
		const cloze = /\{\{c1::([^}]*)\}\}/.exec(first);
		if (!cloze) return null;
		const prompt = exactText(first.slice(0, cloze.index)) + IMPORTED_GAP + exactText(first.slice(cloze.index + cloze[0].length));
		return { type, prompt, answer: exactText(cloze[1]!), options: [], accept: ownParts(second).items };
	}
	const front = ownParts(first);
	const back = ownParts(second);
	switch (type) {
		case 'mcq':
			return front.items.length ? { type, prompt: front.text, answer: back.text, options: front.items, accept: [] } : null;
		case 'true-false': {
			const answer = back.text.trim().toLowerCase();
			return answer === 'true' || answer === 'false' ? { type, prompt: front.text, answer, options: [], accept: [] } : null;
		}
		case 'short-answer':
			return { type, prompt: front.text, answer: back.text, options: [], accept: back.items };
		case 'flashcard':
			return { type, prompt: front.text, answer: back.text, options: [], accept: [] };
	}
}
