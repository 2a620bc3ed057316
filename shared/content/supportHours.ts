/**
 * Office Ally's support hours (seed 001) and whether a channel is open at a given instant.
 * All hours are Pacific wall-clock times; conversions go through Intl with the IANA zone
 * America/Los_Angeles, so daylight saving is handled by the platform's tz database.
 */
export const PACIFIC_TIME_ZONE = 'America/Los_Angeles';

export type SupportChannel = 'phone' | 'chat';

interface DailyWindow {
  /** Minutes after midnight, Pacific. */
  open: number;
  close: number;
}

const WEEKDAY_PHONE: DailyWindow = { open: 5 * 60, close: 21 * 60 };
const WEEKEND: DailyWindow = { open: 6 * 60, close: 17 * 60 };

/** Index 0 = Sunday … 6 = Saturday (Pacific calendar day). */
const SCHEDULE: Record<SupportChannel, readonly DailyWindow[]> = {
  phone: [WEEKEND, WEEKDAY_PHONE, WEEKDAY_PHONE, WEEKDAY_PHONE, WEEKDAY_PHONE, WEEKDAY_PHONE, WEEKEND],
  chat: [WEEKEND, WEEKEND, WEEKEND, WEEKEND, WEEKEND, WEEKEND, WEEKEND],
};

export const HOURS_SUMMARY: Record<SupportChannel, readonly string[]> = {
  phone: ['Monday to Friday: 5:00 AM – 9:00 PM Pacific', 'Saturday and Sunday (limited support): 6:00 AM – 5:00 PM Pacific'],
  chat: ['Every day: 6:00 AM – 5:00 PM Pacific'],
};

export const HOURS_CAVEAT: Record<SupportChannel, string> = {
  phone: 'Office Ally gives these as its general hours; on weekends support is limited.',
  chat: 'Office Ally says chat is usually available during these hours.',
};

/**
 * The words and formats of the hours in one language. Templates take `{name}` values; the times are
 * Intl's, in `locale`. English says "Pacific" after a time; es-US lets Intl name the zone ("5:00 a.m. PST").
 */
export interface HoursTexts {
  /** BCP 47 tag Intl formats times and weekdays in. */
  locale: string;
  /** Whether Intl adds the zone's short name (PST / PDT) to each time. */
  zoneNames: boolean;
  /** The weekly hours; `{weekdayOpen}`, `{weekdayClose}`, `{weekendOpen}`, `{weekendClose}` are Pacific times. */
  summary: Record<SupportChannel, readonly string[]>;
  caveat: Record<SupportChannel, string>;
  /** `{time}`: a Pacific time. */
  pacific: string;
  /** `{pacific}`: the Pacific time said with `pacific`; `{local}`: the same instant in the user's zone; `{weekday}`: its day there. */
  sameZone: string;
  otherZone: string;
  otherZoneDay: string;
  /** `{when}`: the closing time said with one of the three above. */
  openNow: string;
  /** `{day}`: today, tomorrow or `weekday`; `{when}`: the opening time. */
  closedNow: string;
  today: string;
  tomorrow: string;
  /** `{weekday}`: a day name from Intl. */
  weekday: string;
}

export const HOURS_TEXTS: HoursTexts = {
  locale: 'en-US',
  zoneNames: false,
  summary: HOURS_SUMMARY,
  caveat: HOURS_CAVEAT,
  pacific: '{time} Pacific',
  sameZone: '{pacific} (your time zone too)',
  otherZone: '{pacific} ({local} your time)',
  otherZoneDay: '{pacific} ({local} {weekday} your time)',
  openNow: 'Open now — closes at {when}',
  closedNow: 'Closed now — opens {day} at {when}',
  today: 'today',
  tomorrow: 'tomorrow',
  weekday: '{weekday}',
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export interface ChannelStatus {
  channel: SupportChannel;
  open: boolean;
  /** e.g. "Open now — closes at 9:00 PM Pacific (12:00 AM Saturday your time)". */
  sentence: string;
  /** The instant the channel next opens (when closed) or closes (when open). */
  nextChange: Date;
  caveat: string;
}

const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: SHORT_WEEKDAYS.indexOf(parts.weekday ?? ''),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a Pacific wall-clock time happens (support hours never fall in the 2–3 AM DST gap). */
function pacificInstant(year: number, month: number, day: number, minutes: number): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const first = asUtc - zoneOffset(asUtc, PACIFIC_TIME_ZONE);
  const second = asUtc - zoneOffset(first, PACIFIC_TIME_ZONE);
  return second;
}

function cachedFormatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = timeFormatters.get(key);
  if (!formatter) {
    formatter = make();
    timeFormatters.set(key, formatter);
  }
  return formatter;
}

/** "9:00 PM" (en-US), "9:00 p.m. PDT" (es-US, zone named). */
function formatTime(instant: number, timeZone: string, texts: HoursTexts): string {
  const formatter = cachedFormatter(
    `${texts.locale}|${timeZone}|${texts.zoneNames}`,
    () => new Intl.DateTimeFormat(texts.locale, { timeZone, hour: 'numeric', minute: '2-digit', ...(texts.zoneNames && { timeZoneName: 'short' }) }),
  );
  return formatter.format(new Date(instant));
}

function formatWeekday(instant: number, timeZone: string, texts: HoursTexts): string {
  return cachedFormatter(`${texts.locale}|${timeZone}|weekday`, () => new Intl.DateTimeFormat(texts.locale, { timeZone, weekday: 'long' })).format(
    new Date(instant),
  );
}

const calendarDay = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day) / DAY;

function dayWord(instant: number, today: WallClock, texts: HoursTexts): string {
  const difference = calendarDay(wallClock(instant, PACIFIC_TIME_ZONE)) - calendarDay(today);
  if (difference === 0) return texts.today;
  if (difference === 1) return texts.tomorrow;
  return fill(texts.weekday, { weekday: formatWeekday(instant, PACIFIC_TIME_ZONE, texts) });
}

/** "9:00 PM Pacific (12:00 AM Saturday your time)", with the day named only when it differs. */
function describeInstant(instant: number, localTimeZone: string, texts: HoursTexts): string {
  const pacific = fill(texts.pacific, { time: formatTime(instant, PACIFIC_TIME_ZONE, texts) });
  if (zoneOffset(instant, localTimeZone) === zoneOffset(instant, PACIFIC_TIME_ZONE)) return fill(texts.sameZone, { pacific });
  const local = formatTime(instant, localTimeZone, texts);
  const sameDay = calendarDay(wallClock(instant, localTimeZone)) === calendarDay(wallClock(instant, PACIFIC_TIME_ZONE));
  return sameDay
    ? fill(texts.otherZone, { pacific, local })
    : fill(texts.otherZoneDay, { pacific, local, weekday: formatWeekday(instant, localTimeZone, texts) });
}

/** The weekly hours in the language of `texts`, the times from Intl (their zone name as it is on `now`'s day). */
export function hoursSummary(channel: SupportChannel, now: Date, texts: HoursTexts = HOURS_TEXTS): readonly string[] {
  const today = wallClock(now.getTime(), PACIFIC_TIME_ZONE);
  const at = (minutes: number) => formatTime(pacificInstant(today.year, today.month, today.day, minutes), PACIFIC_TIME_ZONE, texts);
  const values = { weekdayOpen: at(WEEKDAY_PHONE.open), weekdayClose: at(WEEKDAY_PHONE.close), weekendOpen: at(WEEKEND.open), weekendClose: at(WEEKEND.close) };
  return texts.summary[channel].map((line) => fill(line, values));
}

export function channelAvailability(channel: SupportChannel, now: Date, localTimeZone?: string, texts: HoursTexts = HOURS_TEXTS): ChannelStatus {
  const zone = localTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? PACIFIC_TIME_ZONE;
  const at = now.getTime();
  const today = wallClock(at, PACIFIC_TIME_ZONE);
  const caveat = texts.caveat[channel];
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const hours = SCHEDULE[channel][(today.weekday + offset) % 7]!;
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const opensAt = pacificInstant(year, month, day, hours.open);
    const closesAt = pacificInstant(year, month, day, hours.close);
    if (at >= opensAt && at < closesAt) {
      return { channel, open: true, nextChange: new Date(closesAt), caveat, sentence: fill(texts.openNow, { when: describeInstant(closesAt, zone, texts) }) };
    }
    if (at < opensAt) {
      const day = dayWord(opensAt, today, texts);
      return {
        channel,
        open: false,
        nextChange: new Date(opensAt),
        caveat,
        sentence: fill(texts.closedNow, { day, when: describeInstant(opensAt, zone, texts) }),
      };
    }
  }
  throw new Error('Support schedule has no opening within a week');
}

/** Whether Office Ally's phone line and live chat are open at `now`, and when that changes. */
export function supportAvailability(now: Date, localTimeZone?: string, texts: HoursTexts = HOURS_TEXTS): { phone: ChannelStatus; chat: ChannelStatus } {
  return { phone: channelAvailability('phone', now, localTimeZone, texts), chat: channelAvailability('chat', now, localTimeZone, texts) };
}
