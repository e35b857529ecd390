import { normalizeAnswer } from '../deck/normalize';
import { MONTH_SHORT_FORMS, SCALE_SHORT_FORMS, SCALES } from './lexicon';
import type { Entity } from './types';

const MONTH_ABBREVIATIONS = MONTH_SHORT_FORMS.map(([long, short]) => [new RegExp(long, 'i'), short] as const);
const AMOUNT = new RegExp(`^([$€£¥]|US\\$|A\\$|C\\$)?\\s?([\\d.,]+)\\s?(${SCALES.join('|')})?$`, 'i');

/** Other ways a learner may type the answer and be right: "52 billion", "$52bn", "Kress". */
export function acceptedVariants(answer: Entity): string[] {
	const text = answer.text;
	const out = new Set<string>();
	switch (answer.kind) {
		case 'money': {
			const match = AMOUNT.exec(text);
			if (match) {
				const [, symbol = '', number, scale] = match;
				const word = { $: 'dollars', 'US$': 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' }[symbol] ?? '';
				out.add(`${number}${scale ? ` ${scale}` : ''}`);
				if (word) out.add(`${number}${scale ? ` ${scale}` : ''} ${word}`);
				for (const short of scale ? (SCALE_SHORT_FORMS[scale.toLowerCase()] ?? []) : []) out.add(`${symbol}${number}${short}`);
			}
			break;
		}
		case 'percent': {
			const number = text.replace(/\s?(%|per ?cent|percent)$/i, '');
			out.add(number);
			out.add(`${number} percent`);
			out.add(`${number} per cent`);
			out.add(`${number}%`);
			break;
		}
		case 'person': {
			const parts = text.split(' ');
			if (parts.length > 1) out.add(parts[parts.length - 1]!);
			break;
		}
		case 'date':
		case 'month': {
			let short = text;
			for (const [long, abbreviation] of MONTH_ABBREVIATIONS) short = short.replace(long, abbreviation);
			out.add(short);
			break;
		}
		case 'fiscal-period':
			out.add(text.replace(/^fiscal\s+/i, ''));
			break;
		case 'organisation':
			out.add(text.replace(/\s+(Inc\.?|Corp\.?|Ltd\.?|Group|plc|PLC|Holdings)$/, ''));
			break;
	}
	out.delete(text);
	const key = normalizeAnswer(text);
	return [...out].filter((v) => v.trim() && normalizeAnswer(v) !== key);
}
