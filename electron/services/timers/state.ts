import { z } from 'zod';
import type { PortalId } from '../../../shared/content/ids';
import { DEFAULT_TIMER_SETTINGS, timerSettings, type TimerSettings } from '../../../shared/ipc/timers';
import type { KeyValueStore } from '../../adapters/types';
import { KIND_STATE } from './kinds';
import type { TimerEntry } from './scheduler';

/** What the timer service keeps on disk (besides the scheduler's deadlines): each kind's fields and the away notices. No secrets, ever. */
export const timersState = z.object({
  ...KIND_STATE,
  away: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), at: z.number() })).catch([]),
});
export type TimersState = z.infer<typeof timersState>;

/** Every field falls back to empty. */
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

export function readSettings(store: TimersStore): TimerSettings {
  const raw = store.get('settings') as Partial<TimerSettings> | undefined;
  const merged = { ...DEFAULT_TIMER_SETTINGS, ...raw, sessionMinutes: { ...DEFAULT_TIMER_SETTINGS.sessionMinutes, ...raw?.sessionMinutes } };
  const parsed = timerSettings.safeParse(merged);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_TIMER_SETTINGS);
}

export type { PortalId };
