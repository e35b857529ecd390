import { describe, expect, it } from 'vitest';
import { catchEarlyInstallOffer, InstallPrompt } from './install-prompt.svelte';

/** A browser's install offer: prompt() and the learner's choice. */
function offer(outcome: 'accepted' | 'dismissed') {
	const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> };
	let prompted = 0;
	event.prompt = async () => void prompted++;
	event.userChoice = Promise.resolve({ outcome });
	return { event, prompted: () => prompted };
}

describe('the offer to install the app', () => {
	it('made before the page listened, is still there when it does, and is taken once', async () => {
		const early = new EventTarget();
		catchEarlyInstallOffer(early);
		const made = offer('accepted');
		early.dispatchEvent(made.event);
		expect(made.event.defaultPrevented).toBe(true);

		const prompt = new InstallPrompt();
		expect(prompt.available).toBe(false);
		prompt.listen(new EventTarget());
		expect(prompt.available).toBe(true);
		await prompt.install();
		expect(made.prompted()).toBe(1);
		expect(prompt.installed).toBe(true);
		expect(prompt.available).toBe(false);
		// Taken: a second page's prompt does not see it again.
		const second = new InstallPrompt();
		second.listen(new EventTarget());
		expect(second.available).toBe(false);
	});

	it('made after the page listened, is shown; refused, it goes until the browser offers again', async () => {
		const target = new EventTarget();
		const prompt = new InstallPrompt();
		prompt.listen(target);
		const made = offer('dismissed');
		target.dispatchEvent(made.event);
		expect(prompt.available).toBe(true);
		await prompt.install();
		expect(prompt.available).toBe(false);
		expect(prompt.installed).toBe(false);
	});
});
