/** Chromium's event offering to install the app (not in TypeScript's DOM types). */
export interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * An offer the browser made before the page could listen for it: Chromium makes it once a page is
 * loaded, which on a slow device can be before the layout has mounted, and does not make it again.
 */
let earlyOffer: BeforeInstallPromptEvent | null = null;

/** Keeps the browser's offer from the start of the app (hooks.client.ts) until the layout listens. */
export function catchEarlyInstallOffer(target: Pick<Window, 'addEventListener'>): void {
	target.addEventListener('beforeinstallprompt', (event) => {
		event.preventDefault();
		earlyOffer = event as BeforeInstallPromptEvent;
	});
}

/** Holds the browser's offer to install the app, where it makes one, until the learner takes it. */
export class InstallPrompt {
	available = $state(false);
	installed = $state(false);
	#offer: BeforeInstallPromptEvent | null = null;

	listen(target: Pick<Window, 'addEventListener'>): void {
		if (earlyOffer) {
			this.#offer = earlyOffer;
			this.available = true;
			earlyOffer = null;
		}
		target.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault(); // shown as our own button instead of the browser's banner
			this.#offer = event as BeforeInstallPromptEvent;
			this.available = true;
		});
		target.addEventListener('appinstalled', () => {
			this.#offer = null;
			this.available = false;
			this.installed = true;
		});
	}

	async install(): Promise<void> {
		const offer = this.#offer;
		if (!offer) return;
		await offer.prompt();
		const { outcome } = await offer.userChoice;
		// An offer is good once: after a refusal the browser makes a new one later, if it will.
		this.#offer = null;
		this.available = false;
		if (outcome === 'accepted') this.installed = true;
	}
}
