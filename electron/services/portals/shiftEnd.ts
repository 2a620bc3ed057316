import { WINDOW_PORTAL_IDS } from '../../../shared/ipc/portals';
import type { PortalsContext } from './context';
import { sessionOf } from './opening';

/** End my shift: a staff member's portal windows closed and every saved portal session of theirs deleted. */
export function createShiftEnd(ctx: PortalsContext) {
  const { deps, windows, states, shiftEnds, name } = ctx;
  return {
    /** How many of this staff member's portal windows are open. */
    openWindows(profileId: string) {
      return [...states.values()].filter((state) => state.profileId === profileId && windows.isOpen(state.spec.key)).length;
    },
    async closeAndWipe(profileId: string) {
      shiftEnds.set(profileId, (shiftEnds.get(profileId) ?? 0) + 1);
      const closed: string[] = [];
      const notClosed: string[] = [];
      // Every portal at once, each on its own: one that fails does not keep the others open.
      await Promise.all(
        WINDOW_PORTAL_IDS.map(async (portalId) => {
          const { key, sessionName } = sessionOf(profileId, portalId);
          const wasOpen = windows.isOpen(key);
          if (states.delete(key)) deps.timers.loggedOut(portalId);
          try {
            await windows.wipe(key, sessionName);
            if (wasOpen) closed.push(name(portalId));
          } catch (error) {
            notClosed.push(name(portalId));
            deps.logger?.error('End my shift: a portal session was not wiped', { portalId, error: error instanceof Error ? error.name : typeof error });
          }
        }),
      );
      ctx.changed();
      return { closed, notClosed };
    },
  };
}
