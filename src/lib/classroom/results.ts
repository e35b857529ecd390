import { z } from 'zod';
import type { Verdict } from '$lib/deck';
import { activePlayers, answerOf, type Game } from './game';
import { isRight, ranks } from './scoring';

// The teacher's results: a row per student, a column per question, and the share right on each.

export interface ResultCell {
	given: string;
	verdict: Verdict;
	points: number;
}

export interface ResultsRow {
	name: string;
	rank: number;
	score: number;
	right: number;
	/** One per question asked; null where the student gave no answer. */
	cells: (ResultCell | null)[];
}

export interface ResultsQuestion {
	number: number;
	deckId: string;
	questionId: string;
	prompt: string;
	answer: string;
	/** Share of the students in the table who got it right, 0–1; null when nobody is in it. */
	shareRight: number | null;
}

export interface ResultsTable {
	title: string;
	questions: ResultsQuestion[];
	rows: ResultsRow[];
}

/** A results table as stored in the teacher's browser: checked when read back. */
export const ResultsTableSchema: z.ZodType<ResultsTable> = z.object({
	title: z.string(),
	questions: z.array(
		z.object({
			number: z.number().int().min(1),
			deckId: z.string(),
			questionId: z.string(),
			prompt: z.string(),
			answer: z.string(),
			shareRight: z.number().min(0).max(1).nullable()
		})
	),
	rows: z.array(
		z.object({
			name: z.string(),
			rank: z.number().int().min(1),
			score: z.number(),
			right: z.number().int().min(0),
			cells: z.array(z.object({ given: z.string(), verdict: z.enum(['right', 'almost', 'wrong']), points: z.number() }).nullable())
		})
	)
});

/** The table of a game, students in rank order, with the questions asked so far. */
export function resultsTable(game: Game): ResultsTable {
	const asked = game.quiz.questions.slice(0, Math.max(0, game.index + 1));
	const players = activePlayers(game);
	const rankOf = ranks(players.map((p) => p.score));
	const rows: ResultsRow[] = players.map((p, i) => {
		const cells = asked.map((_, q) => {
			const a = answerOf(game, p.id, q);
			return a ? { given: a.given, verdict: a.verdict, points: a.points } : null;
		});
		return { name: p.name, rank: rankOf[i]!, score: p.score, right: cells.filter((c) => c && isRight(c.verdict)).length, cells };
	});
	rows.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
	const questions = asked.map((q, i) => ({
		number: i + 1,
		deckId: q.deckId,
		questionId: q.id,
		prompt: q.prompt,
		answer: q.answer,
		shareRight: rows.length ? rows.filter((r) => r.cells[i] && isRight(r.cells[i]!.verdict)).length / rows.length : null
	}));
	return { title: game.quiz.title, questions, rows };
}

export function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ defused for spreadsheets. */
function field(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV (RFC 4180, CRLF): a header row, a row per student (rank, name, score, number
 * right, then each question's answer with its mark), and a last row with the share right per question.
 */
export function resultsCsv(table: ResultsTable): string {
	const header = ['Rank', 'Name', 'Score', 'Right', ...table.questions.map((q) => `Q${q.number}: ${q.prompt}`)];
	const lines = [header];
	for (const row of table.rows) {
		lines.push([
			String(row.rank),
			row.name,
			String(row.score),
			String(row.right),
			...row.cells.map((c) => (c ? `${c.given} (${c.verdict})` : ''))
		]);
	}
	lines.push(['', 'Share right', '', '', ...table.questions.map((q) => percent(q.shareRight))]);
	return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
