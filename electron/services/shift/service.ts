import type { ShiftPreview } from '../../../shared/ipc/shift';
import type { AuditLog } from '../audit/service';
import type { VaultService } from '../vault/service';

/** The portal windows' part of ending a shift; the portals service implements it. */
export interface PortalSessions {
  /** How many portal windows this profile has open. */
  openWindows(profileId: string): number;
  /** Closes this profile's portal windows and wipes their sessions (cookies, storage, cache). */
  closeAndWipe(profileId: string): Promise<{ closed: string[] }>;
}

/**
 * End my shift: one action that leaves nothing of one staff member for the next — their portal
 * windows closed and wiped, their PIN forgotten, a copied secret cleared, the vault locked — and
 * an audit record of it. `preview` says first what will close.
 */
export function createShiftService(deps: {
  vault: Pick<VaultService, 'shiftState' | 'endShift' | 'status'>;
  audit: Pick<AuditLog, 'record'>;
  portalSessions: PortalSessions;
}) {
  return {
    async preview(): Promise<ShiftPreview> {
      const { profileId, name, clipboardHoldsSecret, pinSet } = await deps.vault.shiftState();
      return { name, clipboardHoldsSecret, pinSet, portalWindows: deps.portalSessions.openWindows(profileId) };
    },

    async end() {
      const { profileId } = await deps.vault.shiftState(); // throws "locked" when no shift is open
      // Portal windows first, while the profile is still known to be the one signed in.
      const { closed } = await deps.portalSessions.closeAndWipe(profileId);
      const { clipboardCleared } = await deps.vault.endShift(profileId);
      deps.audit.record({
        event: 'shift-end',
        profileId,
        detail: { portalWindowsClosed: String(closed.length), clipboard: clipboardCleared ? 'cleared' : 'untouched' },
      });
      return { status: await deps.vault.status(), portalWindowsClosed: closed.length, clipboardCleared };
    },
  };
}
export type ShiftService = ReturnType<typeof createShiftService>;
