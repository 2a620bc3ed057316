import { DEFAULT_LOCALE } from '../../../shared/i18n/locales';
import { notificationText } from '../../../shared/i18n/notifications';
import { ZOOM_STEPS } from '../../../shared/ipc/portals';
import type { HistoryMove } from '../../adapters/types';
import { UserFacingError } from '../errors';
import type { PortalsContext } from './context';
import { readPortalsFile, updatePortalsFile } from './state';
import type { WindowState } from './types';
import { say } from './say';

/** The next zoom step from `percent` (Chromium's steps), or 100 for reset. */
export function nextZoom(percent: number, change: 'in' | 'out' | 'reset'): number {
  if (change === 'reset') return 100;
  if (change === 'in') return ZOOM_STEPS.find((step) => step > percent) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < percent) ?? ZOOM_STEPS[0];
}

const pdfDate = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The window commands (issue 21, items 3 and 5): one per channel, each by window id, each calling
 * the runtime's adapter (Electron's webContents, or the twin's playwright-core page).
 */
export function createCommands(ctx: PortalsContext) {
  const { deps, windows, states, name, notice } = ctx;

  function windowOf(windowId: string): WindowState {
    const state = states.get(windowId);
    if (!state || !windows.isOpen(windowId)) throw new UserFacingError('not_found', say('windowClosed'));
    return state;
  }
  const zoomOf = (windowId: string) => readPortalsFile(deps.store).zoom[windowId] ?? 100;

  return {
    zoomOf,
    async navigate(windowId: string, move: HistoryMove) {
      const state = windowOf(windowId);
      const moved = await windows.navigate(windowId, move);
      // A navigation ends the search: the next Enter searches the new page afresh, and the count goes.
      if (moved && move !== 'stop' && (state.find !== null || state.findBar?.result)) {
        Object.assign(state, { find: null, findBar: state.findBar && { ...state.findBar, result: null } });
        ctx.pushToolbar(state);
      }
      return { moved };
    },
    async zoom(windowId: string, change: 'in' | 'out' | 'reset') {
      const state = windowOf(windowId);
      if (state.popupOf) {
        // A pop-up's zoom holds while it is open; the portal's remembered zoom stays its opener's.
        state.popupZoom = nextZoom(state.popupZoom ?? 100, change);
        await windows.setZoom(windowId, state.popupZoom / 100);
        ctx.changed();
        return { zoomPercent: state.popupZoom };
      }
      const zoomPercent = nextZoom(zoomOf(windowId), change);
      await windows.setZoom(windowId, zoomPercent / 100);
      updatePortalsFile(deps.store, (file) => {
        if (zoomPercent === 100) delete file.zoom[windowId];
        else file.zoom[windowId] = zoomPercent;
      });
      ctx.changed();
      return { zoomPercent };
    },
    async find(windowId: string, text: string, backwards: boolean) {
      const state = windowOf(windowId);
      const next = state.find === text;
      state.find = text;
      const result = await windows.find(windowId, text, { backwards, next });
      // The toolbar shows the count whichever way the search moved (its field, or Enter in the page).
      state.findBar = { seq: state.findBar?.seq ?? 0, result };
      ctx.pushToolbar(state);
      return result;
    },
    /** Opens Find in the window's toolbar (a key asked) and puts the keyboard in its field. */
    findOpen(windowId: string) {
      const state = windowOf(windowId);
      state.findBar = { seq: (state.findBar?.seq ?? 0) + 1, result: state.findBar?.result ?? null };
      ctx.pushToolbar(state);
      windows.focusView?.(windowId, 'toolbar');
      return { opened: true };
    },
    async findClose(windowId: string) {
      const state = windowOf(windowId);
      const wasOpen = state.findBar !== null;
      Object.assign(state, { find: null, findBar: null });
      await windows.stopFind(windowId);
      ctx.pushToolbar(state);
      if (wasOpen) windows.focusView?.(windowId, 'portal');
      return { closed: true };
    },
    async print(windowId: string) {
      windowOf(windowId);
      await windows.print(windowId);
      return { printed: true };
    },
    async savePdf(windowId: string) {
      const state = windowOf(windowId);
      let file: string;
      try {
        file = await windows.savePdf(windowId, `${name(state.portalId)} ${pdfDate(deps.clock.now())}.pdf`);
      } catch (error) {
        deps.logger?.warn('Save as PDF failed', { error: error instanceof Error ? error.name : typeof error });
        throw new UserFacingError('unavailable', say('pdfFailed'));
      }
      const locale = deps.locale?.() ?? DEFAULT_LOCALE;
      deps.notifications.notify({ title: notificationText(locale, 'pdfSavedTitle'), body: notificationText(locale, 'pdfSavedBody', { file }) });
      notice(state.portalId, `Saved this ${name(state.portalId)} page as ${file} in your Downloads folder.`);
      return { file };
    },
    async focus(windowId: string) {
      const state = windowOf(windowId);
      await windows.open(state.spec);
      return ctx.changed();
    },
    // --- the window's own toolbar (issue 21, item 2) ---
    toolbar: (windowId: string) => ctx.toolbarView(windowOf(windowId)),
    /** The page's address without its query, in the user's own browser: only an allowed https page (the toolbar confirmed it first). */
    async openPageInBrowser(windowId: string) {
      const url = ctx.toolbarView(windowOf(windowId)).shareableUrl;
      if (!url) throw new UserFacingError('forbidden', say('onlyAllyHttpsPages'));
      const { opened } = (await deps.openUnlisted?.(url)) ?? { opened: false };
      return { opened, url };
    },
    /** Wipes this window's own session (whoever is unlocked now) and opens its start page again. */
    async clearWindow(windowId: string) {
      // A pop-up shares its opener's session: clearing it clears that window (and closes its pop-ups).
      const opened = windowOf(windowId);
      const state = opened.popupOf ? windowOf(opened.popupOf) : opened;
      if (state.profileId === null) throw new UserFacingError('invalid_input', say('privateKeepsNothing'));
      Object.assign(state, { phase: 'signed-out', report: null, pending: null, attempted: false, find: null, findBar: null });
      await windows.clear(state.spec.key, state.spec);
      return ctx.changed();
    },
    async close(windowId: string) {
      windowOf(windowId);
      await windows.close(windowId);
      states.delete(windowId);
      return ctx.changed();
    },
  };
}
