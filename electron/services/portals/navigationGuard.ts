import type { NavigationDecision } from './allowList';

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
  /** A download starts only from an allowed page, from an allowed address (or one the allowed page made). */
  download(attempt: DownloadAttempt): boolean;
}

/** Empty documents a page makes itself (a new frame or pop-up before its first load, an inline frame). */
const EMPTY_DOCUMENTS = new Set(['about:blank', 'about:srcdoc']);

/** The origin inside a blob: address ("blob:https://host/uuid"), or null. */
function blobOrigin(raw: string): string | null {
  try {
    const inner = new URL(raw.slice('blob:'.length));
    return inner.origin === 'null' ? null : inner.href;
  } catch {
    return null;
  }
}

export function createNavigationGuard(decide: (url: string) => NavigationDecision): NavigationGuard {
  const allowed = (url: string) => EMPTY_DOCUMENTS.has(url) || decide(url) === 'allow';
  return {
    navigation({ url, frame, post }) {
      if (allowed(url)) return { allow: true };
      // A frame's address is never offered: the user did not choose it, and a page can make many.
      const offer = frame !== 'subframe' && !post && decide(url) === 'external' ? url : null;
      return { allow: false, offerExternal: offer };
    },
    download({ pageUrl, url }) {
      if (!pageUrl || EMPTY_DOCUMENTS.has(pageUrl) || decide(pageUrl) !== 'allow') return false;
      if (url.startsWith('data:')) return true;
      if (url.startsWith('blob:')) {
        const inner = blobOrigin(url);
        return inner !== null && decide(inner) === 'allow';
      }
      return decide(url) === 'allow';
    },
  };
}
