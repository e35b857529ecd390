import { catchEarlyInstallOffer } from '$lib/state/install-prompt.svelte';

// Runs as the app starts, before any page has mounted: the browser's one offer to install the app
// is kept even when it comes before the layout listens for it.
catchEarlyInstallOffer(window);
