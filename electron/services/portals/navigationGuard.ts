import type { NavigationDecision } from './allowList';
import { blobOrigin, judgePopup, type PopupAttempt } from './popupRules';

/**
 * The one navigation guard of portal windows, used by both runtimes (portalWindowsElectron.ts and
 * portalWindowsNode.ts) on every navigation of every frame and pop-up, the first included, and on
 * every download (issue 20, item 2). It only judges; each adapter wires it to its runtime's events
 * before any request leaves. The portals service's allow-list (allowList.ts) says which hosts are
 * allowed; this module says what follows from that for a frame, a pop-up and a download.
 */

/** Where a navigation happens: the window's page, a frame inside a page, or a new window's first page. */
export type NavigationFrame = 'top' | 'subframe' | 'popup';

export interface NavigationAttempt {
  url: string;
  frame: NavigationFrame;
  /** It carries a form's body (a POST): it is never offered to the system browser (that would resend nothing useful, or the secret). */
  post?: boolean;
}

/** Allowed, or held back; a held-back top-level or pop-up address may be offered to the user's own browser. */
export type NavigationVerdict = { allow: true } | { allow: false; offerExternal: string | null };

export interface DownloadAttempt {
  /** The page that started it (the frame's or window's address); null when the runtime cannot tell. */
  pageUrl: string | null;
  /** The download's own address (https, or blob:/data: made by the page). */
  url: string;
}

export interface NavigationGuard {
  navigation(attempt: NavigationAttempt): NavigationVerdict;
  /**
   * A new window's first address, knowing who opens it (popupRules.ts): an allowed page's own
   * `about:blank` or `blob:` pop-up opens; `data:`, `javascript:`, `file:`, another origin's `blob:` never.
   */
  popup(attempt: PopupAttempt): NavigationVerdict;
  /** A download starts only from an allowed page, from an allowed address (or one the allowed page made). */
  download(attempt: DownloadAttempt): boolean;
}

/** Empty documents a page makes itself (a new frame or pop-up before its first load, an inline frame). */
const EMPTY_DOCUMENTS = new Set(['about:blank', 'about:srcdoc']);

export function createNavigationGuard(decide: (url: string) => NavigationDecision): NavigationGuard {
  const allowed = (url: string) => EMPTY_DOCUMENTS.has(url) || decide(url) === 'allow';
  // A blob: document belongs to the origin that made it: the net under the pop-up rule (which also
  // checks it is the opener's own) lets through only one an allowed page made.
  const allowedBlob = (url: string) => {
    const inner = blobOrigin(url);
    return inner !== null && decide(inner) === 'allow';
  };
  return {
    navigation({ url, frame, post }) {
      if (allowed(url) || (frame !== 'subframe' && allowedBlob(url))) return { allow: true };
      // A frame's address is never offered: the user did not choose it, and a page can make many.
      const offer = frame !== 'subframe' && !post && decide(url) === 'external' ? url : null;
      return { allow: false, offerExternal: offer };
    },
    popup(attempt) {
      const verdict = judgePopup(decide, attempt);
      return verdict.allow ? { allow: true } : verdict;
    },
    download({ pageUrl: raw, url }) {
      // A blob: page (a PDF pop-up) is its maker's: its download is that page's.
      const pageUrl = raw && (blobOrigin(raw) ?? raw);
      if (!pageUrl || EMPTY_DOCUMENTS.has(pageUrl) || decide(pageUrl) !== 'allow') return false;
      if (url.startsWith('data:')) return true;
      if (url.startsWith('blob:')) return allowedBlob(url);
      return decide(url) === 'allow';
    },
  };
}
