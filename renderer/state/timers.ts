import { PORTAL_NAMES, type PortalId } from '../../shared/content/ids';
import { create } from 'zustand';
import type { Channel, Input, Output } from '../../shared/ipc';
import { type TimerSettings, type TimerStopKind, type TimersView } from '../../shared/ipc/timers';
import type { AppErrorInfo } from '../../shared/result';
import { bridge } from '../bridge';
import { withoutData, type Result } from './result';

interface TimersState {
  view: TimersView | null;
  /** Main time minus page time when the view arrived: countdowns follow main's clock. */
  offset: number;
  /** The last state change, for the polite live region (never the ticking seconds). */
  announcement: string;
  /** The last failed request, keyed by what the user was doing ('actions', 'settings', 'rotation:<portal>'). */
  errors: Record<string, AppErrorInfo | undefined>;
  connect(): () => void;
  load(): Promise<void>;
  // Each action is named after its channel (`timers:<action>`) and returns main's reply without its data.
  portalLoggedIn(portalId: PortalId): Promise<Result<void>>;
  stillWorking(portalId: PortalId): Promise<Result<void>>;
  loggedOut(portalId: PortalId): Promise<Result<void>>;
  recordFailedLogin(portalId: PortalId): Promise<Result<void>>;
  startTwoFactorWait(portalId: PortalId): Promise<Result<void>>;
  stop(kind: TimerStopKind, portalId: PortalId): Promise<Result<void>>;
  setPasswordChanged(portalId: PortalId, date: string | null): Promise<Result<void>>;
  setSettings(settings: TimerSettings): Promise<Result<void>>;
  dismissAway(): Promise<Result<void>>;
}

/** Phase per timer, to announce only what changed. */
function phases(view: TimersView): Map<string, string> {
  const map = new Map<string, string>();
  const name = (p: PortalId) => PORTAL_NAMES[p];
  for (const s of view.sessions) {
    map.set(
      `session:${s.portalId}`,
      {
        running: `${name(s.portalId)} session timer running.`,
        warned: `Save your work in ${name(s.portalId)}: the session may end in 2 minutes.`,
        ended: `${name(s.portalId)} session may have ended.`,
      }[s.phase],
    );
  }
  for (const l of view.lockouts) {
    map.set(`lockout:${l.portalId}`, l.phase === 'running' ? `${name(l.portalId)} lockout wait started.` : `You can try ${name(l.portalId)} again.`);
  }
  for (const t of view.twoFactor) {
    map.set(
      `twoFactor:${t.portalId}`,
      {
        waiting: `Waiting for the ${name(t.portalId)} code.`,
        spam: `No ${name(t.portalId)} code yet: check your spam or junk folder.`,
        support: `Still no ${name(t.portalId)} code: check your contact details or call support.`,
      }[t.phase],
    );
  }
  return map;
}

function describeChanges(before: TimersView | null, after: TimersView): string {
  const old = before ? phases(before) : new Map<string, string>();
  return [...phases(after)]
    .filter(([key, text]) => old.get(key) !== text)
    .map(([, text]) => text)
    .join(' ');
}

export const useTimers = create<TimersState>((set, get) => {
  const accept = (view: TimersView) => {
    const announcement = describeChanges(get().view, view);
    set({ view, offset: view.now - Date.now(), ...(announcement ? { announcement } : {}) });
  };
  /** Calls main; on success shows the new view, on failure keeps the message for `errorKey`. */
  const call = async <C extends Channel>(errorKey: string, channel: C, input: Input<C>, pick: (data: Output<C>) => TimersView) => {
    const result = await bridge().invoke(channel, input);
    if (!result.ok) {
      set((state) => ({ errors: { ...state.errors, [errorKey]: result.error } }));
      return withoutData(result);
    }
    set((state) => ({ errors: { ...state.errors, [errorKey]: undefined } }));
    accept(pick(result.data));
    return withoutData(result);
  };
  const same = (data: TimersView) => data;
  let connections = 0;
  let off: (() => void) | null = null;

  return {
    view: null,
    offset: 0,
    announcement: '',
    errors: {},
    connect() {
      connections += 1;
      off ??= bridge().on('timers:changed', accept);
      return () => {
        connections -= 1;
        if (connections === 0) {
          off?.();
          off = null;
        }
      };
    },
    async load() {
      const result = await bridge().invoke('timers:list', undefined);
      if (result.ok) set({ view: result.data, offset: result.data.now - Date.now() });
      else set((state) => ({ errors: { ...state.errors, actions: result.error } }));
    },
    portalLoggedIn: (portalId) => call('actions', 'timers:portalLoggedIn', { portalId }, same),
    stillWorking: (portalId) => call(`session:${portalId}`, 'timers:stillWorking', { portalId }, same),
    loggedOut: (portalId) => call(`session:${portalId}`, 'timers:loggedOut', { portalId }, same),
    recordFailedLogin: (portalId) => call('actions', 'timers:recordFailedLogin', { portalId }, (data) => data.view),
    startTwoFactorWait: (portalId) => call('actions', 'timers:startTwoFactorWait', { portalId }, same),
    stop: (kind, portalId) => call(`${kind}:${portalId}`, 'timers:stop', { kind, portalId }, same),
    setPasswordChanged: (portalId, date) => call(`rotation:${portalId}`, 'timers:setPasswordChanged', { portalId, date }, same),
    setSettings: (settings) => call('settings', 'timers:setSettings', settings, same),
    dismissAway: () => call('away', 'timers:dismissAway', undefined, same),
  };
});
