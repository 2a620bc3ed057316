import type { WindowPortalId } from '../../../shared/ipc/portals';
import type { PortalWindowSpec } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { isAllowedPortalUrl } from './allowList';
import type { PortalsContext } from './context';
import { sessionOf } from './shiftBarrier';
import type { WindowState } from './types';

export type Person = { id: string; name: string };

/** Opening portal windows: the login address, the window's spec, and the state the service keeps of it. */
export function createOpening(ctx: PortalsContext) {
  const { deps, windows, states, barrier, name } = ctx;

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
    const shiftEnded = barrier.watch(profile?.id ?? null);
    try {
      await windows.open(spec);
    } catch (error) {
      if (!windows.isOpen(spec.key) && states.get(spec.key) === state) states.delete(spec.key);
      if (shiftEnded()) await barrier.cancel(state);
      throw error;
    }
    // End my shift ran while this window was opening: it is closed and its session wiped, not kept.
    if (shiftEnded()) await barrier.cancel(state);
    return state;
  }

  return { specFor, freshState, openWindow };
}
