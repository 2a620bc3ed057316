import type { PortalId } from '../../../shared/content/ids';
import { isLoopbackTestUrl, isPortalHost, PORTAL_DOMAINS } from '../../../shared/links';

export { isLoopbackTestUrl, PORTAL_DOMAINS };

/**
 * Where a portal window may go, and which login may be filled where. Office Ally's and Patient
 * Ally's https hosts (any of their subdomains: auth., cms., sc., www.) plus the practice's
 * configured login hosts; with ALLYDESK_TEST_HOOKS=1, and never otherwise, also the configured
 * http://127.0.0.1:<port> stand-in portals the end-to-end tests run.
 */
export interface AllowListConfig {
  /** The practice's configured login addresses (Settings overrides), by portal. */
  configuredUrls: Partial<Record<PortalId, string>>;
  /** ALLYDESK_TEST_HOOKS=1 only. */
  testHooks: boolean;
}

const parse = (raw: string): URL | null => {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
};

const inDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The configured origins a portal window may show besides Office Ally's and Patient Ally's hosts:
 * only, under test hooks, the loopback stand-ins. A configured https address on any other host (a
 * help-video host saved before issue 20, a hand-edited file) adds nothing: a portal is never there.
 */
function configuredOrigins(config: AllowListConfig): Set<string> {
  const origins = new Set<string>();
  for (const raw of Object.values(config.configuredUrls)) {
    const url = raw ? parse(raw) : null;
    if (url && config.testHooks && isLoopbackTestUrl(raw!)) origins.add(url.origin);
  }
  return origins;
}

/**
 * The host an address names, as the URL parser writes it (port included; punycode stays punycode,
 * so a look-alike shows as what it is); null when it names none (data:, blob:, about:) or is not
 * an address. The one place the portals service reads a page's host.
 */
export function hostOf(raw: string): string | null {
  return URL.parse(raw)?.host || null;
}

/** May a portal window show this address (navigation, redirect, pop-up)? */
export function isAllowedPortalUrl(raw: string, config: AllowListConfig): boolean {
  const url = parse(raw);
  if (!url || url.username || url.password) return false;
  // Only web pages: a blob: address carries its maker's origin, and is judged by who made it (popupRules.ts).
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.protocol === 'https:' && isPortalHost(url.hostname)) return true;
  return configuredOrigins(config).has(url.origin);
}

/** The domains a saved login of this portal may be filled on (besides its own and the configured address). */
function familyOf(portal: string): string[] {
  if (portal === 'patient-ally') return [PORTAL_DOMAINS.patientAlly];
  if (portal === 'custom' || portal === 'sftp') return [];
  return [PORTAL_DOMAINS.officeAlly];
}

export interface FillTarget {
  /** The entry's portal choice (service-center, practice-mate, ehr, patient-ally, custom). */
  portal: string;
  /** The entry's own login address, if it has one. */
  entryUrl: string;
  /** The portal's configured or documented login address. */
  portalUrl: string | null;
}

/**
 * May this entry's secret go to a page at `pageUrl` now? Only a top-level page, only https (or the
 * test-hook loopback), only on the entry's own host family or its configured/saved login origin.
 */
export function mayFillOn(pageUrl: string, target: FillTarget, config: AllowListConfig): boolean {
  const url = parse(pageUrl);
  if (!url || !isAllowedPortalUrl(pageUrl, config)) return false;
  const own = [target.entryUrl, target.portalUrl]
    .filter((u): u is string => Boolean(u))
    .map(parse)
    .filter((u): u is URL => u !== null);
  if (url.protocol === 'https:') {
    if (familyOf(target.portal).some((domain) => inDomain(url.hostname, domain))) return true;
    return own.some((u) => u.protocol === 'https:' && isPortalHost(u.hostname) && u.origin === url.origin);
  }
  return config.testHooks && isLoopbackTestUrl(pageUrl) && own.some((u) => u.origin === url.origin);
}

/**
 * Where a form filled with this entry's secret may send it (the page script checks the form's
 * action and each submit button's formaction against this before filling): the same hosts as
 * mayFillOn — the entry's host family, its own and its portal's https login origins on Office Ally
 * or Patient Ally hosts, and under test hooks its loopback stand-in origins.
 */
export function fillDestinations(target: FillTarget, config: AllowListConfig): { domains: string[]; origins: string[] } {
  const origins = new Set<string>();
  for (const raw of [target.entryUrl, target.portalUrl]) {
    const url = raw ? parse(raw) : null;
    if (!url || url.username || url.password) continue;
    if (url.protocol === 'https:' && isPortalHost(url.hostname)) origins.add(url.origin);
    else if (config.testHooks && isLoopbackTestUrl(raw!) && configuredOrigins(config).has(url.origin)) origins.add(url.origin);
  }
  return { domains: familyOf(target.portal), origins: [...origins] };
}

export type NavigationDecision = 'allow' | 'external' | 'block';

/** A navigation or pop-up: stay in the window (allowed host), ask to open in the system browser (other https/http), or refuse. */
export function decideNavigation(raw: string, config: AllowListConfig): NavigationDecision {
  if (raw === 'about:blank') return 'allow';
  if (isAllowedPortalUrl(raw, config)) return 'allow';
  const url = parse(raw);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? 'external' : 'block';
}
