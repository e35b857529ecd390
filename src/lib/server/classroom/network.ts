import { networkInterfaces } from 'node:os';

// The address students type: the page's own origin, unless the teacher opened it as localhost,
// which a phone cannot reach; then this machine's addresses on the local network.

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export interface ClassroomAddress {
	/** Join-page origins a phone on the same network can open, best first. */
	origins: string[];
	/** The server listens on loopback only: phones cannot reach it at all. */
	loopbackOnly: boolean;
}

export function classroomAddress(url: URL, listenHost: string | undefined, interfaces = networkInterfaces()): ClassroomAddress {
	const loopbackOnly = !!listenHost && LOOPBACK.test(listenHost);
	if (!LOOPBACK.test(url.hostname) || loopbackOnly) return { origins: [url.origin], loopbackOnly };
	const port = url.port ? `:${url.port}` : '';
	const origins = Object.values(interfaces)
		.flat()
		.filter((i) => i && i.family === 'IPv4' && !i.internal)
		.map((i) => `${url.protocol}//${i!.address}${port}`);
	return { origins: origins.length ? origins : [url.origin], loopbackOnly: origins.length === 0 };
}
