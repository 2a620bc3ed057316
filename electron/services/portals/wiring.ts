import { PORTAL_NAMES } from '../../../shared/content/ids';
import type { TimersView } from '../../../shared/ipc/timers';
import type { PortalWindowsAdapter } from '../../adapters/types';
import { UserFacingError } from '../errors';
import type { TimersService } from '../timers/service';
import type { PortalTimers, PortalsService } from './service';
import { say } from './say';

/** The timers service as the portals service needs it: start on login, restart on real input, stop, wait for a code, set the learned length. */
export function portalTimersFrom(timers: TimersService): PortalTimers {
  const session = (p: string) => timers.view().sessions.find((s) => s.portalId === p);
  return {
    loggedIn: (p) => void timers.portalLoggedIn(p),
    activity: (p) => {
      const current = session(p);
      // A timer that ran out while the window was still signed in guessed too short: start it again.
      if (current && current.phase !== 'ended') timers.stillWorking(p);
      else timers.portalLoggedIn(p);
    },
    loggedOut: (p) => void (session(p) && timers.loggedOut(p)),
    codeRequested: (p) => void timers.startTwoFactorWait(p),
    setSessionMinutes: (p, minutes) => {
      const settings = timers.getSettings();
      timers.setSettings({ ...settings, sessionMinutes: { ...settings.sessionMinutes, [p]: minutes } });
    },
  };
}

/** The inactivity warning as a bar inside the portal's window, while the timer says "warned". */
export function portalWarningBars(portals: PortalsService, view: TimersView) {
  for (const p of ['service-center', 'practice-mate', 'ehr', 'patient-ally'] as const) {
    const s = view.sessions.find((session) => session.portalId === p);
    const minutes = s ? Math.max(1, Math.ceil((s.endsAt - view.now) / 60_000)) : 0;
    portals.sessionWarning(
      p,
      s?.phase === 'warned'
        ? `${PORTAL_NAMES[p]} will log you out in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity — save your work.`
        : null,
    );
  }
}

/** Where no portal window can open (no adapter given): every action says so plainly. */
export function unavailablePortalWindows(): PortalWindowsAdapter {
  const refuse = async (): Promise<never> => {
    throw new UserFacingError('unavailable', say('windowsUnavailable'));
  };
  return {
    open: refuse,
    isOpen: () => false,
    currentUrl: () => null,
    fill: refuse,
    clear: refuse,
    wipe: async () => undefined,
    showBar: () => undefined,
    close: async () => undefined,
    onEvent: () => () => undefined,
    dispose: async () => undefined,
    navigate: refuse,
    setZoom: refuse,
    find: refuse,
    stopFind: refuse,
    print: refuse,
    savePdf: refuse,
  };
}
