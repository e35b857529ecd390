import { Readability } from '@mozilla/readability';
import { checkArticleText, type ArticleInput } from '$lib/deck';
import { withTitle } from './title';
import { textFromHtml } from './html-text';

/**
 * The article in a web page, picked out by Readability (the Firefox reader view's library). The page
 * is parsed by DOMParser into an inert document: its scripts and styles never run or load.
 */
export function articleFromHtml(html: string): ArticleInput {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const title = doc.title;
	const article = new Readability(doc, { charThreshold: 200 }).parse();
	const content = article?.content ? new DOMParser().parseFromString(article.content, 'text/html').body : doc.body;
	const text = content ? textFromHtml(content) : '';
	const checked = checkArticleText(text);
	if (!checked.ok) return { ok: false, problem: text.trim() ? checked.problem : 'This page has no article text to read.' };
	return { ok: true, text: withTitle(text, article?.title || title) };
}
