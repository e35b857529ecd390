// The learner's day: it starts at a set hour (4 a.m., as in Anki) in the learner's time zone, so
// that a late-night session counts with the evening it belongs to.

export const DEFAULT_DAY_START_HOUR = 4;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
	let f = formats.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formats.set(timeZone, f);
	}
	return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
	try {
		format(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffset(instant: number, timeZone: string): number {
	const parts = format(timeZone).formatToParts(new Date(instant));
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
	const whole = Math.floor(instant / 1000) * 1000;
	return wall - whole;
}

/** The instant at which a wall-clock time (given as if it were UTC) happens in the zone. */
function wallToInstant(wall: number, timeZone: string): number {
	let instant = wall - zoneOffset(wall, timeZone);
	instant = wall - zoneOffset(instant, timeZone);
	return instant;
}

/** The learner's day number: days since 1970-01-01 in their zone, counted from `startHour`. */
export function dayNumber(now: number, timeZone: string, startHour = DEFAULT_DAY_START_HOUR): number {
	return Math.floor((now + zoneOffset(now, timeZone) - startHour * HOUR) / DAY);
}

/** When the learner's current day began (epoch ms). */
export function dayStart(now: number, timeZone: string, startHour = DEFAULT_DAY_START_HOUR): number {
	return wallToInstant(dayNumber(now, timeZone, startHour) * DAY + startHour * HOUR, timeZone);
}

/** When the learner's next day begins (epoch ms): the end of "today". */
export function nextDayStart(now: number, timeZone: string, startHour = DEFAULT_DAY_START_HOUR): number {
	return wallToInstant((dayNumber(now, timeZone, startHour) + 1) * DAY + startHour * HOUR, timeZone);
}

/** The learner's day around `now`: the window that today's queue, limits and counts are read in. */
export interface DayWindow {
	now: number;
	/** When the learner's current day began (epoch ms). */
	dayStart: number;
	/** When the next day begins: the end of "today". */
	dayEnd: number;
}

export function dayWindow(now: number, timeZone: string, startHour = DEFAULT_DAY_START_HOUR): DayWindow {
	return { now, dayStart: dayStart(now, timeZone, startHour), dayEnd: nextDayStart(now, timeZone, startHour) };
}
