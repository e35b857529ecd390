// Gaps that are correct yet weak, told by the words around them: blind rounds 20 to 24 (83 to 96
// questions of real text each) marked these weak, as trivia or guessed, though each answer was right.
import type { EntityKind } from './types';

const GAP = '_{3,}';
const GAP_AT = new RegExp(GAP);

/** "the eve of the _____", "_____'s inauguration": an event named only to say when something happened. */
const TIME_FRAME = new RegExp(
	`\\b(?:eve|onset|outbreak|start|end|aftermath|wake|height|beginning|run-up|close)\\s+of\\s+(?:the\\s+)?${GAP}|\\b(?:during|since|until)\\s+the\\s+${GAP}|\\b(?:day|days|week|weeks|night|month|months|year|years)\\s+(?:before|after)\\s+the\\s+${GAP}|${GAP}['’]s\\s+(?:inauguration|death|election|reign|presidency|accession|coronation|birth|funeral)\\b`,
	'i'
);

/** "up from _____", "an increase from an estimated _____ sets": the old figure a new one is measured against. */
const COMPARISON_BASE = new RegExp(`\\b(?:up|down|increase|increased|rise|risen|rose|fall|fallen|fell|drop|dropped|grew|growth|decline|declined)\\s+from\\s+(?:an?\\s+)?(?:estimated\\s+|about\\s+|around\\s+|some\\s+)?${GAP}`, 'i');

/** "(more than _____ in today's money)": a gap in brackets is an aside, often the same figure in other units. */
const IN_BRACKETS = new RegExp(`\\([^()]*${GAP}[^()]*\\)`);

/** "Acme's shares rose _____ by 0900 GMT": how the market took the news, not the news. */
const SHARE_MOVE = new RegExp(`\\b(?:shares?|stock)\\b[^;]{0,60}\\b(?:rose|fell|jumped|climbed|dropped|slipped|gained|lost|slumped|soared|surged|tumbled|closed|shot up|were up|were down|was up|was down)\\b[^;]{0,50}${GAP}`, 'i');

/** "made _____ recommendations", "a _____ point charter": how many parts a report or a plan has. */
const PARTS_COUNT = new RegExp(`${GAP}[ -](?:recommendations|points?|proposals|measures|pages|clauses|chapters|sections|demands|conditions)\\b`, 'i');

/** "hearing evidence from _____ organisations", "a poll of _____ voters": how many were asked. */
const SOURCES_COUNT = new RegExp(`\\b(?:evidence from|consulted|surveyed|polled|interviewed|questioned|(?:a )?(?:survey|poll|study) of)\\s+(?:more than\\s+|some\\s+|about\\s+|nearly\\s+)?${GAP}`, 'i');

/**
 * '"The show is more than a list," says _____.': a quotation and a bare name to put to it, no role
 * nor deed (rounds 20 to 24: 9 of 14 weak; with the role before the name, "Director _____ said", all acceptable).
 */
const BARE_SPEAKER = new RegExp(`^[“"][^”"]+[”"],?\\s+(?:said|says|explains|explained|argues|argued|added|adds|insists|insisted)\\s+${GAP}\\.?$`);

/** "The new _____ award": what a prize is worth, beside what it is for. */
const PRIZE_MONEY = new RegExp(`${GAP}\\s+(?:award|prize|trophy|bursary|grant)\\b`, 'i');

/**
 * "Acme, owner of _____ in London, said…": a detail of something else, set off by commas. Not what
 * makes it known ("Acme, the maker of _____"): that says what it is.
 */
const APPOSITIVE_DETAIL = new RegExp(`,\\s+(?:the\\s+)?(?:owner|parent|operator|part|member|unit|subsidiary|sister|rival)\\s+(?:company\\s+)?of\\s+${GAP}`, 'i');

/** "Jane Doe from _____ was found guilty": where someone lives says nothing of what they did. */
const HOMETOWN = new RegExp(`\\p{Lu}\\p{Ll}+\\s+from\\s+${GAP}`, 'u');

/** "In _____, the Queen will lead…": the country a story happens in, given away by everything in it. */
const SETTING = new RegExp(`^In\\s+${GAP},`);

/**
 * Someone asked to comment on the story rather than someone in it: an analyst, an economist, a
 * professor whose research is cited. Round 20: seven of seven such questions weak.
 */
export const COMMENTATOR = /\b(?:analysts?|economists?|strategists?|professor|researchers?|experts?|consultants?|psychologists?|commentators?|lecturer|general manager|who has worked)\b/i;
const ROLE = COMMENTATOR.source.slice(2, -2);
/** "said _____, an analyst at Acme", "explains _____, who has worked with…": the role just after the gap. */
const COMMENTATOR_AFTER = new RegExp(`^${GAP},\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}&.'’-]+\\s+){0,3}?\\b(?:${ROLE})\\b`, 'iu');
/** "research by Acme professor _____", "said Ken Kim, an analyst at _____": the role just before it. */
const COMMENTATOR_BEFORE = new RegExp(`\\b(?:${ROLE})\\s+(?:(?:at|of|with|for)\\s+(?:the\\s+)?)?$`, 'i');

/** "_____ - The Final Days": a name that opens a longer title, cut from it. */
const TITLE_CUT = new RegExp(`${GAP}\\s+[-–—]\\s+(?:The\\s+)?\\p{Lu}`, 'u');

/** Numbers in a prompt besides the gap: "a profit of $3.36bn, up 27%, while revenues grew _____ to $42.09bn". */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Why a gap is weak though correct, or undefined: its answer's kind and its prompt with the gap. */
export function weakGap(prompt: string, kind: EntityKind | undefined, answer: string): string | undefined {
	const named = kind === 'person' || kind === 'organisation' || kind === 'place' || kind === 'name' || kind === 'product';
	if (named && TIME_FRAME.test(prompt)) return 'an event named only to say when';
	if (IN_BRACKETS.test(prompt)) return 'a gap in brackets';
	if (TITLE_CUT.test(prompt)) return 'a name cut from the title it opens';
	if (kind === 'percent' || kind === 'quantity' || kind === 'money') {
		if (COMPARISON_BASE.test(prompt)) return 'the old figure a new one is measured against';
		// One figure among four or more: which one is asked is chance (rounds 20 and 23: weak).
		if ((prompt.match(NUMBER)?.length ?? 0) >= 3) return 'one figure among many';
		if (SHARE_MOVE.test(prompt)) return 'a share price move';
		// "bought _____ of the company": all of it is guessed, not recalled.
		if (kind === 'percent' && /^100(?:\.0+)?\s*(?:%|percent|per cent)$/i.test(answer)) return 'all of something';
	}
	if ((kind === 'quantity' || kind === 'money') && PARTS_COUNT.test(prompt)) return 'how many parts a report or a plan has';
	if (kind === 'quantity' && SOURCES_COUNT.test(prompt)) return 'how many were asked';
	if (kind === 'person' && BARE_SPEAKER.test(prompt)) return 'which name said a line';
	if (kind === 'money' && PRIZE_MONEY.test(prompt)) return 'what a prize is worth';
	if (named && APPOSITIVE_DETAIL.test(prompt)) return 'a detail of something else, set off by commas';
	if ((kind === 'place' || kind === 'name') && HOMETOWN.test(prompt)) return 'where someone is from';
	if (kind === 'place' && SETTING.test(prompt)) return 'the setting of the story';
	if (kind === 'person' || kind === 'organisation' || kind === 'name') {
		const gap = prompt.search(GAP_AT);
		if (gap >= 0 && (COMMENTATOR_AFTER.test(prompt.slice(gap)) || COMMENTATOR_BEFORE.test(prompt.slice(0, gap)))) return 'a commentator, not someone in the story';
	}
	return undefined;
}
