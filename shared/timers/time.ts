/**
 * Time and date helpers shared by the timer service (notification texts) and the Timers panel,
 * so both say the same "10:42 AM" and "due in 9 days". Instants are epoch ms; calendar dates
 * are 'YYYY-MM-DD' strings; both are read in the user's local zone unless one is given.
 */

export interface ZoneOptions {
  /** IANA zone; the system's zone when absent. */
  timeZone?: string;
  /** BCP 47 locale; the user's when absent. */
  locale?: string;
}

const zoneName = (at: number, options: ZoneOptions) =>
  new Intl.DateTimeFormat(options.locale, { timeZone: options.timeZone, timeZoneName: 'short' }).formatToParts(at).find((part) => part.type === 'timeZoneName')
    ?.value ?? '';

/**
 * "10:42 AM". When a clock change falls between `now` and `at` (1:05 AM exists twice on the
 * fall-back night) the zone is named: "1:05 AM PST".
 */
export function formatClockTime(at: number, options: ZoneOptions & { now?: number } = {}): string {
  const acrossClockChange = options.now !== undefined && zoneName(options.now, options) !== zoneName(at, options);
  const text = new Intl.DateTimeFormat(options.locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
    ...(acrossClockChange ? { timeZoneName: 'short' } : {}),
  }).format(at);
  // ICU puts a narrow no-break space before AM/PM; a plain space reads (and searches) the same.
  return text.replace(/\u202f/g, ' ');
}

/** "Tuesday, March 3" style date for a calendar date. */
export function formatCalendarDate(date: string, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** The calendar date of an instant in the given (or local) zone. */
export function calendarDateOf(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const dayNumber = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Local midnight at the start of a calendar date (the process's zone). */
export function startOfLocalDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** "due in 9 days", "due today", "overdue by 3 days". */
export function describeDue(today: string, dueOn: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return 'due today';
  const plural = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  return days > 0 ? `due in ${plural(days)}` : `overdue by ${plural(-days)}`;
}

/** "14:59" left → "14 min 59 s"; hours when long. Never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${m} min`;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}
