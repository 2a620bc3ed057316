import type { WindowPortalId } from '../../../shared/ipc/portals';
import type { PortalWindowSpec } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { isAllowedPortalUrl } from './allowList';
import type { PortalsContext } from './context';
import { shiftEndedWhileOpening } from './phrases';
import type { WindowState } from './types';

export type Person = { id: string; name: string };

/** A staff member's window and saved session for a portal: one each, never shared. */
export const sessionOf = (profileId: string, portalId: WindowPortalId) => ({ key: `${profileId}:${portalId}`, sessionName: `${profileId}-${portalId}` });

/** Opening portal windows: the login address, the window's spec, and the state the service keeps of it. */
export function createOpening(ctx: PortalsContext) {
  const { deps, windows, states, shiftEnds, name } = ctx;

  function loginUrlOf(portalId: WindowPortalId): string {
    const url = deps.loginUrl(portalId);
    if (!url) {
      throw new UserFacingError(
        'not_found',
        `AllyDesk does not know ${name(portalId)}'s login address. Add it in Settings under "Login addresses", then try again.`,
      );
    }
    if (!isAllowedPortalUrl(url, ctx.config())) {
      throw new UserFacingError(
        'forbidden',
        `${url} is not an Office Ally or Patient Ally address, so AllyDesk will not open it in a portal window. Check the address in Settings.`,
      );
    }
    return url;
  }

  function specFor(portalId: WindowPortalId, profile: Person | null): PortalWindowSpec {
    const url = loginUrlOf(portalId);
    return profile
      ? { ...sessionOf(profile.id, portalId), title: `${name(portalId)} — ${profile.name}`, url }
      : { key: `private:${portalId}`, title: `${name(portalId)} — private window`, url, sessionName: null };
  }

  /** A window at its login page: nobody signed in, nothing pending. */
  function freshState(spec: PortalWindowSpec, portalId: WindowPortalId, profile: Person | null): WindowState {
    return {
      spec,
      portalId,
      profileId: profile?.id ?? null,
      profileName: profile?.name ?? null,
      phase: 'signed-out',
      report: null,
      pending: null,
      attempted: false,
      lastActivityAt: deps.clock.now(),
      lastTimerRestart: 0,
    };
  }

  async function openWindow(portalId: WindowPortalId, profile: Person | null): Promise<WindowState> {
    if (!ctx.policy.allows('PortalWindows')) {
      throw new UserFacingError('forbidden', `Your practice's IT has turned off portal windows in AllyDesk. Open ${name(portalId)} in your own browser.`);
    }
    const spec = specFor(portalId, profile);
    let state = states.get(spec.key);
    if (!state || !windows.isOpen(spec.key)) {
      state = freshState(spec, portalId, profile);
      states.set(spec.key, state);
    }
    const shiftBefore = profile ? (shiftEnds.get(profile.id) ?? 0) : 0;
    const shiftEnded = () => profile !== null && (shiftEnds.get(profile.id) ?? 0) !== shiftBefore;
    try {
      await windows.open(spec);
    } catch (error) {
      if (!windows.isOpen(spec.key) && states.get(spec.key) === state) states.delete(spec.key);
      if (shiftEnded()) throw shiftEndedWhileOpening(name(portalId), profile!.name);
      throw error;
    }
    if (shiftEnded()) {
      // End my shift ran while this window was opening: it must not outlive the shift, nor its session.
      if (states.get(spec.key) === state) states.delete(spec.key);
      await windows.wipe(spec.key, spec.sessionName!);
      throw shiftEndedWhileOpening(name(portalId), profile!.name);
    }
    return state;
  }

  return { specFor, freshState, openWindow };
}
