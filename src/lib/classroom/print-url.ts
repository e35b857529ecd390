import { z } from 'zod';
import { QuizSettingsSchema, type QuizSettings } from './quiz';

// A quiz's settings in a URL (the printable worksheet and answer key are addressed by them, so the
// same link always prints the same quiz), and back, validated.

export type Sheet = 'worksheet' | 'key';

export function printUrl(settings: QuizSettings, sheet: Sheet): string {
	const query = new URLSearchParams({
		decks: settings.deckIds.join(','),
		count: String(settings.count),
		types: settings.types.join(','),
		seed: String(settings.seed),
		seconds: String(settings.secondsPerQuestion),
		sheet
	});
	return `/classroom/print?${query}`;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const number = (value: string | null) => (value === null || value.trim() === '' ? NaN : Number(value));

export function parsePrintQuery(query: URLSearchParams): { ok: true; settings: QuizSettings; sheet: Sheet } | { ok: false; message: string } {
	const settings = QuizSettingsSchema.safeParse({
		deckIds: list(query.get('decks')),
		count: number(query.get('count')),
		types: list(query.get('types')),
		seed: number(query.get('seed')),
		secondsPerQuestion: number(query.get('seconds') ?? '20')
	});
	const sheet = z.enum(['worksheet', 'key']).safeParse(query.get('sheet') ?? 'worksheet');
	if (!settings.success) {
		return { ok: false, message: settings.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ') };
	}
	if (!sheet.success) return { ok: false, message: 'sheet: must be "worksheet" or "key"' };
	return { ok: true, settings: settings.data, sheet: sheet.data };
}
