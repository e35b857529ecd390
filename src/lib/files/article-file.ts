import { MAX_ARTICLE_BYTES, decodeArticleBytes, describeSize, tooLarge, type ArticleInput } from '$lib/deck';

export { withTitle } from './title';

// Opening a file as an article, in the browser. Plain text and Markdown are read here; HTML, PDF
// and Word files each load their reader only when such a file is opened.

/** A PDF or Word file may be larger than the text it holds; past this it is refused unread. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type FileKind = 'text' | 'html' | 'pdf' | 'docx';

export function kindOf(file: { name: string; type: string }): FileKind {
	const name = file.name.toLowerCase();
	if (name.endsWith('.pdf') || file.type === 'application/pdf') return 'pdf';
	if (name.endsWith('.docx') || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
	if (/\.x?html?$/.test(name) || file.type === 'text/html') return 'html';
	return 'text';
}

export async function readArticleFile(file: File): Promise<ArticleInput> {
	const kind = kindOf(file);
	if (kind !== 'text' && file.size > MAX_DOCUMENT_BYTES) {
		return { ok: false, problem: `${file.name} is too large (${describeSize(file.size)}; the limit for documents is ${describeSize(MAX_DOCUMENT_BYTES)}).` };
	}
	const named = (result: ArticleInput): ArticleInput => (result.ok ? result : { ok: false, problem: `${file.name}: ${result.problem}` });
	try {
		switch (kind) {
			case 'text':
				if (file.size > MAX_ARTICLE_BYTES) return named({ ok: false, problem: `The file is ${tooLarge(file.size)}.` });
				return named(decodeArticleBytes(new Uint8Array(await file.arrayBuffer())));
			case 'html':
				return named((await import('./html')).articleFromHtml(await file.text()));
			case 'pdf':
				return named(await (await import('./pdf')).articleFromPdf(new Uint8Array(await file.arrayBuffer())));
			case 'docx':
				return named(await (await import('./docx')).articleFromDocx(await file.arrayBuffer()));
		}
	} catch (e) {
		return { ok: false, problem: `${file.name} could not be read: ${(e as Error).message}` };
	}
}
