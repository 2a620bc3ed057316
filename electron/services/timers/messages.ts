import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';

import { formatCalendarDate, formatClockTime, type ZoneOptions } from '../../../shared/timers/time';

/** A notification's words. Each timer kind writes its own (kinds/*.ts); the Timers panel reuses the same facts. */
export interface Note {
  title: string;
  body: string;
}

/** How notifications name portals, times and days, in the user's zone. */
export function timerWords(zone: ZoneOptions = {}) {
  return {
    name: (portalId: PortalId) => PORTAL_NAMES[portalId],
    at: (instant: number, now: number) => formatClockTime(instant, { ...zone, now }),
    day: (date: string) => formatCalendarDate(date, zone.locale),
  };
}
export type TimerWords = ReturnType<typeof timerWords>;

/** A deadline that passed while AllyDesk was closed or the computer slept says so. */
export const awayNote = (note: Note): Note => ({ title: note.title, body: `While you were away: ${note.body}` });
