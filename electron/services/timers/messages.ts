import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/locales';
import { notificationCount, notificationText } from '../../../shared/i18n/notifications';
import { formatCalendarDate, formatClockTime, type ZoneOptions } from '../../../shared/timers/time';

/** A notification's words. Each timer kind writes its own (kinds/*.ts); the Timers panel reuses the same facts. */
export interface Note {
  title: string;
  body: string;
}

/**
 * How notifications name portals, times and days, in the user's zone and in the language in force
 * when they are said (`locale` is asked each time: a change in Settings applies to the next one).
 * Times and days are written in that language too (es-US: "10:42 a.m."); the texts come from
 * shared/i18n/notifications.ts.
 */
export function timerWords(zone: ZoneOptions = {}, locale: () => Locale = () => DEFAULT_LOCALE) {
  return {
    name: (portalId: PortalId) => PORTAL_NAMES[portalId],
    at: (instant: number, now: number) => formatClockTime(instant, { ...zone, locale: locale(), now }),
    day: (date: string) => formatCalendarDate(date, locale()),
    text: (key: Parameters<typeof notificationText>[1], values?: Parameters<typeof notificationText>[2]) => notificationText(locale(), key, values),
    count: (key: Parameters<typeof notificationCount>[1], count: number) => notificationCount(locale(), key, count),
  };
}
export type TimerWords = ReturnType<typeof timerWords>;

/** A deadline that passed while AllyDesk was closed or the computer slept says so. */
export const awayNote = (note: Note, words: TimerWords): Note => ({ title: note.title, body: words.text('whileAway', { body: note.body }) });
