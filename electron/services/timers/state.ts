import { z } from 'zod';
import { PORTAL_IDS, type PortalId } from '../../../shared/content/ids';
import { DEFAULT_TIMER_SETTINGS, timerSettings, type TimerSettings } from '../../../shared/ipc/timers';
import type { KeyValueStore } from '../../adapters/types';
import type { TimerEntry } from './scheduler';

const portalKey = z.enum(PORTAL_IDS);
const byPortal = <T extends z.ZodType>(value: T) => z.partialRecord(portalKey, value).catch({});

/** What the timer service keeps on disk (besides the scheduler's deadlines). No secrets, ever. */
export const timersState = z.object({
  sessions: byPortal(z.object({ startedAt: z.number(), endsAt: z.number(), minutes: z.number(), phase: z.enum(['running', 'warned', 'ended']) })),
  lockouts: byPortal(z.object({ startedAt: z.number(), endsAt: z.number(), minutes: z.number(), phase: z.enum(['running', 'ended']) })),
  twoFactor: byPortal(z.object({ requestedAt: z.number(), phase: z.enum(['waiting', 'spam', 'support']) })),
  failedLogins: byPortal(z.object({ count: z.number(), lastAt: z.number() })),
  /** Day each portal password was last changed, as the user entered it. */
  passwordChanged: byPortal(z.string()),
  /** Rotation stages already announced, per credential key: the due date they were for. */
  rotationNotified: z.record(z.string(), z.object({ warn: z.string().optional(), due: z.string().optional() })).catch({}),
  away: z.array(z.object({ id: z.string(), title: z.string(), body: z.string(), at: z.number() })).catch([]),
});
export type TimersState = z.infer<typeof timersState>;

export const EMPTY_STATE: TimersState = {
  sessions: {},
  lockouts: {},
  twoFactor: {},
  failedLogins: {},
  passwordChanged: {},
  rotationNotified: {},
  away: [],
};

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
