import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { checkArticleText, type ArticleInput } from '$lib/deck';
import { withTitle } from './title';

GlobalWorkerOptions.workerSrc = workerUrl;

interface TextItem {
	str: string;
	hasEOL?: boolean;
}

/** Lines of a page as pdf.js gives them, joined back into paragraphs (a line that ends a sentence short of the full width ends one). */
function paragraphs(lines: string[]): string[] {
	const width = Math.max(0, ...lines.map((l) => l.length));
	const out: string[] = [];
	let current = '';
	for (const raw of lines) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (!line) {
			if (current) out.push(current);
			current = '';
			continue;
		}
		current = !current ? line : current.endsWith('-') ? current.slice(0, -1) + line : `${current} ${line}`;
		if (/[.!?:"”’)]$/.test(line) && line.length < width * 0.85) {
			out.push(current);
			current = '';
		}
	}
	if (current) out.push(current);
	return out;
}

/** The text layer of a PDF, through pdf.js (its own worker parses the file). */
export async function articleFromPdf(data: Uint8Array): Promise<ArticleInput> {
	const pdf = await getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
	try {
		const out: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent();
			const lines: string[] = [''];
			for (const item of content.items as TextItem[]) {
				if (typeof item.str !== 'string') continue;
				lines[lines.length - 1] += item.str;
				if (item.hasEOL) lines.push('');
			}
			out.push(...paragraphs(lines));
			page.cleanup();
		}
		const text = out.join('\n\n');
		if (!text.trim()) {
			return { ok: false, problem: 'This PDF has no text layer (is it a scan?): there is no text to read. Paste the text instead, or use a PDF whose text can be selected.' };
		}
		const checked = checkArticleText(text);
		if (!checked.ok) return checked;
		const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: { Title?: unknown } };
		return { ok: true, text: withTitle(text, typeof info?.Title === 'string' ? info.Title : null) };
	} finally {
		void pdf.destroy();
	}
}
