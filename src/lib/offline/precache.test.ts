import { describe, expect, it } from 'vitest';
import { cacheKey, cacheName, deckPath, offlineKind, precachePaths, staleCaches } from './precache';

describe('the offline cache', () => {
	it('keeps the shell, the static files, every prerendered page with its data, and every deck once', () => {
		const paths = precachePaths(
			{
				build: ['/_app/immutable/entry/start.js', '/_app/version.json'],
				files: ['/favicon.svg', '/manifest.webmanifest'],
				prerendered: ['/', '/__data.json', '/decks/a', '/decks/a/__data.json', '/api/decks']
			},
			['a', 'b c']
		);
		expect(paths).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/version.json',
			'/favicon.svg',
			'/manifest.webmanifest',
			'/',
			'/__data.json',
			'/decks/a',
			'/decks/a/__data.json',
			'/api/decks',
			'/api/decks/a',
			'/api/decks/b%20c'
		]);
	});

	it('names one cache per version and deletes only its own older ones', () => {
		expect(cacheName('123')).toBe('factdeck-123');
		expect(staleCaches(['factdeck-100', 'factdeck-123', 'other-app', 'factdeck-99'], '123')).toEqual(['factdeck-100', 'factdeck-99']);
	});

	it('matches pages whatever their query, page data whatever SvelteKit asks to rerun, and anything else exactly', () => {
		expect(cacheKey(new URL('http://x/decks/a/__data.json?x-sveltekit-invalidated=01'), 'cors')).toBe('/decks/a/__data.json');
		expect(cacheKey(new URL('http://x/?from=home-screen'), 'navigate')).toBe('/');
		expect(cacheKey(new URL('http://x/api/decks?x=1'), 'cors')).toBe('/api/decks?x=1');
		expect(deckPath('../x')).toBe('/api/decks/..%2Fx');
	});

	it('tells pages, page data and the API apart when they fail offline', () => {
		expect(offlineKind(new URL('http://x/classroom'), 'navigate')).toBe('page');
		expect(offlineKind(new URL('http://x/classroom/__data.json'), 'cors')).toBe('page-data');
		expect(offlineKind(new URL('http://x/api/games'), 'cors')).toBe('api');
		expect(offlineKind(new URL('http://x/x.png'), 'no-cors')).toBe('other');
	});
});
