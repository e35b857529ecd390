import Papa from 'papaparse';

// Rows of delimited text (CSV, Anki's text files) read by papaparse, each with the line it starts on,
// which papaparse does not give when a quoted field holds line breaks.

export interface DelimitedRow {
	fields: string[];
	/** The line the row starts on, counted from 1. */
	line: number;
	/** Papaparse's complaint about the row (an unclosed quote), if any. */
	error: string | null;
}

/**
 * `startLine` is the line the text begins on in its file (after header lines that were cut off).
 * Line breaks are made `\n` first (a file edited on two systems mixes them), inside fields too.
 */
export function parseDelimited(source: string, delimiter: string, startLine = 1): DelimitedRow[] {
	const text = source.replace(/\r\n?/g, '\n');
	const rows: DelimitedRow[] = [];
	let line = startLine;
	let offset = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		quoteChar: '"',
		escapeChar: '"',
		newline: '\n',
		step: (result) => {
			const end = result.meta.cursor;
			// The cursor stops before the line break that ends a row: the next row starts after it.
			const start = text[offset] === '\n' ? offset + 1 : offset;
			line += countLineBreaks(text, offset, start);
			const fields = result.data;
			const blank = fields.length === 1 && fields[0]?.trim() === '';
			if (!blank) {
				const quoteError = result.errors.find((e) => e.type === 'Quotes');
				rows.push({ fields, line, error: quoteError ? `${quoteError.message}` : null });
			}
			line += countLineBreaks(text, start, end);
			offset = end;
		}
	});
	return rows;
}

function countLineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let i = from; i < to; i++) {
		if (text[i] === '\n') count++;
	}
	return count;
}
