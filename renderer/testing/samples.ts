import { DEFAULT_TIMER_SETTINGS, type TimersView } from '../../shared/ipc/timers';
import type { EntrySummary } from '../../shared/ipc/vault';

/** Ann's saved Practice Mate login as the renderer lists it (never a password). */
export const practiceMateEntry = (over: Partial<EntrySummary> = {}): EntrySummary => ({
  id: 'entry-000001',
  damaged: false,
  kind: 'portal',
  title: 'Practice Mate',
  portal: 'practice-mate',
  customName: '',
  url: '',
  host: '',
  port: null,
  username: 'ann.frontdesk',
  notes: '',
  passwordChangedAt: 0,
  updatedAt: 0,
  ...over,
});

/** The timers view with nothing running, at `now`, with `over` on top. */
export const timersView = (now: number, over: Partial<TimersView> = {}): TimersView => ({
  now,
  sessions: [],
  lockouts: [],
  failedLogins: [],
  twoFactor: [],
  rotation: [],
  away: [],
  settings: DEFAULT_TIMER_SETTINGS,
  ...over,
});
