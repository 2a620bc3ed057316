import type { WindowPortalId } from '../../../shared/ipc/portals';
import type { StartPage } from '../../../shared/content/startPages';
import type { PortalWindowSpec } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { isAllowedPortalUrl } from './allowList';
import type { PortalsContext } from './context';
import { sessionOf } from './shiftBarrier';
import { readPortalsFile } from './state';
import type { WindowState } from './types';
import { say } from './say';

export type Person = { id: string; name: string };

/** Opening portal windows: the login address, the window's spec, and the state the service keeps of it. */
export function createOpening(ctx: PortalsContext) {
  const { deps, windows, states, barrier, name } = ctx;

  /** Where the window starts (see shared/content/startPages.ts), checked against the allow-list. */
  function startOf(portalId: WindowPortalId): StartPage {
    const start = deps.startPage(portalId);
    const url = start?.url;
    if (!start || !url) {
      throw new UserFacingError('not_found', say('noLoginAddress', { portal: name(portalId) }));
    }
    if (!isAllowedPortalUrl(url, ctx.config())) {
      throw new UserFacingError('forbidden', say('notAllyAddress', { url }));
    }
    return start;
  }

  function specFor(portalId: WindowPortalId, profile: Person | null): PortalWindowSpec {
    const { url } = startOf(portalId);
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
      hint: null,
      find: null,
      findBar: null,
      loading: false,
      heldBack: null,
    };
  }

  async function openWindow(portalId: WindowPortalId, profile: Person | null): Promise<WindowState> {
    if (!ctx.policy.allows('PortalWindows')) {
      throw new UserFacingError('forbidden', say('windowsOff', { portal: name(portalId) }));
    }
    const start = startOf(portalId);
    const spec = specFor(portalId, profile);
    let state: WindowState | undefined = states.get(spec.key);
    const created = !state || !windows.isOpen(spec.key);
    if (created) {
      state = freshState(spec, portalId, profile);
      states.set(spec.key, state);
    }
    const shiftEnded = barrier.watch(profile?.id ?? null);
    try {
      await windows.open(spec);
    } catch (error) {
      if (!windows.isOpen(spec.key) && states.get(spec.key) === state) states.delete(spec.key);
      if (shiftEnded()) await barrier.cancel(state!);
      throw error;
    }
    // End my shift ran while this window was opening: it is closed and its session wiped, not kept.
    if (shiftEnded()) await barrier.cancel(state!);
    if (created && start.hint) showHint(state!, start.hint);
    if (created) await applySavedZoom(spec.key);
    return state!;
  }

  /** The zoom this staff member last chose for this portal, across restarts. */
  async function applySavedZoom(key: string) {
    const percent = readPortalsFile(deps.store).zoom[key];
    if (percent && percent !== 100) await windows.setZoom(key, percent / 100).catch(() => undefined);
  }

  /** Says in the window which item of Office Ally's Log in menu to choose, until a login form shows. */
  function showHint(state: WindowState, hint: string) {
    state.hint = hint;
    windows.showBar(state.spec.key, hint);
  }

  return { startOf, specFor, freshState, openWindow };
}
