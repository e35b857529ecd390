/**
 * The address to put in a link to an article's original, or null when it is not a web address.
 * Decks are validated on the way in (the schema takes http and https only); this holds the line
 * where a link is made, whatever reached it.
 */
export function webAddress(value: string | null | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}
