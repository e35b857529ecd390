/** A heading, paragraph or boilerplate line of an article, with its offsets in the article. */
export interface Block {
	kind: 'heading' | 'paragraph' | 'boilerplate';
	start: number;
	end: number;
	text: string;
}

// Lines that are about the page, not the news: they are never asked about.
const BOILERPLATE: RegExp[] = [
	/\b(not|never) (be )?(authori[sz]ed|intended|meant) to (provide|give|be)\b.*\badvice\b/i,
	/\bfor (general )?information(al)? purposes only\b/i,
	/\b(is|does) not (constitute )?(financial|investment|legal|medical) advice\b/i,
	/^(disclaimer|disclosure|editor'?s note|correction)s?\b\s*[:.-]/i,
	/^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*(,|\||and|&|-|–|—).*)?$/u,
	/^(updated|published|posted|last (updated|modified)|first published)\b.{0,80}$/i,
	/^this (article|story|post|piece|report) (was|has been) (updated|amended|corrected|first published)\b.{0,80}$/i,
	/^(read more|related|see also|also read|more on this|recommended|watch|listen)\b\s*[:.-]?/i,
	/^(image|photo|picture|photograph|video|graphic|illustration|credit|source|caption)( credit)?s?\s*:/i,
	/\b(sign up|subscribe)\b.{0,60}\b(newsletter|updates|inbox|alerts)\b/i,
	/^(follow us|share this|share on|advertisement|sponsored|click here|tap here)\b/i,
	/^(copyright|©|\(c\))\s/i,
	/\ball rights reserved\b/i
];

const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** "LONDON —", "BEIJING, July 16 (Reuters) -": where and when, not a fact of the story. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^—–\n]{0,40})?\s+[—–-]{1,2}\s+/u;
/** A sentence ends with punctuation, possibly inside closing quotes or brackets. */
const ENDS_LIKE_SENTENCE = /[.!?:;…]["'”’)\]]*$/;

/** One credit of a wire story: "Reporting by Andrea Shalal", "additional reporting by Jo Lee in Paris". */
const CREDIT = /^(additional )?(reporting|writing|editing)( and (reporting|writing|editing))? by \p{Lu}[\p{L}.'’-]*( (and |in )?\p{Lu}[\p{L}.'’-]*){0,6}$/iu;

/** Wire-service credits, one or several: "(Reporting by Andrea Shalal; Editing by Tom Brown)". */
function isCredits(text: string): boolean {
	if (text.length > 300) return false;
	const parts = text.replace(/^\(|\)\.?$/g, '').split(/\s*[;,]\s*/);
	return parts.every((part) => CREDIT.test(part.trim()));
}

export function isBoilerplate(line: string): boolean {
	const text = line.trim();
	return BOILERPLATE.some((pattern) => pattern.test(text)) || isCredits(text);
}

/** A short line that does not end like a sentence: a section heading in plain text. */
export function looksLikeHeading(line: string): boolean {
	const text = line.trim();
	if (!text || ENDS_LIKE_SENTENCE.test(text)) return false;
	const words = text.split(/\s+/);
	return words.length <= 16 && /^[\p{Lu}\p{N}"“'‘]/u.test(text);
}

/**
 * Splits an article body into headings, paragraphs and boilerplate, each with its offsets.
 * Markdown headings (`## …`) and plain-text headings (a short line with no closing punctuation)
 * are headings. Paragraphs end at a blank line, or at each line end in text that has no blank lines.
 */
export function splitBlocks(body: string): Block[] {
	const blocks: Block[] = [];
	// Plain text with no blank lines between paragraphs puts one paragraph on each line.
	const onePerLine = !/\n[ \t]*\n/.test(body);
	let open: { start: number; end: number } | undefined;
	const push = (kind: Block['kind'], start: number, end: number) => {
		const dateline = kind === 'paragraph' ? DATELINE.exec(body.slice(start, end)) : null;
		if (dateline) {
			blocks.push({ kind: 'boilerplate', start, end: start + dateline[0].length, text: dateline[0] });
			start += dateline[0].length;
		}
		const text = body.slice(start, end);
		blocks.push({ kind: kind === 'paragraph' && isBoilerplate(text) ? 'boilerplate' : kind, start, end, text });
	};
	const close = () => {
		if (open) push('paragraph', open.start, open.end);
		open = undefined;
	};
	let lineStart = 0;
	while (lineStart <= body.length) {
		const newline = body.indexOf('\n', lineStart);
		const lineEnd = newline === -1 ? body.length : newline;
		const raw = body.slice(lineStart, lineEnd);
		const leading = raw.length - raw.trimStart().length;
		const start = lineStart + leading;
		const end = lineStart + raw.trimEnd().length;
		const line = body.slice(start, end);
		const heading = MARKDOWN_HEADING.exec(line);
		if (!line) {
			close();
		} else if (heading) {
			close();
			push('heading', start + heading[0].length, end);
		} else if (!open && looksLikeHeading(line) && (onePerLine || !body.slice(lineEnd + 1).split('\n', 1)[0]!.trim())) {
			// In Markdown a heading stands alone; a first line running on to the next is a paragraph.
			push('heading', start, end);
		} else if (open) {
			open.end = end;
		} else {
			open = { start, end };
		}
		// Markdown wraps paragraphs over lines until a blank line; the other kind is one per line.
		if (onePerLine) close();
		if (newline === -1) break;
		lineStart = newline + 1;
	}
	close();
	return blocks;
}
