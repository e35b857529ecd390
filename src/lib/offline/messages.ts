/** Sent by the page to a waiting service worker: take over now (the learner asked to reload). */
export const SKIP_WAITING = 'factdeck:skip-waiting';
