// The layout of an Anki collection as the legacy package carries it (`collection.anki2`, schema
// version 11: what Anki 2.1 and later import, and what other tools write): the tables, and the JSON
// the `col` row keeps of note types, decks and options. Learnt from Anki's documented schema.

export const SCHEMA_VERSION = 11;

export const COLLECTION_TABLES = `
CREATE TABLE col (
	id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
	ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
	conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
);
CREATE TABLE notes (
	id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
	usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
	csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
	id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
	mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
	due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
	lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
	flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
	id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
	ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
	type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** Anki separates a note's fields with the unit separator. */
export const FIELD_SEPARATOR = '\x1f';

/** A note type's kind: 0 standard (one card per template), 1 cloze (one card per cloze number). */
export const MODEL_STANDARD = 0;
export const MODEL_CLOZE = 1;

/**
 * Our note types keep the same ids in every export, so that importing a second deck into Anki reuses
 * them. Named apart from Anki's own "Basic" and "Cloze": those have other ids and fields in every
 * collection, and Anki would rename a same-named type on import.
 */
export const BASIC_MODEL = { id: 1764633600001, name: 'Basic (Factdeck)', fields: ['Front', 'Back', 'Source'] } as const;
export const CLOZE_MODEL = { id: 1764633600002, name: 'Cloze (Factdeck)', fields: ['Text', 'Back Extra', 'Source'] } as const;

/** Anki's "Default" deck and options group, which every collection has. */
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

const CSS = `.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
.factdeck-options { display: inline-block; text-align: left; }
.factdeck-hint, .factdeck-accept, .source { font-size: 16px; color: #555; margin-top: 1em; }
.nightMode .factdeck-hint, .nightMode .factdeck-accept, .nightMode .source { color: #aaa; }
`;

const SOURCE = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}';

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function template(name: string, qfmt: string, afmt: string) {
	return { name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 };
}

function model(spec: typeof BASIC_MODEL | typeof CLOZE_MODEL, type: number, tmpl: ReturnType<typeof template>, deckId: number, modSeconds: number) {
	return {
		id: spec.id,
		name: spec.name,
		type,
		mod: modSeconds,
		usn: -1,
		sortf: 0,
		did: deckId,
		tmpls: [tmpl],
		flds: spec.fields.map(field),
		css: CSS,
		latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		latexsvg: false,
		// Which fields a card needs to be made: the first (the front, or the cloze text).
		req: [[0, 'any', [0]]],
		tags: [],
		vers: []
	};
}

function deck(id: number, name: string, modSeconds: number, usn: number) {
	return {
		id,
		name,
		mod: modSeconds,
		usn,
		desc: '',
		dyn: 0,
		conf: DEFAULT_CONF_ID,
		collapsed: false,
		browserCollapsed: false,
		extendNew: 10,
		extendRev: 50,
		newToday: [0, 0],
		revToday: [0, 0],
		lrnToday: [0, 0],
		timeToday: [0, 0]
	};
}

const DEFAULT_OPTIONS = {
	id: DEFAULT_CONF_ID,
	name: 'Default',
	mod: 0,
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, separate: true },
	rev: { bury: false, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200, hardFactor: 1.2 },
	lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
};

/** The `col` row of a new collection holding one deck, as SQL parameters in column order. */
export function collectionRow(deckId: number, deckName: string, noteCount: number, now: number) {
	const seconds = Math.floor(now / 1000);
	const basic = model(BASIC_MODEL, MODEL_STANDARD, template('Card 1', `{{Front}}`, `{{FrontSide}}<hr id="answer">{{Back}}${SOURCE}`), deckId, seconds);
	const cloze = model(CLOZE_MODEL, MODEL_CLOZE, template('Cloze', '{{cloze:Text}}', `{{cloze:Text}}<br>{{Back Extra}}${SOURCE}`), deckId, seconds);
	const conf = {
		activeDecks: [deckId],
		curDeck: deckId,
		curModel: BASIC_MODEL.id,
		nextPos: noteCount + 1,
		estTimes: true,
		dueCounts: true,
		newSpread: 0,
		collapseTime: 1200,
		timeLim: 0,
		addToCur: true,
		sortType: 'noteFld',
		sortBackwards: false,
		newBury: true
	};
	const decks = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', seconds, 0), [deckId]: deck(deckId, deckName, seconds, -1) };
	return [
		1,
		// The collection's creation: the start of the day, as Anki counts days from it.
		Math.floor(seconds / 86400) * 86400,
		now,
		now,
		SCHEMA_VERSION,
		0,
		0,
		0,
		JSON.stringify(conf),
		JSON.stringify({ [BASIC_MODEL.id]: basic, [CLOZE_MODEL.id]: cloze }),
		JSON.stringify(decks),
		JSON.stringify({ [DEFAULT_CONF_ID]: DEFAULT_OPTIONS }),
		'{}'
	];
}
