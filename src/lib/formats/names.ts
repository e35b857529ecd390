import type { ExportFormat, ImportFormat } from './types';

// How each format is named to a person, and its file's ending and media type: small, for the pages
// that offer the formats without loading any of them.

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
	gift: { label: 'GIFT (Moodle)', extension: '.gift.txt', mime: 'text/plain;charset=utf-8' },
	'moodle-xml': { label: 'Moodle XML', extension: '.xml', mime: 'application/xml;charset=utf-8' },
	anki: { label: 'Anki (text)', extension: '.txt', mime: 'text/plain;charset=utf-8' },
	apkg: { label: 'Anki package (.apkg)', extension: '.apkg', mime: 'application/octet-stream' },
	csv: { label: 'CSV', extension: '.csv', mime: 'text/csv;charset=utf-8' }
};

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
	gift: 'GIFT (Moodle)',
	anki: 'Anki text',
	apkg: 'Anki package',
	csv: 'CSV'
};
