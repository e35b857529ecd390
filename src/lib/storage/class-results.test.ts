import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOON, ZONE } from '$lib/scheduler/testing';
import { ClassResultRepository, openStudyDb, type ClassResult } from './index';
import { upgrade } from './migrations';
import { DB_VERSION } from './schema';

const table: ClassResult['table'] = {
	title: 'A sample deck',
	questions: [{ number: 1, deckId: 'sample', questionId: 'q-1', prompt: 'Who?', answer: 'Ada', shareRight: 0.5 }],
	rows: [
		{ name: 'Ada', rank: 1, score: 900, right: 1, cells: [{ given: 'Ada', verdict: 'right', points: 900 }] },
		{ name: 'Bo', rank: 2, score: 0, right: 0, cells: [null] }
	]
};
const result = (id: string, savedAt: number): ClassResult => ({ id, kind: 'live', code: '123456', savedAt, table });

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('class results', () => {
	it('are saved, listed newest first and replaced when saved again', async () => {
		const repo = new ClassResultRepository(await openStudyDb({ now: () => NOON }));
		await repo.save(result('a', NOON));
		await repo.save(result('b', NOON + 1));
		await repo.save({ ...result('a', NOON + 2), code: '654321' });
		const { results } = await repo.list();
		expect(results.map((r) => [r.id, r.code])).toEqual([
			['a', '654321'],
			['b', '123456']
		]);
		expect(await repo.get('b')).toEqual(result('b', NOON + 1));
	});

	it('refuses to save an invalid table and skips one that no longer reads', async () => {
		const db = await openStudyDb({ now: () => NOON });
		const repo = new ClassResultRepository(db);
		await expect(repo.save({ ...result('x', NOON), table: { ...table, rows: [{ ...table.rows[0]!, rank: 0 }] } })).rejects.toThrow();
		await db.put('classResults', { id: 'broken', savedAt: NOON } as never);
		await repo.save(result('ok', NOON));
		expect(await repo.list()).toEqual({ results: [result('ok', NOON)], unreadable: 1 });
	});

	for (const from of Array.from({ length: DB_VERSION }, (_, v) => v)) {
		it(`come with the upgrade from version ${from}, keeping what was there`, async () => {
			if (from > 0) {
				const old = await openDB('factdeck', from, { upgrade: (db, o, _n, tx) => upgrade(db as never, o, tx as never, NOON, from) });
				await old.put('learners', { id: 'ann', name: 'Ann', timeZone: ZONE, createdAt: NOON });
				old.close();
			}
			const db = await openStudyDb({ now: () => NOON });
			expect(db.version).toBe(DB_VERSION);
			expect(db.objectStoreNames.contains('classResults')).toBe(true);
			if (from > 0) expect(await db.get('learners', 'ann')).toMatchObject({ name: 'Ann' });
			const repo = new ClassResultRepository(db);
			await repo.save(result('a', NOON));
			expect((await repo.list()).results).toHaveLength(1);
		});
	}
});
