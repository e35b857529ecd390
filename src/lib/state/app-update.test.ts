import { describe, expect, it } from 'vitest';
import { SKIP_WAITING } from '$lib/offline/messages';
import { AppUpdate, type WorkerContainer } from './app-update.svelte';

/** A service worker as the page sees one: its state and the messages posted to it. */
class FakeWorker extends EventTarget {
	posted: unknown[] = [];
	constructor(public state: ServiceWorkerState) {
		super();
	}
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	updates = 0;
	async update() {
		this.updates++;
	}
	/** The browser found a new version and installs it. */
	found(): FakeWorker {
		this.installing = new FakeWorker('installing');
		this.dispatchEvent(new Event('updatefound'));
		return this.installing;
	}
}

function setup(controlled: boolean) {
	const registration = new FakeRegistration();
	const events = new EventTarget();
	const container = {
		controller: controlled ? new FakeWorker('activated') : null,
		register: async () => registration,
		addEventListener: events.addEventListener.bind(events)
	} as unknown as WorkerContainer;
	let reloads = 0;
	const update = new AppUpdate(container, () => reloads++);
	return { registration, update, controllerChange: () => events.dispatchEvent(new Event('controllerchange')), reloads: () => reloads };
}

describe('a new version of the app', () => {
	it('is announced once it has installed, and waits for the learner', async () => {
		const { registration, update, reloads } = setup(true);
		await update.start('/service-worker.js');
		expect(update.ready).toBe(false);
		const worker = registration.found();
		expect(update.ready).toBe(false); // still installing
		worker.become('installed');
		registration.waiting = worker;
		expect(update.ready).toBe(true);
		expect(worker.posted).toEqual([]);
		expect(reloads()).toBe(0);
	});

	it('takes over and reloads only when the learner asks, once it has taken over', async () => {
		const { registration, update, controllerChange, reloads } = setup(true);
		registration.waiting = new FakeWorker('installed');
		await update.start('/service-worker.js');
		expect(update.ready).toBe(true);
		update.apply();
		expect(registration.waiting.posted).toEqual([SKIP_WAITING]);
		expect(reloads()).toBe(0);
		controllerChange();
		expect(reloads()).toBe(1);
	});

	it('never reloads by itself when another tab let it in: it says so instead', async () => {
		const { update, controllerChange, reloads } = setup(true);
		await update.start('/service-worker.js');
		controllerChange();
		expect(update.ready).toBe(true);
		expect(reloads()).toBe(0);
	});

	it('is nothing to announce on a first visit, when the first worker installs and takes control', async () => {
		const { registration, update, controllerChange, reloads } = setup(false);
		await update.start('/service-worker.js');
		registration.found().become('installed');
		controllerChange();
		expect(update.ready).toBe(false);
		expect(reloads()).toBe(0);
	});

	it('is looked for on request', async () => {
		const { registration, update } = setup(true);
		await update.check(); // before registering: nothing to ask
		await update.start('/service-worker.js');
		await update.check();
		expect(registration.updates).toBe(1);
	});
});
