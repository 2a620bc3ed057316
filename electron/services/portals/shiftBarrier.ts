import { PORTAL_NAMES } from '../../../shared/content/ids';
import { WINDOW_PORTAL_IDS, type WindowPortalId } from '../../../shared/ipc/portals';
import type { Logger, PortalWindowsAdapter } from '../../adapters/types';
import { shiftEndedWhileOpening } from './phrases';
import type { PortalTimers, WindowState } from './types';

/** How long End my shift waits for one portal window to close and its session to go before it says so. */
export const SHIFT_WIPE_TIMEOUT_MS = 20_000;

/** A staff member's window and saved session for a portal: one each, never shared. */
export const sessionOf = (profileId: string, portalId: WindowPortalId) => ({ key: `${profileId}:${portalId}`, sessionName: `${profileId}-${portalId}` });

/**
 * End my shift as a barrier for portal windows. Anything that may bring up a staff member's window
 * (open, log in, clear) notes the shift it started in; when that shift has ended by the time the
 * window is up, the window is closed, its session wiped and the caller told — so no window and no
 * session folder outlives the shift, whatever the timing. Ending the shift closes and wipes every
 * portal of that person at once, each within a time limit, and names those that could not be.
 */
export function createShiftBarrier(deps: {
  windows: PortalWindowsAdapter;
  states: Map<string, WindowState>;
  timers: Pick<PortalTimers, 'loggedOut'>;
  changed: () => void;
  wipeTimeoutMs?: number;
  logger?: Logger;
}) {
  const { windows, states } = deps;
  /** How many times each profile's shift has ended. */
  const shiftEnds = new Map<string, number>();
  const wipeTimeoutMs = deps.wipeTimeoutMs ?? SHIFT_WIPE_TIMEOUT_MS;

  /** One session's wipe, or why it did not finish in time. */
  async function wipeWithin(key: string, sessionName: string) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('TimeoutError')), wipeTimeoutMs)));
    try {
      await Promise.race([windows.wipe(key, sessionName), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /**
     * Before something that may open this person's window: the answer tells, afterwards, whether
     * their shift ended meanwhile. A private window (null) belongs to no shift.
     */
    watch(profileId: string | null) {
      if (profileId === null) return () => false;
      const before = shiftEnds.get(profileId) ?? 0;
      return () => (shiftEnds.get(profileId) ?? 0) !== before;
    },

    /** The shift ended while this window was coming up: it must not outlive the shift, nor its session. */
    async cancel(state: WindowState): Promise<never> {
      if (states.get(state.spec.key) === state) states.delete(state.spec.key);
      state.pending = null;
      try {
        if (state.spec.sessionName) await wipeWithin(state.spec.key, state.spec.sessionName);
      } catch (error) {
        deps.logger?.error('End my shift: a portal window that was opening was not closed', { error: error instanceof Error ? error.name : typeof error });
      }
      deps.changed();
      throw shiftEndedWhileOpening(PORTAL_NAMES[state.portalId], state.profileName ?? '');
    },

    /** End my shift: closes this staff member's portal windows (those still opening too) and deletes every saved portal session of theirs. */
    async closeAndWipe(profileId: string) {
      shiftEnds.set(profileId, (shiftEnds.get(profileId) ?? 0) + 1);
      const closed: string[] = [];
      const notClosed: string[] = [];
      // Every portal at once, each on its own: one that fails or hangs does not keep the others open.
      await Promise.all(
        WINDOW_PORTAL_IDS.map(async (portalId) => {
          const { key, sessionName } = sessionOf(profileId, portalId);
          const wasOpen = windows.isOpen(key);
          const state = states.get(key);
          if (state) {
            state.pending = null; // nothing more is filled into it, whatever happens next
            states.delete(key);
            // Its pop-ups go with its session (the adapter closes them as it wipes it).
            for (const [other, s] of states) if (s.popupOf === key) states.delete(other);
            deps.timers.loggedOut(portalId);
          }
          try {
            await wipeWithin(key, sessionName);
            if (wasOpen) closed.push(PORTAL_NAMES[portalId]);
          } catch (error) {
            notClosed.push(PORTAL_NAMES[portalId]);
            // Still open: it stays in the windows list, so the person sees what to close by hand.
            if (state && windows.isOpen(key) && !states.has(key)) states.set(key, state);
            deps.logger?.error('End my shift: a portal session was not wiped', { portalId, error: error instanceof Error ? error.name : typeof error });
          }
        }),
      );
      deps.changed();
      return { closed, notClosed };
    },
  };
}
export type ShiftBarrier = ReturnType<typeof createShiftBarrier>;
