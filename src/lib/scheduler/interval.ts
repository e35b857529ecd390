// "10m", "3d", "1.5mo": how far off a due time is, as the rating buttons show it.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function round1(x: number): string {
	const r = Math.round(x * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${round1(days / 30)}mo`;
	return `${round1(days / 365)}y`;
}

/** The words a screen reader says for an interval: "10 minutes", "3 days". */
export function describeInterval(ms: number): string {
	const short = formatInterval(ms);
	const match = /^([<\d.]+)(m|h|d|mo|y)$/.exec(short);
	if (!match) return short;
	const [, n, unit] = match;
	if (n === '<1') return 'less than a minute';
	const words: Record<string, [string, string]> = {
		m: ['minute', 'minutes'],
		h: ['hour', 'hours'],
		d: ['day', 'days'],
		mo: ['month', 'months'],
		y: ['year', 'years']
	};
	const [one, many] = words[unit ?? 'm'] ?? ['', ''];
	return `${n} ${n === '1' ? one : many}`;
}
