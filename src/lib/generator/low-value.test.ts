import { describe, expect, it } from 'vitest';
import { weakGap } from './low-value';

describe('gaps that are correct yet weak, by the words around them', () => {
	it('an event named only to say when something happened', () => {
		expect(weakGap('By the eve of the _____, the mills had moved to steam.', 'name', 'Crimean War')).toBeDefined();
		expect(weakGap('Between 1920 and _____’s inauguration, prices fell.', 'person', 'Ada Lind')).toBeDefined();
		expect(weakGap('The fair opens the day before the _____.', 'name', 'Harvest Cup')).toBeDefined();
		expect(weakGap('The _____ ended serfdom in the north.', 'name', 'Crimean War')).toBeUndefined();
	});

	it('a gap in brackets, the old figure a new one is measured against, a share price move, all of something', () => {
		expect(weakGap('Exports reached £9m (more than _____ today).', 'money', '£90m')).toBeDefined();
		expect(weakGap('Sales reached 40,000, up from _____ a year earlier.', 'quantity', '25,000')).toBeDefined();
		expect(weakGap('Sales rose to _____, up from 25,000 a year earlier.', 'quantity', '40,000')).toBeUndefined();
		expect(weakGap("Grainco's shares on the Oslo exchange rose _____ by noon.", 'percent', '4.5%')).toBeDefined();
		expect(weakGap('Grainco bought _____ of Harbour Mills.', 'percent', '100%')).toBeDefined();
		expect(weakGap('Grainco bought _____ of Harbour Mills.', 'percent', '40%')).toBeUndefined();
	});

	it('where someone is from, the setting of the story', () => {
		expect(weakGap('Baker Ruth Ames from _____ lost her job.', 'place', 'Whitby')).toBeDefined();
		expect(weakGap('In _____, the mayor will open the bridge.', 'place', 'Norway')).toBeDefined();
		expect(weakGap('The bridge links Oslo to _____.', 'place', 'Bergen')).toBeUndefined();
	});

	it('a commentator and where they work, not someone in the story', () => {
		expect(weakGap('"Prices will rise," said _____, an analyst at Nordbank.', 'person', 'Ola Berg')).toBeDefined();
		expect(weakGap('The figures come from research by Lund University professor _____.', 'person', 'Ola Berg')).toBeDefined();
		expect(weakGap('"Prices will rise," said Ola Berg, an analyst at _____.', 'organisation', 'Nordbank')).toBeDefined();
		expect(weakGap('The film, starring _____ as the researcher Ida Holm, won two prizes.', 'person', 'Ola Berg')).toBeUndefined();
		expect(weakGap('_____, the chief executive of Grainco, resigned.', 'person', 'Ola Berg')).toBeUndefined();
	});
});

describe('details beside the fact', () => {
	it('how many parts a report or a plan has, what a prize is worth, a detail of something else set off by commas', () => {
		expect(weakGap('The committee made _____ recommendations after six months.', 'quantity', '48')).toBeDefined();
		expect(weakGap('The plan includes a _____ point charter for tenants.', 'quantity', '12')).toBeDefined();
		expect(weakGap('The committee heard _____ witnesses.', 'quantity', '48')).toBeUndefined();
		expect(weakGap('The new _____ prize is open to poets of any age.', 'money', '£20,000')).toBeDefined();
		expect(weakGap('Grainco paid _____ for the mill.', 'money', '£20,000')).toBeUndefined();
		expect(weakGap('Nordwind, owner of _____ in Oslo, said it would bid.', 'organisation', 'Kornhus')).toBeDefined();
		expect(weakGap('Nordwind, which bid for _____, said it would wait.', 'organisation', 'Kornhus')).toBeUndefined();
	});

	it('a name cut from the title it opens, one figure among many', () => {
		expect(weakGap('_____ - The Long Winter tells the story of a Norwegian family.', 'person', 'Ida Holm')).toBeDefined();
		expect(weakGap('_____ directed The Long Winter.', 'person', 'Ida Holm')).toBeUndefined();
		expect(weakGap('Profit rose to £3.1bn, up 12% on 2023, while sales grew _____ to £40.2bn.', 'percent', '4%')).toBeDefined();
		expect(weakGap('Sales grew _____ to £40.2bn.', 'percent', '4%')).toBeUndefined();
	});

	it('how many were asked, which bare name said a line', () => {
		expect(weakGap('The panel made its report after hearing evidence from _____ farmers.', 'quantity', '40')).toBeDefined();
		expect(weakGap('The panel found _____ farmers had lost money.', 'quantity', '40')).toBeUndefined();
		expect(weakGap('"The mill will stay open," says _____.', 'person', 'Ola Berg')).toBeDefined();
		expect(weakGap('Mill director _____ said: "The mill will stay open."', 'person', 'Ola Berg')).toBeUndefined();
	});
});
