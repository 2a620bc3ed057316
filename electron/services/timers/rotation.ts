import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';
import { type RotationView, type TimerSettings } from '../../../shared/ipc/timers';
import { addDays, calendarDateOf, startOfLocalDay } from '../../../shared/timers/time';
import type { Scheduler } from './scheduler';
import type { TimersState } from './state';

/** A credential from another service (the vault) whose last change counts for rotation. */
export interface ExtraCredential {
  /** Stable and unique, e.g. `vault:<entryId>`; never a username or secret. */
  key: string;
  label: string;
  portalId?: PortalId;
  /** When its password was last changed (epoch ms). */
  changedAt: number;
  /** From a locked vault profile, which knows only its oldest date until it is unlocked. */
  locked?: boolean;
}

export type RotationItem = RotationView & { changedAt?: number };

export const ROTATION_KIND = 'rotation';
const warnId = (key: string) => `rotation-warn:${key}`;
const dueId = (key: string) => `rotation-due:${key}`;

/** Each credential's change date → due date (after `rotationDays`) and first warning day. */
export function rotationItems(state: TimersState, settings: TimerSettings, extras: ExtraCredential[], timeZone?: string): RotationItem[] {
  const make = (base: Omit<RotationItem, 'dueOn' | 'warnFrom'>): RotationItem => {
    const dueOn = addDays(base.changedOn, settings.rotationDays);
    return { ...base, dueOn, warnFrom: addDays(dueOn, -settings.rotationWarnDays) };
  };
  const fromUser = (Object.entries(state.passwordChanged) as [PortalId, string][]).map(([portalId, changedOn]) =>
    make({ key: `portal:${portalId}`, label: PORTAL_NAMES[portalId], portalId, source: 'user', changedOn }),
  );
  const fromVault = extras.map((extra) =>
    make({
      key: extra.key,
      label: extra.label,
      portalId: extra.portalId,
      source: 'vault',
      ...(extra.locked ? { locked: true } : {}),
      changedOn: calendarDateOf(extra.changedAt, timeZone),
    }),
  );
  return [...fromUser, ...fromVault].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.label.localeCompare(b.label));
}

/**
 * Keeps one warning and one due deadline per credential in the scheduler (at local midnight of
 * the day), skipping stages already announced for that due date, and drops deadlines of
 * credentials that are gone.
 */
export function syncRotation(scheduler: Scheduler, items: RotationItem[], notified: TimersState['rotationNotified']) {
  const wanted = new Set<string>();
  for (const item of items) {
    const done = notified[item.key];
    if (done?.warn !== item.dueOn) {
      wanted.add(warnId(item.key));
      scheduler.set(warnId(item.key), { kind: ROTATION_KIND, at: startOfLocalDay(item.warnFrom), data: { key: item.key, stage: 'warn', dueOn: item.dueOn } });
    }
    if (done?.due !== item.dueOn) {
      wanted.add(dueId(item.key));
      scheduler.set(dueId(item.key), { kind: ROTATION_KIND, at: startOfLocalDay(item.dueOn), data: { key: item.key, stage: 'due', dueOn: item.dueOn } });
    }
  }
  for (const entry of scheduler.list(ROTATION_KIND)) if (!wanted.has(entry.id)) scheduler.clear(entry.id);
}
