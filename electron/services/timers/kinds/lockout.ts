import { z } from '../../../../shared/zod';
import type { PortalId } from '../../../../shared/content/ids';
import { UserFacingError } from '../../errors';
import { byPortal, defineTimerKind, noTimerToStop, portalEntries, portalOf } from './kind';
import { say } from '../say';

/** Its deadlines' `kind` in the scheduler (saved in timers.json). */
const SCHEDULER_KIND = 'lockout';

const endId = (p: PortalId) => `lockout-end:${p}`;

/** Lockout: the failed logins the user records, then a 15- or 30-minute wait ("try again at 10:42"). */
export const lockoutTimers = defineTimerKind({
  schedulerKind: SCHEDULER_KIND,
  stopKind: 'lockout',
  state: {
    lockouts: byPortal(z.object({ startedAt: z.number(), endsAt: z.number(), minutes: z.number(), phase: z.enum(['running', 'ended']) })),
    failedLogins: byPortal(z.object({ count: z.number(), lastAt: z.number() })),
  },
  create({ clock, scheduler, words, read, update, settings, announce, changed }) {
    const { name, at, text } = words;
    const over = (p: PortalId, minutes: number) => ({
      title: text('lockoutOverTitle', { portal: name(p) }),
      body: text('lockoutOverBody', { minutes }),
    });

    function start(p: PortalId, minutes: 15 | 30) {
      const now = clock.now();
      const endsAt = now + minutes * 60_000;
      update((state) => {
        state.lockouts[p] = { startedAt: now, endsAt, minutes, phase: 'running' };
        delete state.failedLogins[p];
      });
      scheduler.set(endId(p), { kind: SCHEDULER_KIND, at: endsAt, data: { portalId: p } });
    }
    function end(p: PortalId) {
      update((state) => void delete state.lockouts[p]);
      scheduler.clear(endId(p));
    }

    return {
      view: (state, { lockoutAttempts }) => ({
        lockouts: portalEntries(state.lockouts).map(([portalId, l]) => ({ portalId, ...l })),
        failedLogins: portalEntries(state.failedLogins)
          .filter(([, f]) => f.count > 0)
          .map(([portalId, f]) => ({ portalId, count: f.count, threshold: lockoutAttempts })),
      }),
      onFire(firing) {
        const p = portalOf(firing);
        const lockout = read().lockouts[p];
        if (!lockout || lockout.phase === 'ended') return;
        update((state) => void (state.lockouts[p] = { ...lockout, phase: 'ended' }));
        announce(firing, over(p, lockout.minutes));
        changed();
      },
      // A successful login ends any lockout wait and failed-attempt count for the portal.
      onPortalLoggedIn(p) {
        end(p);
        update((state) => void delete state.failedLogins[p]);
      },
      stop(p) {
        if (!read().lockouts[p]) throw noTimerToStop(say('lockoutTimer', { portal: name(p) }));
        end(p);
      },
      actions: {
        recordFailedLogin(p: PortalId) {
          const state = read();
          const lockout = state.lockouts[p];
          if (lockout?.phase === 'running') {
            throw new UserFacingError('conflict', say('alreadyLockedOut', { portal: name(p), time: at(lockout.endsAt, clock.now()) }));
          }
          const { lockoutAttempts, lockoutMinutes } = settings();
          const attempts = (state.failedLogins[p]?.count ?? 0) + 1;
          const lockoutStarted = attempts >= lockoutAttempts;
          if (lockoutStarted) start(p, lockoutMinutes);
          else update((next) => void (next.failedLogins[p] = { count: attempts, lastAt: clock.now() }));
          return { attempts, lockoutStarted, view: changed() };
        },
        startLockout(p: PortalId, minutes?: 15 | 30) {
          start(p, minutes ?? settings().lockoutMinutes);
          return changed();
        },
      },
    };
  },
});
