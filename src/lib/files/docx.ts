import mammoth from 'mammoth';
import { checkArticleText, type ArticleInput } from '$lib/deck';
import { withTitle } from './title';
import { textFromHtml } from './html-text';

/** The text of a Word file (.docx), read by mammoth as HTML, then paragraph by paragraph. */
export async function articleFromDocx(data: ArrayBuffer): Promise<ArticleInput> {
	const { value: html } = await mammoth.convertToHtml({ arrayBuffer: data });
	const body = new DOMParser().parseFromString(html, 'text/html').body;
	const title = body.querySelector('h1')?.textContent;
	const text = textFromHtml(body);
	if (!text.trim()) return { ok: false, problem: 'This Word file has no text.' };
	const checked = checkArticleText(text);
	return checked.ok ? { ok: true, text: withTitle(text, title) } : checked;
}
