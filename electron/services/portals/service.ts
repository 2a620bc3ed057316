import { WINDOW_PORTAL_IDS, type PortalSettings, type WindowPortalId } from '../../../shared/ipc/portals';
import { UserFacingError } from '../errors';
import { createPortalsContext } from './context';
import { createCommands } from './commands';
import { createFilling } from './filling';
import { createOpening } from './opening';
import { createPageEvents } from './pageEvents';
import { createShortcuts } from './shortcuts';
import { readPortalsFile, updatePortalsFile } from './state';
import { PENDING_FILL_MS, SITE_PENDING_FILL_MS, type PortalsDeps } from './types';
import { say } from './say';

export { ACTIVITY_RESTART_MS, PENDING_FILL_MS, SITE_PENDING_FILL_MS, type PortalsDeps, type PortalTimers, type PortalVault } from './types';

/**
 * Portal windows: one per staff member and portal, "Log in as" from the vault, timers from real
 * activity, autopay seen in the portal. The parts live beside this file (context, opening, filling,
 * pageEvents, shiftBarrier); this puts them together and is the service's public face.
 */
export function createPortalsService(deps: PortalsDeps) {
  const ctx = createPortalsContext(deps);
  const { clock, store } = deps;
  const { windows, states, notices, name, changed } = ctx;
  const opening = createOpening(ctx);
  const filling = createFilling(ctx);
  const commands = createCommands(ctx);
  ctx.shortcuts.handle = createShortcuts(ctx, commands).handle;
  const offEvents = windows.onEvent(createPageEvents(ctx, filling).onEvent);

  const requireProfile = () => {
    const profile = deps.vault.currentProfile();
    if (!profile) {
      throw new UserFacingError('locked', say('unlockFirst'));
    }
    return profile;
  };

  return {
    view: ctx.view,
    windows,
    async open(portalId: WindowPortalId, privateWindow = false) {
      await opening.openWindow(portalId, privateWindow ? null : requireProfile());
      return changed();
    },
    async logIn(entryId: string) {
      const target = deps.vault.loginTarget(entryId);
      const portalId = (WINDOW_PORTAL_IDS as readonly string[]).includes(target.portal) ? (target.portal as WindowPortalId) : null;
      if (!portalId) throw new UserFacingError('invalid_input', say('onlyAllyWindows'));
      const start = opening.startOf(portalId);
      const state = await opening.openWindow(portalId, { id: target.profileId, name: target.profileName });
      // At Office Ally's site the user first picks the portal from its Log in menu: the fill waits longer for the form.
      state.pending = {
        entryId,
        target: { portal: target.portal, entryUrl: target.entryUrl, portalUrl: start.url },
        until: clock.now() + (start.hint ? SITE_PENDING_FILL_MS : PENDING_FILL_MS),
        usernameSent: false,
      };
      // Already showing the login form (the window was open): fill now rather than wait for a change.
      const url = windows.currentUrl(state.spec.key);
      if (state.report?.login && url === state.report.url) await filling.fill(state, state.report.login, url);
      return changed();
    },
    async clear(portalId: WindowPortalId) {
      const profile = requireProfile();
      const spec = opening.specFor(portalId, profile);
      const shiftEnded = ctx.barrier.watch(profile.id);
      let state = states.get(spec.key);
      if (state) Object.assign(state, { phase: 'signed-out', report: null, pending: null, attempted: false });
      else states.set(spec.key, (state = opening.freshState(spec, portalId, profile)));
      try {
        await windows.clear(spec.key, spec);
      } catch (error) {
        if (shiftEnded()) await ctx.barrier.cancel(state);
        throw error;
      }
      // Clearing opens the window afresh: not when the shift ended meanwhile.
      if (shiftEnded()) await ctx.barrier.cancel(state);
      return changed();
    },
    /** The window commands (back, zoom, find, print, …), each by window id. */
    commands,
    /** End my shift: how many of this staff member's portal windows are open. */
    openWindows(profileId: string) {
      return [...states.values()].filter((state) => state.profileId === profileId && !state.popupOf && windows.isOpen(state.spec.key)).length;
    },
    /** End my shift: closes this staff member's portal windows (those still opening too) and deletes every saved portal session of theirs. */
    closeAndWipe: (profileId: string) => ctx.barrier.closeAndWipe(profileId),
    applyLearnedIdle(portalId: WindowPortalId) {
      const learned = readPortalsFile(store).learnedIdle[portalId];
      if (!learned) throw new UserFacingError('not_found', say('notSeenLogout', { portal: name(portalId) }));
      deps.timers.setSessionMinutes(portalId, Math.min(480, Math.max(3, learned.idleMinutes)));
      updatePortalsFile(store, (file) => void (file.learnedIdle[portalId] = { ...learned, applied: true }));
      return changed();
    },
    async openInBrowser(id: string) {
      const found = notices.find((n) => n.id === id && n.offer === 'external' && n.url);
      if (!found) throw new UserFacingError('not_found', say('addressGone'));
      notices.splice(notices.indexOf(found), 1);
      const { opened } = (await deps.openUnlisted?.(found.url!)) ?? { opened: false };
      changed();
      return { opened, url: found.url! };
    },
    dismissNotice(id: string) {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return changed();
    },
    setSettings(settings: PortalSettings) {
      const fixed = ctx.policy.fixed('PortalAutoSubmit');
      if (fixed !== undefined && settings.submitAfterFill !== fixed) {
        const message = say(fixed ? 'autoSubmitFixedOn' : 'autoSubmitFixedOff');
        throw new UserFacingError('forbidden', say('notSaved', { reason: message }), { submitAfterFill: message });
      }
      updatePortalsFile(store, (file) => void (file.settings = settings));
      return changed();
    },
    /** Every open window's toolbar gets its state again (the session timers changed). */
    pushToolbars() {
      for (const state of states.values()) if (windows.isOpen(state.spec.key)) ctx.pushToolbar(state);
    },
    /** The inactivity warning as a bar inside that portal's windows (null removes it). */
    sessionWarning(portalId: WindowPortalId, message: string | null) {
      for (const state of states.values()) if (state.portalId === portalId && state.phase === 'signed-in') windows.showBar(state.spec.key, message);
    },
    async dispose() {
      offEvents();
      await windows.dispose();
    },
  };
}
export type PortalsService = ReturnType<typeof createPortalsService>;
