import { z } from '../../../shared/zod';
import type { PortalId } from '../../../shared/content/ids';
import { DEFAULT_TIMER_SETTINGS, timerSettings, type TimerSettings } from '../../../shared/ipc/timers';
import type { KeyValueStore } from '../../adapters/types';
import { KIND_STATE } from './kinds';
import type { StoreShape } from '../storage';
import { storedTimerEntry, type TimerEntry } from './scheduler';

/** What the timer service keeps on disk (besides the scheduler's deadlines): each kind's fields and the away notices. No secrets, ever. */
export const timersState = z.object({
  ...KIND_STATE,
  away: z._default(z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), at: z.number() })), []),
});
export type TimersState = z.infer<typeof timersState>;

/** Every part empty. */
export const EMPTY_STATE: TimersState = timersState.parse({});

/** The 'timers' store file: scheduler deadlines, service state, settings. */
export interface TimersFile extends Record<string, unknown> {
  schedule: TimerEntry[];
  state: TimersState;
  settings: TimerSettings;
}
export type TimersStore = KeyValueStore<TimersFile>;

export const TIMERS_FILE_DEFAULTS: TimersFile = { schedule: [], state: EMPTY_STATE, settings: DEFAULT_TIMER_SETTINGS };

/** Reads state and settings back through their schemas: a hand-edited file cannot break the app. */
export function readState(store: TimersStore): TimersState {
  const parsed = timersState.safeParse(store.get('state'));
  return parsed.success ? parsed.data : structuredClone(EMPTY_STATE);
}

/** Saved settings over the defaults: a file from before a setting (or a portal) existed still reads. */
const withDefaults = (raw: unknown) => {
  const saved = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<TimerSettings>;
  return { ...DEFAULT_TIMER_SETTINGS, ...saved, sessionMinutes: { ...DEFAULT_TIMER_SETTINGS.sessionMinutes, ...saved.sessionMinutes } };
};

export function readSettings(store: TimersStore): TimerSettings {
  const parsed = timerSettings.safeParse(withDefaults(store.get('settings')));
  return parsed.success ? parsed.data : structuredClone(DEFAULT_TIMER_SETTINGS);
}

/**
 * What the timers file must hold, checked on open (see openStore): a file that fails is moved aside
 * and the user told, rather than its settings (say 5 lockout attempts) quietly becoming defaults.
 * A damaged saved timer is moved aside on its own; the other timers keep running.
 */
export const TIMERS_FILE_SHAPE: StoreShape<TimersFile> = {
  schema: z.object({
    schedule: z.array(storedTimerEntry),
    state: timersState,
    settings: z.pipe(z.transform(withDefaults), timerSettings),
  }),
  rows: { schedule: storedTimerEntry },
};

export type { PortalId };
