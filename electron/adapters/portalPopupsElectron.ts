import type { BrowserWindowConstructorOptions, HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import type { NavigationGuard } from '../services/portals/navigationGuard';
import { shownAddress } from '../services/portals/popupRules';
import type { PortalWindowEvent } from './types';

/**
 * The desktop app's pop-ups (issue 21, item 4): a print preview, report or PDF a portal page opens
 * at `about:blank` or at its own `blob:` address (popupRules.ts decides) opens in the same session
 * as a window of its own — a BaseWindow with the pop-up's webContents adopted into its portal view
 * and its own AllyDesk toolbar above it, guarded like its opener (the portal windows adapter builds
 * it; this module decides, names, tracks and closes). A pop-up is never filled.
 */
export interface ElectronPopupsDeps {
  guard: NavigationGuard;
  emit(event: PortalWindowEvent): void;
  /** The top-level address of an open window's page (a pop-up's opener), or null. */
  currentUrl(key: string): string | null;
  /**
   * Builds the pop-up's window around `contents` (Chromium made it for the pop-up and loads its first
   * address itself), guarded and with its own toolbar, under `key`; `parent` is the portal window it belongs to.
   */
  openAround(key: string, parent: string, contents: WebContents): void;
  /** Closes one window of ours (a pop-up). */
  close(key: string): void;
}

/** `options.webContents`: the pop-up's webContents, made by Chromium; Electron passes it to createWindow (not in its typings). */
type CreateWindowOptions = BrowserWindowConstructorOptions & { webContents?: WebContents };

const POPUP_KEY = /\/popup-\d+$/;
/** The portal window a pop-up belongs to: a pop-up's own pop-up belongs to the same one. */
export const portalWindowOf = (key: string) => key.replace(POPUP_KEY, '');
export const isPopupKey = (key: string) => POPUP_KEY.test(key);

export function createElectronPopups(deps: ElectronPopupsDeps) {
  /** Pop-up keys by the portal window that opened them (directly or through another pop-up). */
  const children = new Map<string, Set<string>>();
  let sequence = 0;

  /**
   * The window-open handler for the page of window `key` (its webContents `contents`). Denied
   * unless popupRules allows it; an allowed one becomes a window of ours with `webPreferences`
   * (the opener's session, sandbox, preload).
   */
  function openHandler(key: string, contents: Pick<WebContents, 'getURL'>, webPreferences: () => BrowserWindowConstructorOptions['webPreferences']) {
    return ({ url, postBody }: Pick<HandlerDetails, 'url' | 'postBody'>): WindowOpenHandlerResponse => {
      const portal = portalWindowOf(key);
      // The opener's document as the rules see it: a pop-up's about:blank or blob: page is its maker's origin.
      const openerUrl = shownAddress(contents.getURL(), isPopupKey(key) ? deps.currentUrl(portal) : null);
      const verdict = deps.guard.popup({ openerUrl, url, post: Boolean(postBody) });
      if (!verdict.allow) {
        if (verdict.offerExternal) deps.emit({ type: 'external', key, url: verdict.offerExternal });
        return { action: 'deny' };
      }
      return {
        action: 'allow',
        overrideBrowserWindowOptions: { webPreferences: webPreferences() },
        // Electron closes the pop-up with its opener's page; End my shift closes it with its session too (closeFor).
        outlivesOpener: false,
        createWindow: (options: CreateWindowOptions) => {
          const child = options.webContents;
          if (!child) throw new Error('Electron gave the pop-up no webContents');
          const popupKey = `${portal}/popup-${++sequence}`;
          let own = children.get(portal);
          if (!own) children.set(portal, (own = new Set()));
          own.add(popupKey);
          child.once('destroyed', () => own.delete(popupKey));
          deps.openAround(popupKey, portal, child);
          deps.emit({ type: 'popup', key: popupKey, parent: portal });
          return child;
        },
      };
    };
  }

  return {
    openHandler,
    isPopup: isPopupKey,
    /** The window `key` closed, or its session is being cleared or wiped: its pop-ups close too. */
    closeFor(key: string) {
      const own = children.get(key);
      if (!own) return;
      children.delete(key);
      for (const popupKey of own) deps.close(popupKey);
    },
  };
}
export type ElectronPopups = ReturnType<typeof createElectronPopups>;
