import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';
import { SESSION_WARNING_MS, TWO_FACTOR_SPAM_TIP_MS, TWO_FACTOR_SUPPORT_TIP_MS, type TimerSettings, type TimersView } from '../../../shared/ipc/timers';
import { calendarDateOf, daysBetween, formatClockTime, type ZoneOptions } from '../../../shared/timers/time';
import type { Clock, Logger, NotificationAdapter } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { staticPolicy, type EffectivePolicy } from '../policy/service';
import { timerMessages, type Note } from './messages';
import { ROTATION_KIND, rotationItems, syncRotation, type ExtraCredential } from './rotation';
import type { Firing, Scheduler } from './scheduler';
import { readSettings, readState, type TimersState, type TimersStore } from './state';

export interface TimersServiceDeps {
  clock: Clock;
  scheduler: Scheduler;
  store: TimersStore;
  notifications: NotificationAdapter;
  logger?: Logger;
  /** More credentials whose last-changed date counts for rotation (the vault plugs in here). */
  extraCredentials?: () => ExtraCredential[];
  /** For tests; the system zone otherwise. */
  zone?: ZoneOptions;
  /** Practice policy: PortalInactivityMinutes fixes the session length of the portals it lists. */
  policy?: EffectivePolicy;
}

/** Scheduler kinds this service owns. */
export const TIMER_KINDS = { session: 'portal-session', lockout: 'lockout', twoFactor: 'two-factor', rotation: ROTATION_KIND } as const;
const MAX_AWAY_NOTICES = 20;

const id = {
  sessionWarn: (p: PortalId) => `session-warn:${p}`,
  sessionEnd: (p: PortalId) => `session-end:${p}`,
  lockoutEnd: (p: PortalId) => `lockout-end:${p}`,
  spamTip: (p: PortalId) => `2fa-spam:${p}`,
  supportTip: (p: PortalId) => `2fa-support:${p}`,
};

/**
 * Portal session, lockout, two-factor wait and password rotation timers on top of the
 * scheduler. Every change saves, tells listeners (the IPC layer emits `timers:changed`), and
 * every firing raises a system notification.
 */
export function createTimersService(deps: TimersServiceDeps) {
  const { clock, scheduler, store } = deps;
  const policy = deps.policy ?? staticPolicy();
  /** The saved settings with what the practice policy fixes laid over them. */
  const settingsInForce = (): TimerSettings => {
    const saved = readSettings(store);
    return { ...saved, sessionMinutes: { ...saved.sessionMinutes, ...policy.fixed('PortalInactivityMinutes') } };
  };
  const messages = timerMessages(deps.zone);
  const changeListeners = new Set<(view: TimersView) => void>();
  const name = (p: PortalId) => PORTAL_NAMES[p];
  const at = (instant: number) => formatClockTime(instant, { ...deps.zone, now: clock.now() });

  const update = (change: (state: TimersState) => void) => {
    const state = readState(store);
    change(state);
    store.set('state', state);
  };
  const changed = () => {
    const current = view();
    for (const listener of changeListeners) listener(current);
    return current;
  };
  const announce = (firing: Firing, note: Note) => {
    const shown = firing.whileAway ? messages.away(note) : note;
    deps.notifications.notify(shown);
    if (firing.whileAway) {
      update((state) => {
        state.away = [...state.away, { id: `${firing.entry.id}@${firing.entry.at}`, ...shown, at: firing.entry.at }].slice(-MAX_AWAY_NOTICES);
      });
    }
  };
  const portalOf = (firing: Firing) => firing.entry.data?.portalId as PortalId;
  let extraCredentials = deps.extraCredentials ?? (() => []);
  const items = () => rotationItems(readState(store), settingsInForce(), extraCredentials(), deps.zone?.timeZone);
  const resync = () => syncRotation(scheduler, items(), readState(store).rotationNotified);

  function view(): TimersView {
    const state = readState(store);
    const settings = settingsInForce();
    const entries = <T>(record: Partial<Record<PortalId, T>>) => Object.entries(record) as [PortalId, T][];
    return {
      now: clock.now(),
      sessions: entries(state.sessions).map(([portalId, s]) => ({ portalId, ...s, warnAt: s.endsAt - SESSION_WARNING_MS })),
      lockouts: entries(state.lockouts).map(([portalId, l]) => ({ portalId, ...l })),
      failedLogins: entries(state.failedLogins)
        .filter(([, f]) => f.count > 0)
        .map(([portalId, f]) => ({ portalId, count: f.count, threshold: settings.lockoutAttempts })),
      twoFactor: entries(state.twoFactor).map(([portalId, t]) => ({
        portalId,
        ...t,
        spamTipAt: t.requestedAt + TWO_FACTOR_SPAM_TIP_MS,
        supportTipAt: t.requestedAt + TWO_FACTOR_SUPPORT_TIP_MS,
      })),
      rotation: items().map(({ changedAt: _changedAt, ...item }) => item),
      away: state.away,
      settings,
    };
  }

  // --- firings -------------------------------------------------------------------------------
  scheduler.on(TIMER_KINDS.session, (firing) => {
    const p = portalOf(firing);
    const session = readState(store).sessions[p];
    if (!session || session.phase === 'ended') return;
    if (firing.entry.data?.stage === 'warn') {
      // Warning and end both passed (asleep, closed): only the end is worth saying.
      if (firing.now >= session.endsAt) return;
      update((state) => void (state.sessions[p] = { ...session, phase: 'warned' }));
      announce(firing, messages.sessionWarning(p, session.endsAt, firing.now));
    } else {
      update((state) => void (state.sessions[p] = { ...session, phase: 'ended' }));
      announce(firing, messages.sessionEnded(p, session.endsAt, firing.now));
    }
    changed();
  });

  scheduler.on(TIMER_KINDS.lockout, (firing) => {
    const p = portalOf(firing);
    const lockout = readState(store).lockouts[p];
    if (!lockout || lockout.phase === 'ended') return;
    update((state) => void (state.lockouts[p] = { ...lockout, phase: 'ended' }));
    announce(firing, messages.lockoutOver(p, lockout.minutes));
    changed();
  });

  scheduler.on(TIMER_KINDS.twoFactor, (firing) => {
    const p = portalOf(firing);
    const wait = readState(store).twoFactor[p];
    if (!wait) return;
    const supportDue = firing.now >= wait.requestedAt + TWO_FACTOR_SUPPORT_TIP_MS;
    if (firing.entry.data?.stage === 'spam') {
      if (wait.phase !== 'waiting') return;
      update((state) => void (state.twoFactor[p] = { ...wait, phase: supportDue ? 'support' : 'spam' }));
      // The 10-minute step is also due: let its firing speak, not both.
      if (!supportDue) announce(firing, messages.twoFactorSpam(p));
    } else {
      update((state) => void (state.twoFactor[p] = { ...wait, phase: 'support' }));
      announce(firing, messages.twoFactorSupport(p));
    }
    changed();
  });

  scheduler.on(TIMER_KINDS.rotation, (firing) => {
    const key = String(firing.entry.data?.key);
    const stage = firing.entry.data?.stage === 'warn' ? 'warn' : 'due';
    const item = items().find((candidate) => candidate.key === key);
    if (!item || item.dueOn !== firing.entry.data?.dueOn) return;
    const today = calendarDateOf(firing.now, deps.zone?.timeZone);
    const dueAlready = daysBetween(today, item.dueOn) <= 0;
    update((state) => {
      state.rotationNotified[key] = { ...state.rotationNotified[key], [stage]: item.dueOn, ...(dueAlready ? { warn: item.dueOn } : {}) };
    });
    if (stage === 'due') announce(firing, messages.rotationDue(item.label, item.dueOn));
    else if (!dueAlready) announce(firing, messages.rotationSoon(item.label, item.dueOn, daysBetween(today, item.dueOn)));
    changed();
  });

  // Start, resume, clock jumps and test clock moves: the renderer re-reads main time.
  scheduler.onRecompute(() => changed());

  // --- actions -------------------------------------------------------------------------------
  function startSession(p: PortalId) {
    const now = clock.now();
    const minutes = settingsInForce().sessionMinutes[p];
    const endsAt = now + minutes * 60_000;
    update((state) => void (state.sessions[p] = { startedAt: now, endsAt, minutes, phase: 'running' }));
    scheduler.set(id.sessionWarn(p), { kind: TIMER_KINDS.session, at: endsAt - SESSION_WARNING_MS, data: { portalId: p, stage: 'warn' } });
    scheduler.set(id.sessionEnd(p), { kind: TIMER_KINDS.session, at: endsAt, data: { portalId: p, stage: 'end' } });
  }

  function startLockout(p: PortalId, minutes: 15 | 30) {
    const now = clock.now();
    const endsAt = now + minutes * 60_000;
    update((state) => {
      state.lockouts[p] = { startedAt: now, endsAt, minutes, phase: 'running' };
      delete state.failedLogins[p];
    });
    scheduler.set(id.lockoutEnd(p), { kind: TIMER_KINDS.lockout, at: endsAt, data: { portalId: p } });
  }

  function stopTwoFactor(p: PortalId) {
    update((state) => void delete state.twoFactor[p]);
    scheduler.clear(id.spamTip(p));
    scheduler.clear(id.supportTip(p));
  }

  function stopSession(p: PortalId) {
    update((state) => void delete state.sessions[p]);
    scheduler.clear(id.sessionWarn(p));
    scheduler.clear(id.sessionEnd(p));
  }

  function stopLockout(p: PortalId) {
    update((state) => void delete state.lockouts[p]);
    scheduler.clear(id.lockoutEnd(p));
  }

  const noTimer = (what: string) =>
    new UserFacingError('not_found', `There is no ${what} timer to stop, so nothing was changed.`);

  return {
    view,
    onChange(listener: (view: TimersView) => void) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    /** Plugs in more credentials for rotation (the vault's entries with their last-changed dates). */
    setCredentialProvider(provider: () => ExtraCredential[]) {
      extraCredentials = provider;
      resync();
      return changed();
    },
    /** Call when the vault's credentials or dates change, so rotation reminders follow. */
    resyncRotation() {
      resync();
      return changed();
    },

    portalLoggedIn(p: PortalId) {
      startSession(p);
      // A successful login ends any lockout wait, failed-attempt count and code wait for the portal.
      stopLockout(p);
      stopTwoFactor(p);
      update((state) => void delete state.failedLogins[p]);
      return changed();
    },
    stillWorking(p: PortalId) {
      const session = readState(store).sessions[p];
      if (!session) throw noTimer(`${name(p)} session`);
      if (session.phase === 'ended') {
        throw new UserFacingError(
          'conflict',
          `The ${name(p)} session timer already ran out at ${at(session.endsAt)}. If you are still logged in, choose "I'm logged in" to start it again.`,
        );
      }
      startSession(p);
      return changed();
    },
    loggedOut(p: PortalId) {
      if (!readState(store).sessions[p]) throw noTimer(`${name(p)} session`);
      stopSession(p);
      return changed();
    },
    recordFailedLogin(p: PortalId) {
      const state = readState(store);
      const lockout = state.lockouts[p];
      if (lockout?.phase === 'running') {
        throw new UserFacingError(
          'conflict',
          `${name(p)} is already in a lockout wait until ${at(lockout.endsAt)}. Trying again before then may keep the account locked.`,
        );
      }
      const settings = settingsInForce();
      const attempts = (state.failedLogins[p]?.count ?? 0) + 1;
      const lockoutStarted = attempts >= settings.lockoutAttempts;
      if (lockoutStarted) startLockout(p, settings.lockoutMinutes);
      else update((next) => void (next.failedLogins[p] = { count: attempts, lastAt: clock.now() }));
      return { attempts, lockoutStarted, view: changed() };
    },
    startLockout(p: PortalId, minutes?: 15 | 30) {
      startLockout(p, minutes ?? settingsInForce().lockoutMinutes);
      return changed();
    },
    start2faWait(p: PortalId) {
      const now = clock.now();
      update((state) => void (state.twoFactor[p] = { requestedAt: now, phase: 'waiting' }));
      scheduler.set(id.spamTip(p), { kind: TIMER_KINDS.twoFactor, at: now + TWO_FACTOR_SPAM_TIP_MS, data: { portalId: p, stage: 'spam' } });
      scheduler.set(id.supportTip(p), { kind: TIMER_KINDS.twoFactor, at: now + TWO_FACTOR_SUPPORT_TIP_MS, data: { portalId: p, stage: 'support' } });
      return changed();
    },
    stop(kind: 'session' | 'lockout' | 'twoFactor', p: PortalId) {
      const state = readState(store);
      if (kind === 'session') {
        if (!state.sessions[p]) throw noTimer(`${name(p)} session`);
        stopSession(p);
      } else if (kind === 'lockout') {
        if (!state.lockouts[p]) throw noTimer(`${name(p)} lockout`);
        stopLockout(p);
      } else {
        if (!state.twoFactor[p]) throw noTimer(`${name(p)} code wait`);
        stopTwoFactor(p);
      }
      return changed();
    },
    setPasswordChanged(p: PortalId, date: string | null) {
      if (date !== null && daysBetween(calendarDateOf(clock.now(), deps.zone?.timeZone), date) > 0) {
        throw new UserFacingError('invalid_input', 'That date is in the future. Enter the day the password was last changed.', {
          date: 'The date cannot be in the future.',
        });
      }
      update((state) => {
        if (date === null) delete state.passwordChanged[p];
        else state.passwordChanged[p] = date;
      });
      // Stages already past when the user enters the date are on screen now: no notification for them.
      const item = items().find((candidate) => candidate.key === `portal:${p}`);
      if (item) {
        const today = calendarDateOf(clock.now(), deps.zone?.timeZone);
        update((state) => {
          state.rotationNotified[item.key] = {
            ...(daysBetween(today, item.warnFrom) <= 0 ? { warn: item.dueOn } : {}),
            ...(daysBetween(today, item.dueOn) <= 0 ? { due: item.dueOn } : {}),
          };
        });
      }
      resync();
      return changed();
    },
    dismissAway() {
      update((state) => void (state.away = []));
      return changed();
    },
    getSettings: () => settingsInForce(),
    setSettings(next: TimerSettings) {
      const fixed = policy.fixed('PortalInactivityMinutes') ?? {};
      const saved = readSettings(store).sessionMinutes;
      const refused: Record<string, string> = {};
      for (const [p, minutes] of Object.entries(fixed) as [PortalId, number][]) {
        if (next.sessionMinutes[p] !== minutes) refused[`sessionMinutes.${p}`] = `The ${name(p)} session length is set by your practice's IT: ${minutes} minutes.`;
      }
      if (Object.keys(refused).length > 0) {
        throw new UserFacingError('forbidden', "Not saved: your practice's IT sets some session lengths, and they cannot be changed here.", refused);
      }
      // Running timers keep the end they were started with; new lengths apply from the next start.
      // Under a policy the saved length stays as it was, for when IT lifts it.
      store.set('settings', { ...next, sessionMinutes: { ...next.sessionMinutes, ...Object.fromEntries(Object.keys(fixed).map((p) => [p, saved[p as PortalId]])) } });
      resync();
      return changed();
    },
  };
}
export type TimersService = ReturnType<typeof createTimersService>;
