import type { CDPSession, Page } from 'playwright-core';
import type { NavigationGuard } from '../services/portals/navigationGuard';
import { popupKind, shownAddress } from '../services/portals/popupRules';
import type { PortalWindowEvent } from './types';

/**
 * Browser mode's pop-ups (issue 21, item 4), the same rules as the desktop app's (popupRules.ts):
 * a pop-up page of a portal window's context is a window of its own (`<portal>/popup-<n>`), with
 * the same cookies and guard, its toolbar served by the host like its opener's (toolbar.html
 * #window=<its key>), never filled. Its first address is judged twice: as its opener asked for it
 * (CDP's Page.windowOpen, before the pop-up exists) and as it loaded — a blob: or about:blank
 * document never passes Playwright's routes, so a refused one is closed as soon as it is seen.
 */
export interface NodePopupsDeps {
  guard: NavigationGuard;
  emit(event: PortalWindowEvent): void;
  /** The top-level address of an open window's page, or null. */
  currentUrl(key: string): string | null;
}

/** How long a pop-up's first document may take before it is judged as it is. */
const FIRST_DOCUMENT_MS = 5_000;

export function createNodePopups(deps: NodePopupsDeps) {
  let sequence = 0;
  /** The addresses each portal window's pages asked to open, oldest first (CDP tells before the pop-up exists). */
  const requested = new Map<string, string[]>();

  /** Listens on a page's CDP session (the portal's or a pop-up's) for what it asks to open. */
  function watchOpener(portalKey: string, cdp: CDPSession) {
    cdp.on('Page.windowOpen', ({ url }: { url: string }) => {
      const queue = requested.get(portalKey) ?? [];
      queue.push(url);
      requested.set(portalKey, queue.slice(-8));
    });
  }

  /** A key for a new pop-up of the portal window `portalKey`. */
  const nextKey = (portalKey: string) => `${portalKey}/popup-${++sequence}`;

  /**
   * May `popup` stay? Waits for its first document (bounded), then judges what its opener asked for
   * and what it shows. A refused one is closed (nothing is offered: the guard's route already offered
   * a web address it refused).
   */
  async function admit(portalKey: string, popup: Page): Promise<boolean> {
    const opener = await popup.opener().catch(() => null);
    const parentUrl = deps.currentUrl(portalKey);
    const openerUrl = shownAddress(opener?.url() ?? null, parentUrl);
    await popup.waitForLoadState('domcontentloaded', { timeout: FIRST_DOCUMENT_MS }).catch(() => undefined);
    const shown = popup.url();
    // What its opener asked for: the same address if it is there, else the oldest ask.
    const queue = requested.get(portalKey) ?? [];
    const index = Math.max(0, queue.indexOf(shown));
    const asked = queue.splice(index, 1)[0] ?? null;
    const ok = (url: string) => (popupKind(url) === 'web' ? deps.guard.navigation({ url, frame: 'popup' }).allow : deps.guard.popup({ openerUrl, url }).allow);
    // A relative address (window.open('/report')) was resolved by the page: what it shows is judged then.
    const askedOk = asked === null || !/^[a-z][a-z0-9+.-]*:/i.test(asked) || ok(asked);
    if (askedOk && ok(shown)) return true;
    await popup.close().catch(() => undefined);
    return false;
  }

  return { watchOpener, nextKey, admit };
}
export type NodePopups = ReturnType<typeof createNodePopups>;

/** The top-level page's loading state from CDP (the toolbar offers Stop while it loads). */
export function watchLoading(cdp: CDPSession, topFrameId: () => string, onLoading: (loading: boolean) => void) {
  cdp.on('Page.frameStartedLoading', ({ frameId }: { frameId: string }) => frameId === topFrameId() && onLoading(true));
  cdp.on('Page.frameStoppedLoading', ({ frameId }: { frameId: string }) => frameId === topFrameId() && onLoading(false));
}
