import { z } from '../../../../shared/zod';
import type { PortalId } from '../../../../shared/content/ids';
import { SESSION_WARNING_MS } from '../../../../shared/ipc/timers';
import { UserFacingError } from '../../errors';
import { byPortal, defineTimerKind, noTimerToStop, portalEntries, portalOf } from './kind';
import { say } from '../say';

/** Its deadlines' `kind` in the scheduler (saved in timers.json). */
const SCHEDULER_KIND = 'portal-session';

const warnId = (p: PortalId) => `session-warn:${p}`;
const endId = (p: PortalId) => `session-end:${p}`;

/** Portal session: a portal's inactivity length from the last "I'm logged in" / "Still working", warned 2 minutes ahead. */
export const sessionTimers = defineTimerKind({
  schedulerKind: SCHEDULER_KIND,
  stopKind: 'session',
  state: {
    sessions: byPortal(z.object({ startedAt: z.number(), endsAt: z.number(), minutes: z.number(), phase: z.enum(['running', 'warned', 'ended']) })),
  },
  create({ clock, scheduler, words, read, update, settings, announce, changed }) {
    const { name, at, text } = words;
    const notes = {
      warning: (p: PortalId, endsAt: number, now: number) => ({
        title: text('sessionWarningTitle', { portal: name(p) }),
        body: text('sessionWarningBody', { portal: name(p), time: at(endsAt, now) }),
      }),
      ended: (p: PortalId, endsAt: number, now: number) => ({
        title: text('sessionEndedTitle', { portal: name(p) }),
        body: text('sessionEndedBody', { portal: name(p), time: at(endsAt, now) }),
      }),
    };

    function start(p: PortalId) {
      const now = clock.now();
      const minutes = settings().sessionMinutes[p];
      const endsAt = now + minutes * 60_000;
      update((state) => void (state.sessions[p] = { startedAt: now, endsAt, minutes, phase: 'running' }));
      scheduler.set(warnId(p), { kind: SCHEDULER_KIND, at: endsAt - SESSION_WARNING_MS, data: { portalId: p, stage: 'warn' } });
      scheduler.set(endId(p), { kind: SCHEDULER_KIND, at: endsAt, data: { portalId: p, stage: 'end' } });
    }
    function stop(p: PortalId) {
      if (!read().sessions[p]) throw noTimerToStop(say('sessionTimer', { portal: name(p) }));
      update((state) => void delete state.sessions[p]);
      scheduler.clear(warnId(p));
      scheduler.clear(endId(p));
    }

    return {
      view: (state) => ({
        sessions: portalEntries(state.sessions).map(([portalId, s]) => ({ portalId, ...s, warnAt: s.endsAt - SESSION_WARNING_MS })),
      }),
      onFire(firing) {
        const p = portalOf(firing);
        const session = read().sessions[p];
        if (!session || session.phase === 'ended') return;
        if (firing.entry.data?.stage === 'warn') {
          // Warning and end both passed (asleep, closed): only the end is worth saying.
          if (firing.now >= session.endsAt) return;
          update((state) => void (state.sessions[p] = { ...session, phase: 'warned' }));
          announce(firing, notes.warning(p, session.endsAt, firing.now));
        } else {
          update((state) => void (state.sessions[p] = { ...session, phase: 'ended' }));
          announce(firing, notes.ended(p, session.endsAt, firing.now));
        }
        changed();
      },
      onPortalLoggedIn: start,
      stop,
      actions: {
        stillWorking(p: PortalId) {
          const session = read().sessions[p];
          if (!session) throw noTimerToStop(say('sessionTimer', { portal: name(p) }));
          if (session.phase === 'ended') {
            throw new UserFacingError('conflict', say('sessionRanOut', { portal: name(p), time: at(session.endsAt, clock.now()) }));
          }
          start(p);
          return changed();
        },
        loggedOut(p: PortalId) {
          stop(p);
          return changed();
        },
      },
    };
  },
});
