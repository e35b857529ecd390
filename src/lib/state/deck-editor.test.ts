import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf } from '$lib/authoring';
import { generateDeck } from '$lib/generator';
import { NOON, ZONE } from '$lib/scheduler/testing';
import { openRepositories, type Learner, type Repositories } from '$lib/storage';
import { DeckEditor } from './deck-editor.svelte';
import { StudySession } from './study-session.svelte';

const ARTICLE = readFileSync(new URL('../../../questions/articles/nvidia-huang-chinese-ai-models.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '');
const learner: Learner = { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON };
let repos: Repositories;

class Cancelled extends Error {}

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	repos = await openRepositories();
	await repos.learners.create(learner);
});

function editor(generate = async (text: string) => ({ deck: generateDeck(text) })) {
	return new DeckEditor({
		generate,
		cancel: () => {},
		isCancel: (e) => e instanceof Cancelled,
		ownDecks: repos.ownDecks,
		servedIds: new Set(['nvidia-huang-chinese-ai-models']),
		now: () => NOON
	});
}

describe('the deck editor', () => {
	it('makes, reviews and saves a deck; regenerating from changed text keeps the progress of unchanged questions and the edits', async () => {
		const e = editor();
		e.text = ARTICLE;
		await e.generate();
		expect(e.phase).toBe('review');
		// The generator's best, kept; its further questions offered below them, left out.
		const made = e.draft!.items.filter((i) => !i.further).map((i) => i.question);
		const further = e.draft!.items.filter((i) => i.further);
		expect(further.length).toBeGreaterThan(0);
		expect(further.every((i) => i.dropped && i.question.type !== 'true-false')).toBe(true);
		expect(e.draft!.items.slice(made.length).every((i) => i.further)).toBe(true);
		e.setDropped(0, true);
		const second = made[1]!;
		expect(e.put({ ...draftOf(second), prompt: `${second.prompt} (mine)` }, 1)).toEqual([]);
		e.title = 'My deck';
		const saved = (await e.save())!;
		expect(saved.id).toBe('own-my-deck');
		expect(saved.deck.questions.map((q) => q.id)).toEqual(made.slice(1).map((q) => q.id));

		// Study the first card, then change the text: the last paragraph goes.
		const session = new StudySession({ cards: repos.cards, learner, deckId: saved.id, questions: saved.deck.questions, now: () => NOON });
		await session.start();
		const studiedId = session.card!.questionId;
		session.reveal();
		if (session.phase === 'question') session.submit('zzzz');
		await session.rate(1);
		const before = await repos.cards.card('ann', saved.id, studiedId);

		const later = editor();
		later.open((await repos.ownDecks.get(saved.id))!);
		expect(later.text).toBe(ARTICLE);
		later.text = ARTICLE.slice(0, ARTICLE.lastIndexOf('\n\n'));
		await later.generate();
		const items = later.draft!.items;
		expect(items.find((i) => i.question.id === second.id)?.question.prompt).toBe(`${second.prompt} (mine)`);
		expect(later.title).toBe('My deck');
		const resaved = (await later.save())!;
		expect(resaved.id).toBe(saved.id);
		expect(resaved.deck.questions.length).toBeLessThan(made.length);
		await repos.cards.syncDeck('ann', saved.id, resaved.deck.questions);
		// The studied card was the first kept one (the edited question): it is still there, with its progress.
		expect(studiedId).toBe(second.id);
		expect(resaved.deck.questions.some((q) => q.id === studiedId)).toBe(true);
		expect(before!.reps).toBe(1);
		expect(await repos.cards.card('ann', saved.id, studiedId)).toMatchObject({ reps: 1, state: before!.state, due: before!.due, lapses: before!.lapses });
		// Most questions come from the unchanged paragraphs, and keep the ids they had in every question
		// the whole text supported (the best of a shorter text may include some that were not the best before).
		const supported = new Set(generateDeck(ARTICLE, { all: true }).questions.map((q) => q.id));
		const unchanged = resaved.deck.questions.filter((q) => supported.has(q.id)).length;
		expect(unchanged / resaved.deck.questions.length).toBeGreaterThan(0.8);
	});

	it('says why a text gives nothing, keeps a failed save from writing, and stops on cancel', async () => {
		const e = editor();
		e.text = '';
		await e.generate();
		expect(e.inputProblem).toMatch(/empty/);
		e.text = 'the and of it';
		await e.generate();
		expect(e.inputProblem).toMatch(/no sentences/);
		expect(e.phase).toBe('input');

		e.writeByHand();
		expect(e.put({ type: 'flashcard', prompt: 'Front', answer: 'Back', options: [], accept: [], source: null })).toEqual([]);
		expect(await e.save()).toBeNull();
		expect(e.saveErrors).toEqual(['Title: give the deck a title.']);
		expect(await repos.ownDecks.ids()).toEqual([]);
		e.title = 'Hand';
		expect((await e.save())?.deck.article).toBe('the and of it\n\nFront: Back');

		const cancelled = editor(async () => {
			throw new Cancelled();
		});
		cancelled.text = ARTICLE;
		await cancelled.generate();
		expect(cancelled.status).toBe('Generation cancelled.');
		expect(cancelled.phase).toBe('input');
	});
});
