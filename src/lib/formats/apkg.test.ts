import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { factId, questionId } from '$lib/deck/ids';
import { DeckSchema, type Deck, type Question } from '$lib/deck/schema';
import { sampleDeck } from '$lib/deck/testing';
import { exportApkg, importApkg } from './apkg';
import type { ImportResult } from './types';

let SQL: SqlJsStatic;
beforeAll(async () => {
	// In Node, sql.js finds its WebAssembly in node_modules by itself.
	SQL = await initSqlJs();
});

const NOW = Date.UTC(2026, 11, 2, 9, 30);

/** What a question must come back as. */
function expected(q: Question) {
	return {
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		options: q.type === 'mcq' ? q.options : [],
		accept: (q.type === 'cloze' || q.type === 'short-answer') && q.accept ? q.accept : [],
		sentence: q.source.sentence
	};
}

function asRead(result: ImportResult) {
	return result.questions.map(({ type, prompt, answer, options, accept, sentence }) => ({ type, prompt, answer, options, accept, sentence }));
}

/** The oracle's view of a package: unzipped by fflate, the collection opened by sql.js. */
function openPackage(bytes: Uint8Array): { files: Record<string, Uint8Array>; db: Database } {
	const files = unzipSync(bytes);
	return { files, db: new SQL.Database(files['collection.anki2']) };
}

function rows(db: Database, query: string): Record<string, unknown>[] {
	const result = db.exec(query)[0];
	if (!result) return [];
	return result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]])));
}

function question(type: Question['type'], fields: Record<string, unknown>, sentence: string, tags: string[] = []): Question {
	const fid = factId(`${type} ${String(fields.prompt)}`);
	return { id: questionId(fid, type, String(fields.answer)), factId: fid, type, source: { sentence, start: 0, end: sentence.length }, tags, ...fields } as Question;
}

const HOSTILE = 'Braces {x} {{y}}, colons a::b, tildes ~~, equals ==, hashes ##, a\ttab, "quotes" \'single\', <b>x</b> &amp; &lt;, emoji 😀👩‍🔬, {{c1::x}}, back\\slash, [sound:a.mp3] <img src="a.png">';

function hostileDeck(): Deck {
	const questions: Question[] = [
		question('mcq', { prompt: `Which one? ${HOSTILE}`, answer: 'a::b {{c1::x}}', options: ['a::b {{c1::x}}', '<i>two</i> & "2"', 'line\nbreak', 'tab\there 😀'] }, `Sentence one: ${HOSTILE}\nsecond line.`, ['entity kind', 'org']),
		question('cloze', { prompt: `Before {{c2::no}} _____ after:: ${HOSTILE}`, answer: 'x}} :: {{c1::y}} & <br>', accept: ['a, b', 'c::d', '<u>e</u>'] }, `Cloze sentence ${HOSTILE}`),
		question('cloze', { prompt: '_____ starts it', answer: 'It' }, 'It starts it.'),
		question('true-false', { prompt: `True? ${HOSTILE}`, answer: 'true' }, 'True sentence.'),
		question('true-false', { prompt: 'False, with\nnewline', answer: 'false' }, 'False sentence.'),
		question('short-answer', { prompt: `Who? ${HOSTILE}`, answer: `Answer ${HOSTILE}`, accept: ['alt \\one', 'alt\ntwo'] }, 'Short sentence.'),
		question('short-answer', { prompt: 'No accept?', answer: 'none' }, 'Plain.'),
		question('flashcard', { prompt: `Front ${HOSTILE}`, answer: `Back ${HOSTILE}` }, `Card ${HOSTILE}`)
	];
	return sampleDeck({ id: 'hostile', title: 'Hostile: {{c1::title}} & <b>bold</b>', questions, more: [questions[0]!] });
}

function seedDeck(): Deck {
	const raw = readFileSync(new URL('../../../questions/decks/nvidia-huang-chinese-ai-models.json', import.meta.url), 'utf8');
	return DeckSchema.parse(JSON.parse(raw));
}

describe('exportApkg and importApkg', () => {
	it('round-trip every question type of the sample deck, with its title and tags', () => {
		const deck = sampleDeck();
		const result = importApkg(exportApkg(deck, SQL, NOW), SQL);
		expect(result.problems).toEqual([]);
		expect(result.skipped).toEqual({ media: 0, unsupported: 0 });
		expect(result.title).toBe(deck.title);
		expect(asRead(result)).toEqual(deck.questions.map(expected));
		expect(result.questions.map((q) => q.line)).toEqual(deck.questions.map((_, i) => i + 1));
	});

	it('round-trip hostile text exactly: braces, colons, HTML, entities, tabs, newlines, emoji, cloze-like text, backslashes', () => {
		const deck = hostileDeck();
		const result = importApkg(exportApkg(deck, SQL, NOW), SQL);
		expect(result.problems).toEqual([]);
		expect(asRead(result)).toEqual(deck.questions.map(expected));
		// Tags hold no spaces in Anki; ours come back without the type tag.
		expect(result.questions[0]!.tags).toEqual(['entity_kind', 'org']);
	});

	it('export only the deck\'s questions, not its further ones, and the same bytes for the same time', () => {
		const deck = hostileDeck();
		const bytes = exportApkg(deck, SQL, NOW);
		expect(importApkg(bytes, SQL).questions).toHaveLength(deck.questions.length);
		expect(exportApkg(deck, SQL, NOW)).toEqual(bytes);
		expect(exportApkg(deck, SQL, NOW + 1000)).not.toEqual(bytes);
	});

	it('write a package Anki can open: one note and one card per question, the right note type, a sound database', () => {
		const deck = hostileDeck();
		const { files, db } = openPackage(exportApkg(deck, SQL, NOW));
		try {
			expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
			expect(JSON.parse(strFromU8(files.media!))).toEqual({});
			expect(rows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
			expect(rows(db, 'SELECT name FROM sqlite_master WHERE type = "table" ORDER BY name').map((r) => r.name)).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);

			const [col] = rows(db, 'SELECT * FROM col');
			expect(col!.ver).toBe(11);
			const models = JSON.parse(String(col!.models)) as Record<string, { name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[]; req: unknown }>;
			const decks = JSON.parse(String(col!.decks)) as Record<string, { name: string; id: number }>;
			expect(JSON.parse(String(col!.dconf))).toHaveProperty('1');
			expect(JSON.parse(String(col!.conf))).toMatchObject({ nextPos: deck.questions.length + 1 });
			// `::` would make a subdeck in Anki.
			const deckName = 'Hostile: {{c1:title}} & <b>bold</b>';
			expect(Object.values(decks).map((d) => d.name).sort()).toEqual(['Default', deckName]);

			const byName = Object.fromEntries(Object.values(models).map((m) => [m.name, m]));
			expect(byName['Basic (Factdeck)']).toMatchObject({ type: 0, flds: [{ name: 'Front' }, { name: 'Back' }, { name: 'Source' }] });
			expect(byName['Cloze (Factdeck)']).toMatchObject({ type: 1, flds: [{ name: 'Text' }, { name: 'Back Extra' }, { name: 'Source' }] });
			expect(byName['Cloze (Factdeck)']!.tmpls[0]!.qfmt).toBe('{{cloze:Text}}');

			const notes = rows(db, 'SELECT * FROM notes ORDER BY id');
			expect(notes).toHaveLength(deck.questions.length);
			notes.forEach((note, i) => {
				const q = deck.questions[i]!;
				expect(models[String(note.mid)]!.name).toBe(q.type === 'cloze' ? 'Cloze (Factdeck)' : 'Basic (Factdeck)');
				expect(note.guid).toBe(q.id);
				expect(note.usn).toBe(-1);
				expect(String(note.tags)).toContain(` factdeck::${q.type} `);
				const fields = String(note.flds).split('\x1f');
				expect(fields).toHaveLength(3);
				// Text that looks like a sound or a picture is not one in Anki.
				expect(String(note.flds)).not.toMatch(/\[sound:|<img/);
				if (q.type === 'cloze') {
					// Exactly one cloze, whatever the text held: Anki makes one card of it.
					expect(fields[0]!.match(/\{\{c\d+::/g)).toEqual(['{{c1::']);
					expect(fields[0]!).not.toMatch(/\{\{c1::[^}]*::/);
				} else {
					expect(fields[0]).not.toContain('{{');
				}
				if (q.type === 'flashcard') {
					// Anki's checksum: the first 8 hex digits of the SHA-1 of the first field's text.
					const digest = createHash('sha1').update(q.prompt, 'utf8').digest('hex');
					expect(note.csum).toBe(parseInt(digest.slice(0, 8), 16));
					expect(note.sfld).toBe(q.prompt);
				}
			});

			const cards = rows(db, 'SELECT * FROM cards ORDER BY id');
			expect(cards).toHaveLength(deck.questions.length);
			const deckId = Object.values(decks).find((d) => d.name === deckName)!.id;
			cards.forEach((card, i) => {
				expect(card).toMatchObject({ nid: notes[i]!.id, did: deckId, ord: 0, type: 0, queue: 0, due: i + 1, usn: -1 });
			});
		} finally {
			db.close();
		}
	});

	it('export the committed Nvidia deck and read it back whole', () => {
		const deck = seedDeck();
		const bytes = exportApkg(deck, SQL, NOW);
		const result = importApkg(bytes, SQL);
		expect(result.problems).toEqual([]);
		expect(result.title).toBe(deck.title);
		expect(asRead(result)).toEqual(deck.questions.map(expected));
		const { db } = openPackage(bytes);
		try {
			const counts = rows(db, 'SELECT mid, count(*) AS n FROM notes GROUP BY mid ORDER BY mid').map((r) => r.n);
			const cloze = deck.questions.filter((q) => q.type === 'cloze').length;
			expect(counts).toEqual([deck.questions.length - cloze, cloze].filter((n) => n > 0));
			console.info(`seed deck ${deck.id}: ${deck.questions.length} notes (${cloze} cloze), ${bytes.length} bytes`);
		} finally {
			db.close();
		}
	});

	it('round-trip any text made of the characters that mean something to Anki or HTML', () => {
		const unit = fc.oneof(
			fc.constantFrom(...'{}:_<>&;#[]\\"\'=~|\t\n\r /', '\x1f', '😀', 'c1', '::', '{{', '}}', 'br', '&amp;', '&#58;', '&nbsp;', '<br>', '[sound:a.mp3]', '<img src="a.png">'),
			fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
		);
		const text = fc.string({ unit, minLength: 1, maxLength: 40 }).filter((t) => /\S/.test(t));
		// Around the gap: no underscores touching it, and no earlier gap.
		const side = fc.string({ unit, maxLength: 20 }).filter((t) => !/^_|_$|_{3,}/.test(t));
		const questions = fc.tuple(text, text, text, fc.array(text, { minLength: 3, maxLength: 4 }), side, side, fc.boolean()).map(([prompt, answer, sentence, more, before, after, truth]) => [
			question('mcq', { prompt, answer, options: [answer, ...more] }, sentence),
			question('cloze', { prompt: `${before}_____${after}`, answer, accept: more }, sentence),
			question('true-false', { prompt, answer: String(truth) }, sentence),
			question('short-answer', { prompt, answer, accept: more }, sentence),
			question('flashcard', { prompt, answer }, sentence)
		]);
		fc.assert(
			fc.property(questions, (qs) => {
				const deck = sampleDeck({ questions: qs });
				expect(asRead(importApkg(exportApkg(deck, SQL, NOW), SQL))).toEqual(qs.map(expected));
			}),
			{ numRuns: 80, seed: 20261202 }
		);
		// Each run builds and reads a whole package: seconds on a shared machine.
	}, 30_000);

	it('export at any time, even one a zip cannot date', () => {
		for (const now of [0, 1, Date.UTC(2150, 0, 1)]) {
			expect(importApkg(exportApkg(sampleDeck(), SQL, now), SQL).questions).toHaveLength(sampleDeck().questions.length);
		}
	});

	it('give a cloze gap of any length back as the generator\'s five underscores', () => {
		const deck = sampleDeck({ questions: [question('cloze', { prompt: 'A ___ gap and a ____ run.', answer: 'short' }, 'A short gap.')] });
		expect(importApkg(exportApkg(deck, SQL, NOW), SQL).questions[0]!.prompt).toBe('A _____ gap and a ____ run.');
	});
});

// ---- Packages made by others, built here through sql.js as Anki lays them out ----------------------

const BASIC_ID = 1001;
const CLOZE_ID = 1002;
const OCCLUSION_ID = 1003;
const ONE_FIELD_ID = 1004;
const TYPED_ID = 1005;

function foreignModels() {
	const model = (id: number, name: string, type: number, fields: string[], qfmt: string) => ({
		id,
		name,
		type,
		flds: fields.map((n, ord) => ({ name: n, ord })),
		tmpls: [{ name: 'Card 1', ord: 0, qfmt, afmt: qfmt }]
	});
	return {
		[BASIC_ID]: model(BASIC_ID, 'Basic', 0, ['Front', 'Back'], '{{Front}}'),
		[CLOZE_ID]: model(CLOZE_ID, 'Cloze', 1, ['Text', 'Back Extra'], '{{cloze:Text}}'),
		[OCCLUSION_ID]: model(OCCLUSION_ID, 'Image Occlusion', 1, ['Occlusion', 'Image', 'Header', 'Back Extra', 'Comments'], '{{#Image}}{{image-occlusion:Occlusion}}{{/Image}}'),
		[ONE_FIELD_ID]: model(ONE_FIELD_ID, 'Just text', 0, ['Text'], '{{Text}}'),
		[TYPED_ID]: model(TYPED_ID, 'Basic (type in the answer)', 0, ['Front', 'Back'], '{{Front}}<br>{{type:Back}}')
	};
}

/** A collection in Anki's schema-11 layout, written independently of the module under test. */
function foreignCollection(notes: { mid: number; flds: string[]; tags?: string }[], deckName = 'Spanish::Verbs', models: unknown = foreignModels()): Uint8Array {
	const db = new SQL.Database();
	try {
		db.run(`CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
			CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld integer, csum integer, flags integer, data text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
			CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer);
			CREATE TABLE graves (usn integer, oid integer, type integer);`);
		const decks = { 1: { id: 1, name: 'Default' }, 77: { id: 77, name: deckName } };
		db.run('INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', ['{}', JSON.stringify(models), JSON.stringify(decks), '{}', '{}']);
		notes.forEach((note, i) => {
			db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [500 + i, `guid${i}`, note.mid, note.tags ?? '', note.flds.join('\x1f'), note.flds[0]!, '']);
			db.run('INSERT INTO cards VALUES (?, ?, 77, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [900 + i, 500 + i, i, '']);
		});
		return db.export();
	} finally {
		db.close();
	}
}

function zip(files: Record<string, Uint8Array | string>): Uint8Array {
	return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}

describe('importApkg, packages from Anki and other tools', () => {
	it('reads Basic and Cloze notes as text, leaves other note types and media out, and counts them', () => {
		const collection = foreignCollection([
			{ mid: BASIC_ID, flds: ['<b>Madrid</b>&nbsp;is the capital of&hellip;<br>which country?', '<div>Spain</div><div>(España)</div>'], tags: ' geo europe ' },
			{ mid: BASIC_ID, flds: ['<img src="flag.png"> Which flag?', 'Spain [sound:es.mp3]'] },
			{ mid: BASIC_ID, flds: ['[sound:word.mp3]', 'hablar'] },
			{ mid: CLOZE_ID, flds: ['{{c1::Hablo}} español y {{c2::escribo::verb}} {{c1::inglés}}.', 'extra'] },
			{ mid: OCCLUSION_ID, flds: ['{{c1::image-occlusion:rect:left=.1:top=.2}}', '<img src="map.png">', '', '', ''] },
			{ mid: ONE_FIELD_ID, flds: ['only one field'] },
			{ mid: 4242, flds: ['unknown', 'type'] },
			{ mid: BASIC_ID, flds: ['<script>alert(1)</script>Script &amp; style<style>b{}</style>', '&#x1F600; &#128512; &unknown;'] },
			{ mid: TYPED_ID, flds: ['Capital of Peru?', 'Lima'] }
		]);
		const result = importApkg(zip({ 'collection.anki2': collection, media: '{"0": "flag.png"}' }), SQL);
		expect(result.problems).toEqual([]);
		expect(result.title).toBe('Spanish::Verbs');
		// The picture and sound of note 2, the sound that was all of note 3's front.
		expect(result.skipped).toEqual({ media: 3, unsupported: 3 });
		expect(result.questions.map(({ type, prompt, answer, sentence, tags, line }) => ({ type, prompt, answer, sentence, tags, line }))).toEqual([
			{ type: 'flashcard', prompt: 'Madrid is the capital of…\nwhich country?', answer: 'Spain\n(España)', sentence: null, tags: ['geo', 'europe'], line: 1 },
			{ type: 'flashcard', prompt: 'Which flag?', answer: 'Spain', sentence: null, tags: [], line: 2 },
			{ type: 'cloze', prompt: '_____ español y escribo _____.', answer: 'Hablo, inglés', sentence: null, tags: [], line: 4 },
			{ type: 'cloze', prompt: 'Hablo español y _____ inglés.', answer: 'escribo', sentence: null, tags: [], line: 4 },
			{ type: 'flashcard', prompt: 'Script & style', answer: '😀 😀 &unknown;', sentence: null, tags: [], line: 8 },
			{ type: 'short-answer', prompt: 'Capital of Peru?', answer: 'Lima', sentence: null, tags: [], line: 9 }
		]);
	});

	it('reads collection.anki21 before the stub collection.anki2 beside it', () => {
		const real = foreignCollection([{ mid: BASIC_ID, flds: ['Real front', 'Real back'] }], 'Real');
		const stub = foreignCollection([{ mid: BASIC_ID, flds: ['Please update Anki', 'stub'] }], 'Stub');
		const result = importApkg(zip({ 'collection.anki2': stub, 'collection.anki21': real, media: '{}' }), SQL);
		expect(result.title).toBe('Real');
		expect(result.questions.map((q) => q.prompt)).toEqual(['Real front']);
	});

	it('says a note with an empty side has a problem, with its number', () => {
		const collection = foreignCollection([
			{ mid: BASIC_ID, flds: ['Front', 'Back'] },
			{ mid: BASIC_ID, flds: ['No back', '<br>&nbsp;'] },
			{ mid: CLOZE_ID, flds: ['No cloze at all', ''] }
		]);
		const result = importApkg(zip({ 'collection.anki2': collection, media: '{}' }), SQL);
		expect(result.questions).toHaveLength(1);
		expect(result.problems).toEqual([
			{ line: 2, message: 'Note 2: its back (the second field) is empty.' },
			{ line: 3, message: 'Note 3: this cloze note has no cloze ({{c1::…}}) in its text.' }
		]);
	});

	it('asks for "Support older Anki versions" when the package holds only the newer collection', () => {
		const stub = foreignCollection([{ mid: BASIC_ID, flds: ['Please update to the latest Anki version', 'stub'] }]);
		const result = importApkg(zip({ 'collection.anki2': stub, 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]), media: '{}' }), SQL);
		expect(result.questions).toEqual([]);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]!.line).toBe(0);
		expect(result.problems[0]!.message).toContain('Support older Anki versions');
	});

	it('report a file that is not a usable package, without throwing', () => {
		const cases: [Uint8Array, RegExp][] = [
			[strToU8('front,back\nnot,a zip'), /not a zip archive/],
			[new Uint8Array(), /not a zip archive/],
			[zip({ 'notes.txt': 'hello' }), /no collection\.anki2/],
			[zip({ 'collection.anki2': 'this is not SQLite at all, just text that is long enough to look like a header' }), /not an Anki database/],
			[zip({ 'collection.anki2': new SQL.Database().export() }), /not an Anki database/],
			[zip({ 'collection.anki2': foreignCollection([], 'x', 'not json') }), /note types could not be read/],
			[zip({ 'collection.anki2': foreignCollection([], 'x', { 1: { name: 'No fields' } }) }), /note types could not be read/]
		];
		for (const [bytes, message] of cases) {
			const result = importApkg(bytes, SQL);
			expect(result.questions).toEqual([]);
			expect(result.problems).toHaveLength(1);
			expect(result.problems[0]!.line).toBe(0);
			expect(result.problems[0]!.message).toMatch(message);
		}
	});

	it('read our own notes as anyone\'s once they were edited out of our shape in Anki', () => {
		const models = { [BASIC_ID]: foreignModels()[BASIC_ID] };
		const collection = foreignCollection([{ mid: BASIC_ID, flds: ['Edited <b>mcq</b>', 'Answer'], tags: ' factdeck::mcq ' }], 'x', models);
		const result = importApkg(zip({ 'collection.anki2': collection }), SQL);
		expect(result.questions.map(({ type, prompt, answer, tags }) => ({ type, prompt, answer, tags }))).toEqual([{ type: 'flashcard', prompt: 'Edited mcq', answer: 'Answer', tags: [] }]);
	});
});
