import type { NavigationDecision } from './allowList';

/**
 * Which pop-ups a portal page may open (issue 21, item 4). Portals open their print previews,
 * generated PDFs and reports as pop-ups: an empty window the page then writes into (`about:blank`),
 * or a `blob:` address the page itself made. Those open in the same session, under the same guard,
 * with AllyDesk's own toolbar. Nothing else new is allowed: `data:`, `javascript:`, `file:` and
 * another origin's `blob:` stay refused, and a pop-up at any other address is judged like any
 * navigation (an allowed host opens, another https host is offered to the user's own browser).
 * Pure rules, used by both runtimes through the navigation guard (navigationGuard.ts).
 */

export interface PopupAttempt {
  /** The address of the page that opens it (its window's top-level page); null when the runtime cannot tell. */
  openerUrl: string | null;
  /** The pop-up's first address. */
  url: string;
  /** It carries a form's body (a POST with target=_blank). */
  post?: boolean;
}

/** What a pop-up's first address is, as far as these rules care. */
export type PopupKind = 'blank' | 'blob' | 'web' | 'refused-scheme';

export function popupKind(url: string): PopupKind {
  if (url === '' || url === 'about:blank') return 'blank';
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url.trim())?.[0]?.toLowerCase() ?? '';
  if (scheme === 'blob:') return 'blob';
  if (scheme === 'http:' || scheme === 'https:') return 'web';
  // data:, javascript:, file:, filesystem:, view-source:, about:srcdoc … — a page could hide anything in them.
  return 'refused-scheme';
}

/** The origin a `blob:` address belongs to ("blob:https://host/uuid" → "https://host"), or null (an opaque or malformed one). */
export function blobOrigin(url: string): string | null {
  if (popupKind(url) !== 'blob') return null;
  try {
    const inner = new URL(url.slice('blob:'.length));
    if (inner.protocol !== 'https:' && inner.protocol !== 'http:') return null;
    return inner.origin;
  } catch {
    return null;
  }
}

const originOf = (url: string | null) => {
  if (!url) return null;
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.origin : null;
};

export type PopupVerdict = { allow: true; kind: PopupKind } | { allow: false; offerExternal: string | null };

/**
 * May `attempt` open? `decide` is the portals service's allow-list decision for an address.
 * `about:blank` and an own-origin `blob:` need an opener on an allowed page; a web address is
 * decided like a navigation (offered to the browser only when it is no form post).
 */
export function judgePopup(decide: (url: string) => NavigationDecision, attempt: PopupAttempt): PopupVerdict {
  const kind = popupKind(attempt.url);
  const opener = originOf(attempt.openerUrl);
  const openerAllowed = opener !== null && decide(attempt.openerUrl!) === 'allow';
  if (kind === 'blank') return openerAllowed ? { allow: true, kind } : { allow: false, offerExternal: null };
  if (kind === 'blob') {
    const own = blobOrigin(attempt.url);
    return openerAllowed && own !== null && own === opener ? { allow: true, kind } : { allow: false, offerExternal: null };
  }
  if (kind === 'refused-scheme') return { allow: false, offerExternal: null };
  const decision = decide(attempt.url);
  if (decision === 'allow') return { allow: true, kind };
  return { allow: false, offerExternal: decision === 'external' && !attempt.post ? attempt.url : null };
}

/**
 * A document a secret is never filled into: anything but an http(s) page. An `about:blank` or
 * `blob:` pop-up shares its opener's origin, so the origin check alone would let a fill in — and
 * the opener's script could read what went in.
 */
export function neverFilledIn(url: string | null): boolean {
  return !url || popupKind(url) !== 'web';
}

/**
 * The address whose host a window's toolbar shows: a `blob:` document belongs to the origin that
 * made it, and an `about:blank` pop-up (a report the portal wrote into it) to its opener's page.
 */
export function shownAddress(url: string | null, openerUrl: string | null): string | null {
  if (!url) return url;
  const kind = popupKind(url);
  if (kind === 'blob') return blobOrigin(url) ?? url;
  if (kind === 'blank' && openerUrl) return URL.parse(openerUrl)?.origin ?? url;
  return url;
}
