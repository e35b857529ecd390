import { mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildQuiz, type HostView, type PlayerView } from '$lib/classroom';
import { sampleDeck } from '$lib/deck/testing';
import { ClassroomError } from './errors';
import { FileJournal, MemoryJournal } from './journal';
import { MemoryGameStore, type Update } from './store';
import { GameError } from '$lib/classroom';

const quiz = buildQuiz([sampleDeck()], { deckIds: ['sample'], count: 3, types: ['mcq', 'true-false'], seed: 1, secondsPerQuestion: 10 });

function code(fn: () => void): string {
	try {
		fn();
	} catch (e) {
		if (e instanceof ClassroomError || e instanceof GameError) return e.code;
		throw e;
	}
	return 'none';
}

beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 9) });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('MemoryGameStore', () => {
	it('runs a game for the host only, with each player by their own key', () => {
		const store = new MemoryGameStore({ journal: new MemoryJournal() });
		const { pin, hostToken } = store.create(quiz);
		const ada = store.join(pin, 'Ada');
		expect(code(() => store.control(pin, 'x'.repeat(32), { action: 'next', from: 'lobby', index: -1 }))).toBe('not_host');
		expect(code(() => store.control(pin, ada.playerToken, { action: 'next', from: 'lobby', index: -1 }))).toBe('not_host');
		store.control(pin, hostToken, { action: 'next', from: 'lobby', index: -1 });
		expect(code(() => store.answer(pin, 'nobody-at-all-here', 0, 'true'))).toBe('not_player');
		expect(code(() => store.answer('000000', ada.playerToken, 0, 'true'))).toBe('unknown_pin');
		expect((store.view(pin, { role: 'player', token: ada.playerToken }) as PlayerView).you.name).toBe('Ada');
		store.close();
	});

	it('closes a question when its time is up, and tells every screen', () => {
		const store = new MemoryGameStore({ journal: new MemoryJournal() });
		const { pin, hostToken } = store.create(quiz);
		const ada = store.join(pin, 'Ada');
		store.join(pin, 'Bo');
		const seen: Update[] = [];
		store.subscribe(pin, { role: 'player', token: ada.playerToken }, (u) => seen.push(u));
		store.control(pin, hostToken, { action: 'next', from: 'lobby', index: -1 });
		vi.advanceTimersByTime(10_002);
		const phases = seen.map((u) => ('view' in u ? u.view.phase : 'gone'));
		expect(phases.slice(-2)).toEqual(['question', 'reveal']);
		expect(code(() => store.answer(pin, ada.playerToken, 0, 'true'))).toBe('not_open');
		store.close();
	});

	it('sends an answer only to the host and the player who gave it', () => {
		const store = new MemoryGameStore({ journal: new MemoryJournal() });
		const { pin, hostToken } = store.create(quiz);
		const ada = store.join(pin, 'Ada');
		const bo = store.join(pin, 'Bo');
		const host: HostView[] = [];
		const boSeen: Update[] = [];
		store.subscribe(pin, { role: 'host', token: hostToken }, (u) => 'view' in u && host.push(u.view as HostView));
		store.subscribe(pin, { role: 'player', token: bo.playerToken }, (u) => boSeen.push(u));
		store.control(pin, hostToken, { action: 'next', from: 'lobby', index: -1 });
		const before = boSeen.length;
		const q = quiz.questions[0]!;
		store.answer(pin, ada.playerToken, 0, q.type === 'mcq' ? q.options[0]! : 'true');
		expect(boSeen.length).toBe(before);
		expect(host.at(-1)!.answered).toBe(1);
		store.close();
	});

	it('tells a removed player they are gone', () => {
		const store = new MemoryGameStore({ journal: new MemoryJournal() });
		const { pin, hostToken } = store.create(quiz);
		const ada = store.join(pin, 'Ada');
		const seen: Update[] = [];
		store.subscribe(pin, { role: 'player', token: ada.playerToken }, (u) => seen.push(u));
		store.control(pin, hostToken, { action: 'kick', playerId: ada.playerId });
		expect(seen.at(-1)).toEqual({ gone: expect.stringContaining('removed') });
		expect(code(() => store.view(pin, { role: 'player', token: ada.playerToken }))).toBe('not_player');
		store.close();
	});

	it('resumes a game in progress from its journal on disk, keys and all', () => {
		const path = join(mkdtempSync(join(tmpdir(), 'classroom-')), 'journal.jsonl');
		const first = new MemoryGameStore({ journal: new FileJournal(path) });
		const { pin, hostToken } = first.create(quiz);
		const ada = first.join(pin, 'Ada');
		first.join(pin, 'Bo');
		first.control(pin, hostToken, { action: 'next', from: 'lobby', index: -1 });
		const q = quiz.questions[0]!;
		first.answer(pin, ada.playerToken, 0, q.answer);
		const before = first.view(pin, { role: 'host', token: hostToken });
		first.close();
		expect(readFileSync(path, 'utf8')).not.toContain(hostToken);
		appendFileSync(path, '{"kind":"event","pin":"12'); // a line cut short by a crash

		const second = new MemoryGameStore({ journal: new FileJournal(path) });
		expect(second.unreadable).toBe(1);
		expect(second.view(pin, { role: 'host', token: hostToken })).toEqual(before);
		expect(code(() => second.answer(pin, ada.playerToken, 0, q.answer))).toBe('already_answered');
		vi.advanceTimersByTime(10_002);
		expect(second.view(pin, { role: 'host', token: hostToken }).phase).toBe('reveal');
		second.close();
		const third = new MemoryGameStore({ journal: new FileJournal(path) });
		expect(third.view(pin, { role: 'host', token: hostToken }).phase).toBe('reveal');
		third.close();
	});

	it('drops games older than a day when it reads the journal', () => {
		const journal = new MemoryJournal();
		const old = new MemoryGameStore({ journal });
		const { pin } = old.create(quiz);
		old.close();
		vi.advanceTimersByTime(25 * 60 * 60 * 1000);
		const fresh = new MemoryGameStore({ journal });
		expect(fresh.lookup(pin)).toBeNull();
		expect(journal.lines).toHaveLength(0);
	});
});

describe('an assignment in the store', () => {
	it('closes itself at its deadline, also after a restart', () => {
		const journal = new MemoryJournal();
		const store = new MemoryGameStore({ journal });
		const deadline = Date.now() + 60 * 60 * 1000;
		const { pin, hostToken } = store.create(quiz, deadline);
		const ada = store.join(pin, 'Ada');
		store.answer(pin, ada.playerToken, 1, quiz.questions[1]!.answer);
		store.close();
		const again = new MemoryGameStore({ journal });
		expect(again.view(pin, { role: 'host', token: hostToken })).toMatchObject({ mode: 'self-paced', phase: 'question', deadline });
		vi.advanceTimersByTime(60 * 60 * 1000 + 2);
		expect(again.view(pin, { role: 'host', token: hostToken }).phase).toBe('results');
		expect(code(() => again.answer(pin, ada.playerToken, 0, quiz.questions[0]!.answer))).toBe('late');
		again.close();
	});
});

it('forgets games a day old when new ones are made', () => {
	const store = new MemoryGameStore({ journal: new MemoryJournal() });
	const { pin } = store.create(quiz);
	vi.advanceTimersByTime(24 * 60 * 60 * 1000 + 1);
	store.create(quiz);
	expect(store.lookup(pin)).toBeNull();
	store.close();
});
