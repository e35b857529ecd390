import { getContext, setContext } from 'svelte';
import { openRepositories, requestPersistentStorage, type Repositories } from '$lib/storage';
import { Profiles } from './profiles.svelte';

const KEY = Symbol('factdeck-app');

/**
 * What every page shares in the browser: the repositories (opened once) and the profiles. Pages are
 * prerendered; all of this is filled in on the client from IndexedDB.
 */
export class AppState {
	repos = $state.raw<Repositories | null>(null);
	profiles = $state.raw<Profiles | null>(null);
	/** Set when the database cannot be used: shown instead of the learner's progress. */
	problem = $state<string | null>(null);
	persistent = $state<boolean | null>(null);
	/** Said once, when an update could not read some stored records. */
	notice = $state<string | null>(null);
	ready = $derived(!!this.repos && !!this.profiles?.current);

	async open(): Promise<void> {
		try {
			const repos = await openRepositories({
				onBlocked: () => {
					this.problem = 'Factdeck is being updated, but another tab still has the old version open. Close other Factdeck tabs to continue.';
				},
				onBlocking: () => {
					this.problem = 'Factdeck was updated in another tab. Reload this page to continue with the new version.';
					this.repos = null;
				},
				onTerminated: () => {
					this.problem = 'The browser closed the database (was site data cleared?). Reload the page.';
					this.repos = null;
				}
			});
			const profiles = new Profiles(repos.learners, {
				now: () => Date.now(),
				timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
				newId: () => crypto.randomUUID()
			});
			await profiles.load();
			this.repos = repos;
			this.profiles = profiles;
			if (this.problem?.startsWith('Factdeck is being updated')) this.problem = null;
			const aside = await repos.learners.setAsideCount();
			if (aside) {
				this.notice = `After an update, ${aside} stored ${aside === 1 ? 'record' : 'records'} of progress could not be read. ${aside === 1 ? 'It was' : 'They were'} kept aside, not deleted; the rest of your progress is intact.`;
			}
			this.persistent = await requestPersistentStorage();
		} catch (e) {
			this.problem = `Your progress cannot be saved in this browser: ${(e as Error).message}`;
		}
	}
}

export function provideApp(): AppState {
	return setContext(KEY, new AppState());
}

export function useApp(): AppState {
	const app = getContext<AppState | undefined>(KEY);
	if (!app) throw new Error('useApp() outside the layout');
	return app;
}
