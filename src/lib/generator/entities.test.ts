import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../deck/blocks';
import { findEntities } from './entities';
import { readSentences } from './nlp';
import { resolveReferences } from './references';

function read(text: string) {
	const sentences = readSentences(splitBlocks(text));
	return { sentences, entities: findEntities(sentences) };
}

describe('entities', () => {
	it('keep the first word of a role in the role ("Vice President Kamala Harris"), not as a name of its own', () => {
		const { entities } = read('Biden, who was joined by Vice President Kamala Harris, hailed the unveiling as "a historic day".');
		expect(entities.map((e) => e.text)).not.toContain('Vice');
		expect(entities.find((e) => e.text === 'Kamala Harris')?.role).toBe('Vice President');
	});

	it('read a hyphenated role as one ("WHO Director-General Tedros Adhanom Ghebreyesus")', () => {
		const { entities } = read('"Now we have two," WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva.');
		const person = entities.find((e) => e.kind === 'person');
		expect(person).toMatchObject({ text: 'Tedros Adhanom Ghebreyesus', role: 'Director-General', roleOf: 'WHO' });
	});

	it('begin a name at a capitalised word that the tagger took for a verb ("outside Downing Street")', () => {
		const { entities } = read('Speaking outside Downing Street on Friday morning, Sunak said he was sorry.');
		expect(entities.map((e) => e.text)).toContain('Downing Street');
	});

	it('read brand names written with their capital second, and product names with their tail ("iPhone 15", "Vision Pro")', () => {
		const { entities } = read('Sales of the iPhone 15 rose, and the company will begin selling its Vision Pro headset in February.');
		expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['iPhone 15', 'Vision Pro']));
	});

	it('leave a plural that opens the sentence out of the name after it ("Shares of Apple fell")', () => {
		const { entities } = read('Apple reported record revenue. Shares of Apple fell about 3% in after-hours trading.');
		expect(entities.map((e) => e.text)).not.toContain('Shares of Apple');
	});

	it('read a range of years as two years ("between 2016 and 2017")', () => {
		const { entities } = read('The team analysed data gathered by Hubble between 2016 and 2017.');
		expect(entities.filter((e) => e.kind === 'year').map((e) => e.text)).toEqual(['2016', '2017']);
		expect(entities.map((e) => e.text)).not.toContain('between 2016 and 2017');
	});

	it('read a person "of" a country as the person and the country ("Jasmine Paolini of Italy"), not an organisation of one ("Serum Institute of India")', () => {
		const { entities } = read('Krejcikova won on Saturday, beating Jasmine Paolini of Italy, and thanked the Serum Institute of India.');
		expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['Jasmine Paolini', 'Italy', 'Serum Institute of India']));
	});

	it('read a person "of" a state named by its direction as the person ("Ellen B. Harper of North Dakota"), not a title with a first name in it ("Clara Full of Light")', () => {
		const { entities } = read('In 1820, Ellen B. Harper of North Dakota praised the film Clara Full of Light.');
		expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['Ellen B. Harper', 'Clara Full of Light']));
	});

	it('read a surname with particles whole ("Ursula von der Leyen", "von der Leyen said"), and never join a person to an organisation by "and"', () => {
		const { entities } = read(
			'The truce followed a call between President Joe Biden and European Commission President Ursula von der Leyen. "This is a fresh start," von der Leyen said.'
		);
		const names = entities.map((e) => e.text);
		expect(names).toEqual(expect.arrayContaining(['Joe Biden', 'Ursula von der Leyen', 'von der Leyen']));
		expect(names.some((n) => n.includes(' and '))).toBe(false);
	});

	it('keep the currency sign with an amount that wink tags without it ("about £500 million")', () => {
		const { entities } = read('Whisky makers said they had lost about £500 million in sales.');
		expect(entities.find((e) => e.kind === 'money')).toMatchObject({ text: '£500 million', hedge: 'about' });
	});

	it('keep words whole that wink cuts at letters beyond Latin-1 ("Sinkevičius", "Łukasz Kamiński")', () => {
		const { sentences, entities } = read('The plan was announced by EU environment commissioner Virginijus Sinkevičius, and Łukasz Kamiński agreed.');
		expect(sentences[0]!.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Sinkevičius', 'Łukasz', 'Kamiński']));
		expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['Virginijus Sinkevičius', 'Łukasz Kamiński']));
	});

	it('read "for" inside an institution\'s name ("National Center for Cardiovascular Diseases")', () => {
		const { entities } = read('"Sleep matters," said Yanjun Song of the National Center for Cardiovascular Diseases in Beijing.');
		expect(entities.map((e) => e.text)).toContain('National Center for Cardiovascular Diseases');
	});

	it('know the countries of Africa ("Burkina Faso")', () => {
		const { entities } = read('Ghana, Nigeria and Burkina Faso have already approved the vaccine for use.');
		expect(entities.find((e) => e.text === 'Burkina Faso')?.kind).toBe('place');
	});

	it('begin a hyphenated name at its first part ("Near-Infrared Camera")', () => {
		const { entities } = read("The image was taken by Webb's Near-Infrared Camera, known as NIRCam.");
		expect(entities.map((e) => e.text)).toContain('Near-Infrared Camera');
		expect(entities.map((e) => e.text)).not.toContain('Infrared Camera');
	});
});

describe('pronouns', () => {
	it('leave "his" to a subject that is a person ("The 21-year-old Spaniard … his fourth title")', () => {
		const text = 'Carlos Alcaraz beat Novak Djokovic on Sunday. The 21-year-old Spaniard needed two hours to win his fourth Grand Slam title.';
		const { sentences, entities } = read(text);
		expect(resolveReferences(sentences, entities)[1]).toEqual({ edits: [], unresolved: false });
	});

	it('leave "its" unresolved when the sentence before is about another name than the organisation before it', () => {
		const text = 'The US space agency NASA said the launch had gone well.\n\nWebb cost about $10 billion and was launched years behind schedule. Its primary mirror measures 6.5 metres across.';
		const { sentences, entities } = read(text);
		const references = resolveReferences(sentences, entities);
		expect(references[2]).toEqual({ edits: [], unresolved: true });
	});

	it('never take "it" that something is done to for the organisation before ("It was announced…")', () => {
		const text = 'Aircraft maker Boeing welcomed the truce. It was announced after a phone call between the two leaders.';
		const { sentences, entities } = read(text);
		expect(resolveReferences(sentences, entities)[1]!.edits.map((e) => e.text)).not.toContain('Boeing');
	});

	it('never take "it" for an older subject when a name is the subject in between ("SAS expects… It will also leave…")', () => {
		const text = 'Air France-KLM will invest in SAS. The deal still needs approval from a court. SAS expects to complete the process next year. It will also leave the Star Alliance.';
		const { sentences, entities } = read(text);
		expect(resolveReferences(sentences, entities)[3]!.edits.map((e) => e.text)).not.toContain('The deal');
	});

	it('resolve "its" to the organisation the sentence before is about', () => {
		const text = 'Chinese tech giant Alibaba reported strong results in May. Its cloud business grew 18%.';
		const { sentences, entities } = read(text);
		expect(resolveReferences(sentences, entities)[1]!.edits.map((e) => e.text)).toEqual(['Alibaba’s']);
	});
});

describe('people known by what is said of them, not by their capitals', () => {
	it('one who speaks after "said", one with a role before the name, one named later with a title alone', () => {
		const { entities } = read(
			'"Prices will rise," said Orla Fenwick of the Baltic Grain Board.\n\nGrainco chief Piet Vermaelen is to meet his rival Dana Ostrova on Friday.\n\nMs Ostrova declined to comment.'
		);
		const kind = (text: string) => entities.find((e) => e.text === text)?.kind;
		expect(kind('Orla Fenwick')).toBe('person');
		expect(kind('Piet Vermaelen')).toBe('person');
		expect(kind('Dana Ostrova')).toBe('person');
	});

	it('not a team that "also expressed an interest" after the word "outfit"', () => {
		const { entities } = read('A move to Lisbon was more likely than one to Dutch outfit Blue Herons Utrecht, who also expressed an interest.');
		expect(entities.find((e) => e.text === 'Blue Herons Utrecht')?.kind).toBe('organisation');
	});

	it('not a company after "said" nor a name beside a role-less word', () => {
		const { entities } = read('Prices will rise, said Baltic Grain Holdings.\n\nGrain Street traders were calm on Friday.');
		expect(entities.find((e) => e.text === 'Baltic Grain Holdings')?.kind).toBe('organisation');
		expect(entities.find((e) => e.text === 'Grain Street')?.kind).not.toBe('person');
	});
});

