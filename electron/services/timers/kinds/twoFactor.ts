import { z } from '../../../../shared/zod';
import type { PortalId } from '../../../../shared/content/ids';
import { TWO_FACTOR_SPAM_TIP_MS, TWO_FACTOR_SUPPORT_TIP_MS } from '../../../../shared/ipc/timers';
import type { Scheduler } from '../scheduler';
import { byPortal, defineTimerKind, noTimerToStop, portalEntries, portalOf } from './kind';
import { say } from '../say';

/** Its deadlines' `kind` in the scheduler (saved in timers.json). */
const SCHEDULER_KIND = 'two-factor';

type Stage = 'spam' | 'support';
const tipId = (stage: Stage, p: PortalId) => `two-factor-${stage}:${p}`;

/**
 * AllyDesk 0.1.0 saved a wait's deadlines as `2fa-spam:<portal>` / `2fa-support:<portal>`.
 * Renamed once on start: a wait running across the upgrade then still stops (its old deadlines
 * would otherwise fire early into the next wait).
 */
function renameOldDeadlines(scheduler: Scheduler) {
  for (const entry of scheduler.list(SCHEDULER_KIND)) {
    const old = /^2fa-(spam|support):(.+)$/.exec(entry.id);
    if (!old) continue;
    scheduler.clear(entry.id);
    scheduler.set(tipId(old[1] as Stage, old[2] as PortalId), { kind: entry.kind, at: entry.at, ...(entry.data ? { data: entry.data } : {}) });
  }
}

/** Two-factor wait: from "Code requested", a spam-folder tip at 2 minutes, contact details and support at 10. */
export const twoFactorTimers = defineTimerKind({
  schedulerKind: SCHEDULER_KIND,
  stopKind: 'twoFactor',
  state: {
    twoFactor: byPortal(z.object({ requestedAt: z.number(), phase: z.enum(['waiting', 'spam', 'support']) })),
  },
  create({ clock, scheduler, words, read, update, announce, changed }) {
    const { name, text } = words;
    const notes = {
      spam: (p: PortalId) => ({ title: text('twoFactorSpamTitle', { portal: name(p) }), body: text('twoFactorSpamBody') }),
      support: (p: PortalId) => ({ title: text('twoFactorSupportTitle', { portal: name(p) }), body: text('twoFactorSupportBody') }),
    };
    renameOldDeadlines(scheduler);

    function end(p: PortalId) {
      update((state) => void delete state.twoFactor[p]);
      scheduler.clear(tipId('spam', p));
      scheduler.clear(tipId('support', p));
    }

    return {
      view: (state) => ({
        twoFactor: portalEntries(state.twoFactor).map(([portalId, t]) => ({
          portalId,
          ...t,
          spamTipAt: t.requestedAt + TWO_FACTOR_SPAM_TIP_MS,
          supportTipAt: t.requestedAt + TWO_FACTOR_SUPPORT_TIP_MS,
        })),
      }),
      onFire(firing) {
        const p = portalOf(firing);
        const wait = read().twoFactor[p];
        if (!wait) return;
        const supportDue = firing.now >= wait.requestedAt + TWO_FACTOR_SUPPORT_TIP_MS;
        if (firing.entry.data?.stage === 'spam') {
          if (wait.phase !== 'waiting') return;
          update((state) => void (state.twoFactor[p] = { ...wait, phase: supportDue ? 'support' : 'spam' }));
          // The 10-minute step is also due: let its firing speak, not both.
          if (!supportDue) announce(firing, notes.spam(p));
        } else {
          update((state) => void (state.twoFactor[p] = { ...wait, phase: 'support' }));
          announce(firing, notes.support(p));
        }
        changed();
      },
      // A successful login ends the code wait.
      onPortalLoggedIn: end,
      stop(p) {
        if (!read().twoFactor[p]) throw noTimerToStop(say('codeWaitTimer', { portal: name(p) }));
        end(p);
      },
      actions: {
        startTwoFactorWait(p: PortalId) {
          const now = clock.now();
          update((state) => void (state.twoFactor[p] = { requestedAt: now, phase: 'waiting' }));
          scheduler.set(tipId('spam', p), { kind: SCHEDULER_KIND, at: now + TWO_FACTOR_SPAM_TIP_MS, data: { portalId: p, stage: 'spam' } });
          scheduler.set(tipId('support', p), { kind: SCHEDULER_KIND, at: now + TWO_FACTOR_SUPPORT_TIP_MS, data: { portalId: p, stage: 'support' } });
          return changed();
        },
      },
    };
  },
});
