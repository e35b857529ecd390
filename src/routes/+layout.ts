// Every page is prerendered, its data with it (__data.json), so that no page needs a live server
// and the app can work offline once cached.
export const prerender = true;
