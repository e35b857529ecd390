import { SKIP_WAITING } from '$lib/offline/messages';

/** The parts of the browser's service worker API this uses (a fake in unit tests). */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'controller' | 'register' | 'addEventListener'>;

/**
 * The service worker's life as the page sees it. A new version installs in the background and waits;
 * this says so (`ready`), and only the learner's own click (`apply`) lets it take over and reloads:
 * never under a learner in the middle of a session.
 */
export class AppUpdate {
	/** A new version is installed and waiting for the learner to reload. */
	ready = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#applying = false;

	constructor(
		private readonly container: WorkerContainer,
		private readonly reload: () => void
	) {}

	async start(scriptUrl: string, options?: RegistrationOptions): Promise<void> {
		// A first install takes control of the page it came with (same version): nothing to announce.
		const updating = !!this.container.controller;
		this.container.addEventListener('controllerchange', () => {
			if (this.#applying) this.reload();
			// Another tab let the new version in: this one now runs beside it until reloaded.
			else if (updating) this.ready = true;
		});
		const registration = await this.container.register(scriptUrl, options);
		this.#registration = registration;
		if (registration.waiting && this.container.controller) this.ready = true;
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed' && this.container.controller) this.ready = true;
			});
		});
	}

	/** Asks the server whether there is a newer version (the browser also does on navigation). */
	async check(): Promise<void> {
		await this.#registration?.update().catch(() => undefined); // offline: try again later
	}

	/** The learner asked for the new version: let it take over, then reload once it has. */
	apply(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return this.reload();
		this.#applying = true;
		waiting.postMessage(SKIP_WAITING);
	}
}

const HOUR = 3_600_000;

/**
 * Registers the service worker (SvelteKit's own registration is off, so that the page can follow
 * its updates) and looks for a new version hourly and whenever the app comes back into view.
 */
export function startAppUpdate(dev: boolean): AppUpdate | null {
	if (!('serviceWorker' in navigator)) return null;
	const update = new AppUpdate(navigator.serviceWorker, () => location.reload());
	update.start('/service-worker.js', { type: dev ? 'module' : 'classic' }).catch((error: unknown) => {
		console.warn('Offline use is unavailable: the service worker did not register.', error);
	});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void update.check();
	});
	setInterval(() => void update.check(), HOUR);
	return update;
}
