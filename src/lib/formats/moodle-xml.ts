import type { Deck, Question } from '$lib/deck/schema';
import { textToHtml } from './html-text';

// Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): a category question first, then
// mcq → multichoice (one right answer, fractions 100/0), true-false → truefalse, cloze and
// short-answer → shortanswer (every accepted answer at 100), flashcard → essay with the back as
// grader information and in the general feedback (not a description, which has neither: the back
// would be lost). The source sentence is each question's general feedback.
//
// Texts Moodle shows as HTML (question text, options, feedback) are HTML-escaped, so `<b>` shows as
// written, then put in CDATA; short answers, which Moodle compares with what the student types, are
// XML-escaped only, with `*` (Moodle's wildcard) written `\*`.

/** Characters XML 1.0 cannot hold at all, even in CDATA: dropped. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function cdata(text: string): string {
	// `]]>` would end the section: split it across two.
	return `<![CDATA[${text.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function html(text: string): string {
	return `<text>${cdata(textToHtml(text))}</text>`;
}

function shortAnswer(text: string): string {
	return escapeXml(text.replace(/\*/g, '\\*'));
}

const TYPE_LABELS: Record<Question['type'], string> = {
	mcq: 'Multiple choice',
	cloze: 'Gap-fill',
	'true-false': 'True or false',
	'short-answer': 'Short answer',
	flashcard: 'Flashcard'
};

export function exportMoodleXml(deck: Deck): string {
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		'  <question type="category">',
		// Moodle reads a slash as a sub-category; a literal one is doubled.
		`    <category><text>${escapeXml(`$course$/top/${deck.title.replace(/\s+/g, ' ').trim().replace(/\//g, '//')}`)}</text></category>`,
		'  </question>',
		...deck.questions.map((question, index) => moodleQuestion(question, index)),
		'</quiz>',
		''
	];
	return parts.join('\n');
}

function moodleQuestion(question: Question, index: number): string {
	const name = `Q${String(index + 1).padStart(2, '0')} ${TYPE_LABELS[question.type]}`;
	const tags = question.tags.map((tag) => `<tag><text>${escapeXml(tag)}</text></tag>`).join('');
	const feedback = question.type === 'flashcard' ? `${question.answer}\n\nSource: ${question.source.sentence}` : question.source.sentence;
	const common = [
		`    <name><text>${escapeXml(name)}</text></name>`,
		`    <questiontext format="html">${html(question.prompt)}</questiontext>`,
		`    <generalfeedback format="html">${html(feedback)}</generalfeedback>`,
		'    <defaultgrade>1</defaultgrade>',
		'    <penalty>0.3333333</penalty>',
		'    <hidden>0</hidden>',
		...(tags ? [`    <tags>${tags}</tags>`] : [])
	];
	const body = ((): { type: string; lines: string[] } => {
		switch (question.type) {
			case 'mcq':
				return {
					type: 'multichoice',
					lines: [
						'    <single>true</single>',
						'    <shuffleanswers>true</shuffleanswers>',
						'    <answernumbering>abc</answernumbering>',
						...question.options.map(
							(option) =>
								`    <answer fraction="${option === question.answer ? 100 : 0}" format="html">${html(option)}<feedback format="html"><text></text></feedback></answer>`
						)
					]
				};
			case 'true-false':
				return {
					type: 'truefalse',
					lines: (['true', 'false'] as const).map(
						(value) =>
							`    <answer fraction="${question.answer === value ? 100 : 0}" format="moodle_auto_format"><text>${value}</text><feedback format="html"><text></text></feedback></answer>`
					)
				};
			case 'cloze':
			case 'short-answer':
				return {
					type: 'shortanswer',
					lines: [
						'    <usecase>0</usecase>',
						...[question.answer, ...(question.accept ?? [])].map(
							(answer) =>
								`    <answer fraction="100" format="moodle_auto_format"><text>${shortAnswer(answer)}</text><feedback format="html"><text></text></feedback></answer>`
						)
					]
				};
			case 'flashcard':
				return {
					type: 'essay',
					lines: [
						'    <responseformat>editor</responseformat>',
						'    <responserequired>0</responserequired>',
						'    <responsefieldlines>5</responsefieldlines>',
						`    <graderinfo format="html">${html(question.answer)}</graderinfo>`,
						`    <responsetemplate format="html"><text></text></responsetemplate>`
					]
				};
		}
	})();
	return [`  <question type="${body.type}">`, ...common, ...body.lines, '  </question>'].join('\n');
}
