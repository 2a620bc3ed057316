import { z } from '../../../../shared/zod';
import { PORTAL_NAMES, type PortalId } from '../../../../shared/content/ids';
import type { RotationView, TimerSettings } from '../../../../shared/ipc/timers';
import { addDays, calendarDateOf, daysBetween, startOfLocalDay } from '../../../../shared/timers/time';
import { UserFacingError } from '../../errors';
import type { RotationCredential } from '../../rotationDates';
import type { Scheduler } from '../scheduler';
import { byPortal, defineTimerKind, type StateOf } from './kind';
import { say } from '../say';

/** Its deadlines' `kind` in the scheduler (saved in timers.json). */
const SCHEDULER_KIND = 'rotation';
const warnId = (key: string) => `rotation-warn:${key}`;
const dueId = (key: string) => `rotation-due:${key}`;

const state = {
  /** Day each portal password was last changed, as the user entered it. */
  passwordChanged: byPortal(z.string()),
  /** Rotation stages already announced, per credential key: the due date they were for. */
  rotationNotified: z._default(z.record(z.string(), z.object({ warn: z.optional(z.string()), due: z.optional(z.string()) })), {}),
};
type RotationState = StateOf<typeof state>;

export type RotationItem = RotationView & { changedAt?: number };

/** Each credential's change date → due date (after `rotationDays`) and first warning day. */
export function rotationItems(saved: RotationState, settings: TimerSettings, credentials: readonly RotationCredential[], timeZone?: string): RotationItem[] {
  const make = (base: Omit<RotationItem, 'dueOn' | 'warnFrom'>): RotationItem => {
    const dueOn = addDays(base.changedOn, settings.rotationDays);
    return { ...base, dueOn, warnFrom: addDays(dueOn, -settings.rotationWarnDays) };
  };
  const fromUser = (Object.entries(saved.passwordChanged) as [PortalId, string][]).map(([portalId, changedOn]) =>
    make({ key: `portal:${portalId}`, label: PORTAL_NAMES[portalId], portalId, source: 'user', changedOn }),
  );
  const fromVault = credentials.map((credential) =>
    make({
      key: credential.key,
      label: credential.label,
      portalId: credential.portalId,
      source: 'vault',
      ...(credential.locked ? { locked: true } : {}),
      changedOn: calendarDateOf(credential.changedAt, timeZone),
    }),
  );
  return [...fromUser, ...fromVault].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.label.localeCompare(b.label));
}

/**
 * Keeps one warning and one due deadline per credential in the scheduler (at local midnight of
 * the day), skipping stages already announced for that due date, and drops deadlines of
 * credentials that are gone.
 */
function syncRotation(scheduler: Scheduler, items: RotationItem[], notified: RotationState['rotationNotified']) {
  const wanted = new Set<string>();
  for (const item of items) {
    const done = notified[item.key];
    if (done?.warn !== item.dueOn) {
      wanted.add(warnId(item.key));
      scheduler.set(warnId(item.key), { kind: SCHEDULER_KIND, at: startOfLocalDay(item.warnFrom), data: { key: item.key, stage: 'warn', dueOn: item.dueOn } });
    }
    if (done?.due !== item.dueOn) {
      wanted.add(dueId(item.key));
      scheduler.set(dueId(item.key), { kind: SCHEDULER_KIND, at: startOfLocalDay(item.dueOn), data: { key: item.key, stage: 'due', dueOn: item.dueOn } });
    }
  }
  for (const entry of scheduler.list(SCHEDULER_KIND)) if (!wanted.has(entry.id)) scheduler.clear(entry.id);
}

/**
 * Password rotation: 90 days (by default) after each password change, warned ahead. Counts the
 * dates the user enters per portal and the vault's saved logins (from `rotationDates`, followed
 * as the vault publishes them).
 */
export const rotationTimers = defineTimerKind({
  schedulerKind: SCHEDULER_KIND,
  state,
  create({ clock, scheduler, rotationDates, zone, words, read, update, settings, announce, changed }) {
    const timeZone = zone?.timeZone;
    const items = (saved = read()) => rotationItems(saved, settings(), rotationDates.current(), timeZone);
    const resync = () => syncRotation(scheduler, items(), read().rotationNotified);
    const notes = {
      soon: (label: string, dueOn: string, days: number) => ({
        title: words.text('rotationSoonTitle', { label }),
        body: words.text('rotationSoonBody', { day: words.day(dueOn), days: words.count('days', days) }),
      }),
      due: (label: string, dueOn: string) => ({
        title: words.text('rotationDueTitle', { label }),
        body: words.text('rotationDueBody', { day: words.day(dueOn) }),
      }),
    };

    resync();
    const unsubscribe = rotationDates.subscribe(() => {
      resync();
      changed();
    });

    return {
      view: (saved, current) => ({
        rotation: rotationItems(saved, current, rotationDates.current(), timeZone).map(({ changedAt: _changedAt, ...item }) => item),
      }),
      onFire(firing) {
        const key = String(firing.entry.data?.key);
        const stage = firing.entry.data?.stage === 'warn' ? 'warn' : 'due';
        const item = items().find((candidate) => candidate.key === key);
        if (!item || item.dueOn !== firing.entry.data?.dueOn) return;
        const today = calendarDateOf(firing.now, timeZone);
        const dueAlready = daysBetween(today, item.dueOn) <= 0;
        update((saved) => {
          saved.rotationNotified[key] = { ...saved.rotationNotified[key], [stage]: item.dueOn, ...(dueAlready ? { warn: item.dueOn } : {}) };
        });
        if (stage === 'due') announce(firing, notes.due(item.label, item.dueOn));
        else if (!dueAlready) announce(firing, notes.soon(item.label, item.dueOn, daysBetween(today, item.dueOn)));
        changed();
      },
      onSettingsChanged: resync,
      dispose: unsubscribe,
      actions: {
        setPasswordChanged(p: PortalId, date: string | null) {
          if (date !== null && daysBetween(calendarDateOf(clock.now(), timeZone), date) > 0) {
            throw new UserFacingError('invalid_input', say('dateInFuture'), { date: say('dateInFutureField') });
          }
          update((saved) => {
            if (date === null) delete saved.passwordChanged[p];
            else saved.passwordChanged[p] = date;
          });
          // Stages already past when the user enters the date are on screen now: no notification for them.
          const item = items().find((candidate) => candidate.key === `portal:${p}`);
          if (item) {
            const today = calendarDateOf(clock.now(), timeZone);
            update((saved) => {
              saved.rotationNotified[item.key] = {
                ...(daysBetween(today, item.warnFrom) <= 0 ? { warn: item.dueOn } : {}),
                ...(daysBetween(today, item.dueOn) <= 0 ? { due: item.dueOn } : {}),
              };
            });
          }
          resync();
          return changed();
        },
      },
    };
  },
});
