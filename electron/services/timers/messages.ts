import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';

import { formatCalendarDate, formatClockTime, type ZoneOptions } from '../../../shared/timers/time';

/** The words of every timer notification, in one place (the Timers panel reuses the same facts). */
export interface Note {
  title: string;
  body: string;
}

export function timerMessages(zone: ZoneOptions = {}) {
  const at = (instant: number, now: number) => formatClockTime(instant, { ...zone, now });
  const name = (portalId: PortalId) => PORTAL_NAMES[portalId];
  const day = (date: string) => formatCalendarDate(date, zone.locale);
  return {
    sessionWarning: (p: PortalId, endsAt: number, now: number): Note => ({
      title: `${name(p)} session ends soon`,
      body: `Save your work in ${name(p)} — the session may end at ${at(endsAt, now)}. In AllyDesk, choose "Still working" if you are still working.`,
    }),
    sessionEnded: (p: PortalId, endsAt: number, now: number): Note => ({
      title: `${name(p)} session may have ended`,
      body: `${name(p)} may have logged you out at ${at(endsAt, now)} after no activity. Log in again; work that was not saved may be lost.`,
    }),
    lockoutOver: (p: PortalId, minutes: number): Note => ({
      title: `You can try ${name(p)} again`,
      body: `The ${minutes}-minute wait is over. Type the password carefully (no extra spaces). If it fails again, use "Forgot Password?" instead.`,
    }),
    twoFactorSpam: (p: PortalId): Note => ({
      title: `No ${name(p)} code yet`,
      body: 'Check your spam or junk folder for the code email.',
    }),
    twoFactorSupport: (p: PortalId): Note => ({
      title: `Still no ${name(p)} code after 10 minutes`,
      body: 'Check that the email and mobile number on file are current. If your number changed, call Office Ally support at (360) 975-7000, option 2.',
    }),
    rotationSoon: (label: string, dueOn: string, days: number): Note => ({
      title: `${label} password due for a change`,
      body: `Your practice's schedule says to change it by ${day(dueOn)} (in ${days} ${days === 1 ? 'day' : 'days'}).`,
    }),
    rotationDue: (label: string, dueOn: string): Note => ({
      title: `${label} password change is due`,
      body: `Your practice's schedule said to change it by ${day(dueOn)}.`,
    }),
    /** A deadline that passed while AllyDesk was closed or the computer slept says so. */
    away: (note: Note): Note => ({ title: note.title, body: `While you were away: ${note.body}` }),
  };
}
export type TimerMessages = ReturnType<typeof timerMessages>;
