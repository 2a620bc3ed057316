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

export interface ChannelStatus {
  channel: SupportChannel;
  open: boolean;
  /** e.g. "Open now — closes at 9:00 PM Pacific (12:00 AM Saturday your time)". */
  sentence: string;
  /** The instant the channel next opens (when closed) or closes (when open). */
  nextChange: Date;
  caveat: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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

function formatTime(instant: number, timeZone: string): string {
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });
    timeFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(instant));
}

const calendarDay = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day) / DAY;

function dayWord(target: WallClock, today: WallClock): string {
  const difference = calendarDay(target) - calendarDay(today);
  if (difference === 0) return 'today';
  if (difference === 1) return 'tomorrow';
  return WEEKDAYS[target.weekday] ?? '';
}

/** "9:00 PM Pacific (12:00 AM Saturday your time)", with the day named only when it differs. */
function describeInstant(instant: number, localTimeZone: string): string {
  const pacificTime = formatTime(instant, PACIFIC_TIME_ZONE);
  if (zoneOffset(instant, localTimeZone) === zoneOffset(instant, PACIFIC_TIME_ZONE)) {
    return `${pacificTime} Pacific (your time zone too)`;
  }
  const pacificWall = wallClock(instant, PACIFIC_TIME_ZONE);
  const localWall = wallClock(instant, localTimeZone);
  const localDay = calendarDay(localWall) === calendarDay(pacificWall) ? '' : ` ${WEEKDAYS[localWall.weekday] ?? ''}`;
  return `${pacificTime} Pacific (${formatTime(instant, localTimeZone)}${localDay} your time)`;
}

export function channelAvailability(channel: SupportChannel, now: Date, localTimeZone?: string): ChannelStatus {
  const zone = localTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? PACIFIC_TIME_ZONE;
  const at = now.getTime();
  const today = wallClock(at, PACIFIC_TIME_ZONE);
  const caveat = HOURS_CAVEAT[channel];
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const hours = SCHEDULE[channel][(today.weekday + offset) % 7]!;
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const opensAt = pacificInstant(year, month, day, hours.open);
    const closesAt = pacificInstant(year, month, day, hours.close);
    if (at >= opensAt && at < closesAt) {
      return { channel, open: true, nextChange: new Date(closesAt), caveat, sentence: `Open now — closes at ${describeInstant(closesAt, zone)}` };
    }
    if (at < opensAt) {
      const when = dayWord(wallClock(opensAt, PACIFIC_TIME_ZONE), today);
      return {
        channel,
        open: false,
        nextChange: new Date(opensAt),
        caveat,
        sentence: `Closed now — opens ${when} at ${describeInstant(opensAt, zone)}`,
      };
    }
  }
  throw new Error('Support schedule has no opening within a week');
}

/** Whether Office Ally's phone line and live chat are open at `now`, and when that changes. */
export function supportAvailability(now: Date, localTimeZone?: string): { phone: ChannelStatus; chat: ChannelStatus } {
  return { phone: channelAvailability('phone', now, localTimeZone), chat: channelAvailability('chat', now, localTimeZone) };
}
