import type { PortalId } from '../../../shared/content/ids';
import type { TimerSettings, TimerStopKind, TimersView } from '../../../shared/ipc/timers';
import type { Locale } from '../../../shared/i18n/locales';
import type { ZoneOptions } from '../../../shared/timers/time';
import type { Adapters, Clock, Logger, NotificationAdapter } from '../../adapters/types';
import type { AdjustableClock } from '../clock';
import { UserFacingError } from '../errors';
import { staticPolicy, type EffectivePolicy } from '../policy/service';
import type { RotationDates } from '../rotationDates';
import type { KindContext } from './kinds/kind';
import { TIMER_KINDS, type KindActions, type KindViews } from './kinds';
import { awayNote, timerWords } from './messages';
import { Scheduler } from './scheduler';
import { readSettings, readState, type TimersState, type TimersStore } from './state';
import { settingsMessages } from '../../../shared/i18n/main/settings';
import { sayerFor } from '../say';
const saySettings = sayerFor(settingsMessages);

export { TIMERS_FILE_DEFAULTS, TIMERS_FILE_SHAPE } from './state';

export interface TimersServiceDeps {
  clock: Clock;
  scheduler: Scheduler;
  store: TimersStore;
  notifications: NotificationAdapter;
  /** The vault's saved logins' change dates, for the rotation reminders (followed as they change). */
  rotationDates: RotationDates;
  /** For tests; the system zone otherwise. */
  zone?: ZoneOptions;
  /** Practice policy: PortalInactivityMinutes fixes the session length of the portals it lists. */
  policy?: EffectivePolicy;
  /** The language in force (the language service), read each time a notification is written; English when absent. */
  locale?: () => Locale;
}

const MAX_AWAY_NOTICES = 20;

/**
 * The timer kinds (kinds/index.ts) on top of the scheduler, and what they share: the saved state,
 * notifications and "while you were away" notices, and change events — every change saves and
 * tells listeners (the IPC layer emits `timers:changed`).
 */
export function createTimersService(deps: TimersServiceDeps) {
  const { clock, scheduler, store } = deps;
  const changeListeners = new Set<(view: TimersView) => void>();
  const policy = deps.policy ?? staticPolicy();
  /** The saved settings with what the practice policy fixes laid over them. */
  const settingsInForce = (): TimerSettings => {
    const saved = readSettings(store);
    return { ...saved, sessionMinutes: { ...saved.sessionMinutes, ...policy.fixed('PortalInactivityMinutes') } };
  };

  const words = timerWords(deps.zone, deps.locale);
  const update = (change: (state: TimersState) => void) => {
    const state = readState(store);
    change(state);
    store.set('state', state);
  };
  const context: KindContext<TimersState> = {
    clock,
    scheduler,
    rotationDates: deps.rotationDates,
    zone: deps.zone,
    words,
    read: () => readState(store),
    update,
    settings: settingsInForce,
    announce(firing, note) {
      const shown = firing.whileAway ? awayNote(note, words) : note;
      deps.notifications.notify(shown);
      if (firing.whileAway) {
        update((state) => {
          state.away = [...state.away, { id: `${firing.entry.id}@${firing.entry.at}`, ...shown, at: firing.entry.at }].slice(-MAX_AWAY_NOTICES);
        });
      }
    },
    changed,
  };
  const kinds = TIMER_KINDS.map((kind) => ({ ...kind, ...kind.create(context) }));

  function view(): TimersView {
    const state = readState(store);
    const settings = settingsInForce();
    const slices = Object.assign({}, ...kinds.map((kind) => kind.view(state, settings))) as KindViews;
    return { now: clock.now(), ...slices, away: state.away, settings };
  }
  function changed() {
    const current = view();
    for (const listener of changeListeners) listener(current);
    return current;
  }

  for (const kind of kinds) scheduler.on(kind.schedulerKind, kind.onFire);
  // Start, resume, clock jumps and test clock moves: the renderer re-reads main time.
  scheduler.onRecompute(() => changed());

  return {
    view,
    onChange(listener: (view: TimersView) => void) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    ...(Object.assign({}, ...kinds.map((kind) => kind.actions)) as KindActions),
    /** Starts (or restarts) the portal's session; ends its lockout, failed-login count and code wait. */
    portalLoggedIn(p: PortalId) {
      for (const kind of kinds) kind.onPortalLoggedIn?.(p);
      return changed();
    },
    stop(stopKind: TimerStopKind, p: PortalId) {
      kinds.find((kind) => kind.stopKind === stopKind)?.stop?.(p);
      return changed();
    },
    dismissAway() {
      update((state) => void (state.away = []));
      return changed();
    },
    getSettings: settingsInForce,
    setSettings(next: TimerSettings) {
      const fixed = policy.fixed('PortalInactivityMinutes') ?? {};
      const saved = readSettings(store).sessionMinutes;
      const refused: Record<string, string> = {};
      for (const [p, minutes] of Object.entries(fixed) as [PortalId, number][]) {
        if (next.sessionMinutes[p] !== minutes)
          refused[`sessionMinutes.${p}`] = saySettings('sessionLengthFixed', { portal: context.words.name(p), minutes: saySettings.count('minutes', minutes) });
      }
      if (Object.keys(refused).length > 0) {
        throw new UserFacingError('forbidden', saySettings('notSavedSessions'), refused);
      }
      // Running timers keep the end they were started with; new lengths apply from the next start.
      // Under a policy the saved length stays as it was, for when IT lifts it.
      store.set('settings', {
        ...next,
        sessionMinutes: { ...next.sessionMinutes, ...Object.fromEntries(Object.keys(fixed).map((p) => [p, saved[p as PortalId]])) },
      });
      for (const kind of kinds) kind.onSettingsChanged?.();
      return changed();
    },
    /** What the practice policy fixes changed: kinds that follow the settings re-read them, and the view is sent anew. */
    settingsInForceChanged() {
      for (const kind of kinds) kind.onSettingsChanged?.();
      return changed();
    },
    dispose() {
      for (const kind of kinds) kind.dispose?.();
    },
  };
}
export type TimersService = ReturnType<typeof createTimersService>;

/**
 * Builds the scheduler (persisted in the 'timers' store) and the timer service, then starts
 * ticking: deadlines that passed while AllyDesk was closed fire now, once, "while you were away".
 * `scheduler` is exposed for other services (vault auto-lock); see scheduler.ts for its API.
 */
export function createTimers(deps: {
  clock: AdjustableClock;
  store: TimersStore;
  adapters: Pick<Adapters, 'notifications' | 'power'>;
  logger: Logger;
  rotationDates: RotationDates;
  policy?: EffectivePolicy;
  locale?: () => Locale;
}) {
  const { clock, store, adapters, logger } = deps;
  const scheduler = new Scheduler({
    clock,
    store: { load: () => store.get('schedule'), save: (entries) => store.set('schedule', entries) },
    power: adapters.power,
    logger,
  });
  const service = createTimersService({
    clock,
    scheduler,
    store,
    notifications: adapters.notifications,
    rotationDates: deps.rotationDates,
    policy: deps.policy,
    locale: deps.locale,
  });
  scheduler.start();
  return {
    scheduler,
    service,
    stop() {
      scheduler.stop();
      service.dispose();
    },
  };
}
export type Timers = ReturnType<typeof createTimers>;
