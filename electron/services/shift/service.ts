import type { ShiftPreview } from '../../../shared/ipc/shift';
import type { Logger } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import type { VaultService } from '../vault/service';
import { deskMessages } from '../../../shared/i18n/main/desk';
import { sayerFor } from '../say';
const sayDesk = sayerFor(deskMessages);

/** The portal windows' part of ending a shift; the portals service implements it. */
export interface PortalSessions {
  /** How many portal windows this profile has open. */
  openWindows(profileId: string): number;
  /**
   * Closes this profile's portal windows (those still opening included) and wipes their sessions
   * (cookies, storage, cache). `notClosed` names the portals whose window or session could not be.
   */
  closeAndWipe(profileId: string): Promise<{ closed: string[]; notClosed: string[] }>;
}

/**
 * End my shift: one action that leaves nothing of one staff member for the next — their portal
 * windows closed and wiped, their PIN forgotten, a copied secret cleared, the vault locked — and
 * an audit record of it. `preview` says first what will close.
 *
 * It is a barrier: the vault locks first (so no new portal window or fill can start for this
 * person), then their windows close, those still opening included; whatever fails, the vault
 * stays locked and the PIN forgotten, and the answer names what could not be closed.
 */
export function createShiftService(deps: {
  vault: Pick<VaultService, 'shiftState' | 'endShift' | 'status' | 'currentProfile'>;
  audit: Pick<AuditLog, 'record'>;
  portalSessions: PortalSessions;
  logger?: Logger;
}) {
  const failed = (step: string, error: unknown) => deps.logger?.error(`End my shift: ${step}`, { error: error instanceof Error ? error.name : typeof error });

  return {
    async preview(): Promise<ShiftPreview> {
      const { profileId, name, clipboardHoldsSecret, pinSet } = await deps.vault.shiftState();
      return { name, clipboardHoldsSecret, pinSet, portalWindows: deps.portalSessions.openWindows(profileId) };
    },

    async end() {
      const owner = deps.vault.currentProfile();
      if (!owner) throw new UserFacingError('locked', sayDesk('noShiftToEnd'));
      const profileId = owner.id;
      // 1. The vault: the PIN forgotten and the vault locked first, so nothing new can start for this person.
      let clipboardCleared = false;
      try {
        ({ clipboardCleared } = await deps.vault.endShift(profileId));
      } catch (error) {
        failed('the vault', error); // endShift locks and forgets the PIN even when a step of it fails
      }
      // 2. Their portal windows, those still opening included, and every saved session of theirs.
      const { closed, notClosed } = await deps.portalSessions.closeAndWipe(profileId).catch((error: unknown) => {
        failed('portal windows', error);
        return { closed: [] as string[], notClosed: ['your portal windows'] };
      });
      try {
        deps.audit.record({
          event: 'shift-end',
          profileId,
          detail: {
            portalWindowsClosed: String(closed.length),
            clipboard: clipboardCleared ? 'cleared' : 'untouched',
            ...(notClosed.length ? { notClosed: notClosed.join(', ') } : {}),
          },
        });
      } catch (error) {
        failed('the audit record', error);
      }
      return { status: await deps.vault.status(), portalWindowsClosed: closed.length, clipboardCleared, notClosed };
    },
  };
}
export type ShiftService = ReturnType<typeof createShiftService>;
