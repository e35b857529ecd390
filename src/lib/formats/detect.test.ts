import { describe, expect, it } from 'vitest';
import { ImportFileError, decodeImportText, extensionOf, packageFormat, textFormat } from './detect';
import { detectImportFormat } from './index';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);

describe('the format of an opened file', () => {
	it('is an Anki package when it is a zip named .apkg, .colpkg or .zip, whatever its case', () => {
		expect(detectImportFormat('Spanish.apkg', ZIP)).toBe('apkg');
		expect(detectImportFormat('collection.COLPKG', ZIP)).toBe('apkg');
		expect(detectImportFormat('deck.zip', ZIP)).toBe('apkg');
		expect(packageFormat('notes.txt', bytes('Front\tBack'))).toBeNull();
	});

	it('refuses an .apkg that is not a zip, and a zip of another name', () => {
		expect(() => detectImportFormat('deck.apkg', bytes('Front\tBack'))).toThrow(/deck\.apkg is not an Anki package: an \.apkg file is a zip archive/);
		expect(() => detectImportFormat('slides.docx', ZIP)).toThrow(/slides\.docx is a zip archive, but not an Anki package/);
	});

	it('is CSV and GIFT by their endings', () => {
		expect(detectImportFormat('quiz.csv', bytes('prompt,answer\nA,B\n'))).toBe('csv');
		expect(detectImportFormat('quiz.gift', bytes('What is 2+2? {=4}'))).toBe('gift');
	});

	it('tells Anki text from GIFT in a .txt by Anki’s headers, GIFT’s braces and tab-separated rows', () => {
		expect(textFormat('a.txt', '#separator:tab\n#html:false\nFront\tBack {=x}\n')).toBe('anki');
		expect(textFormat('a.txt', '#separator:Comma\nFront,Back\n')).toBe('anki');
		expect(textFormat('a.txt', '// a comment\n::Q1:: Who? {=Me ~You}\n')).toBe('gift');
		expect(textFormat('a.txt', 'The sky is blue.{T}\n')).toBe('gift');
		expect(textFormat('a.txt', '$CATEGORY: Biology\n\nWhat? {}\n')).toBe('gift');
		expect(textFormat('a.txt', 'Front one\tBack one\nFront two\tBack two\n')).toBe('anki');
		expect(textFormat('a.tsv', 'Front one\tBack one\n')).toBe('anki');
		// Anki text with a cloze of its own braces is still Anki text.
		expect(textFormat('a.txt', '{{c1::Paris}} is the capital of France\tGeography\n')).toBe('anki');
	});

	it('names what a .txt of neither kind should look like', () => {
		expect(() => textFormat('essay.txt', 'Just some prose.\nAnd more prose.\n')).toThrow(
			/essay\.txt is neither Anki text .* nor GIFT/
		);
	});

	it('sends a JSON deck file to the deck import, and names the files it takes for anything else', () => {
		expect(() => textFormat('deck.json', '{}')).toThrow(/deck\.json is JSON: a deck file goes through "Import a deck file…" on the home page/);
		expect(() => textFormat('slides.pptx', 'x')).toThrow(/slides\.pptx: this kind of file cannot be imported\. Choose Anki text \(\.txt, \.tsv\), an Anki package \(\.apkg\), CSV \(\.csv\) or GIFT/);
		expect(() => textFormat('README', 'x')).toThrow(ImportFileError);
		expect(extensionOf('Deck.GIFT.txt')).toBe('.txt');
		expect(extensionOf('.hidden')).toBe('');
	});
});

describe('a text file’s bytes', () => {
	it('are read as UTF-8, without a byte-order mark', () => {
		expect(decodeImportText('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('prompt,answer')]))).toBe('prompt,answer');
	});

	it('are refused when empty, binary, not UTF-8 or over 5 MB, each with the file’s name', () => {
		expect(() => decodeImportText('a.csv', bytes(' \n\t'))).toThrow('a.csv is empty.');
		expect(() => decodeImportText('a.csv', new Uint8Array([0x41, 0x00, 0x42]))).toThrow('a.csv is a binary file (it contains NUL bytes), not text.');
		expect(() => decodeImportText('a.csv', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x41]))).toThrow(/a\.csv is not UTF-8 text: save it as UTF-8/);
		expect(() => decodeImportText('big.txt', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).toThrow('big.txt is too large (5 MB, over the limit of 5 MB for a text file).');
	});
});
