/**
 * Two lists (issue 20, item 1):
 * - PORTAL_DOMAINS: where a portal (a login page, a portal window) may be and a secret may go:
 *   Office Ally's and Patient Ally's https hosts and their subdomains, nothing else.
 * - ALLOWED_LINK_HOSTS: where a help link may take the user in their own browser: Office Ally's and
 *   Patient Ally's hosts plus the host of Office Ally's password-reset video (Vimeo), and mailto: to
 *   Office Ally's own addresses. Never a login page.
 */
export const PORTAL_DOMAINS = { officeAlly: 'officeally.com', patientAlly: 'patientally.com' } as const;

/** Hosts that only carry Office Ally's help videos: a help link may open them, a portal may not be one. */
export const HELP_VIDEO_HOSTS = ['vimeopro.com', 'player.vimeo.com'] as const;

export const ALLOWED_LINK_HOSTS = [
  'officeally.com',
  'www.officeally.com',
  'cms.officeally.com',
  'support.officeally.com',
  'pm.officeally.com',
  'ehr.officeally.com',
  'patientally.com',
  'www.patientally.com',
  ...HELP_VIDEO_HOSTS,
] as const;

const inDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Is this host Office Ally's or Patient Ally's (the domain or a subdomain; "officeally.com.evil.test" is not)? */
export function isPortalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return Object.values(PORTAL_DOMAINS).some((domain) => inDomain(host, domain));
}

/**
 * A portal's login address (Settings, the PortalLoginPages policy, a saved login opened in the
 * browser): https, no name or password in it, on an Office Ally or Patient Ally host.
 */
export function checkPortalAddress(raw: string): LinkCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refused('incomplete');
  }
  if (url.protocol !== 'https:') return refused('not-https');
  if (url.username || url.password) return refused('credentials');
  if ((HELP_VIDEO_HOSTS as readonly string[]).includes(url.hostname.toLowerCase())) {
    return refused('help-video-host', url.hostname);
  }
  if (!isPortalHost(url.hostname)) return refused('not-ally-host', url.hostname);
  return { ok: true, url: url.toString() };
}

export const ALLOWED_MAIL_TO = ['support@officeally.com', 'info@officeally.com'] as const;

/** Why an address is refused: main says it in the language in force (shared/i18n/main/portals.ts). */
export type LinkProblem = 'incomplete' | 'not-https' | 'not-https-open' | 'credentials' | 'help-video-host' | 'not-ally-host' | 'mail-to';

/** `reason` is the English words (schemas and logs); `problem` and `host` let main say it in the user's language. */
export type LinkCheck = { ok: true; url: string } | { ok: false; problem: LinkProblem; host?: string; reason: string };

const LINK_PROBLEM_ENGLISH: Record<LinkProblem, (host: string) => string> = {
  incomplete: () => 'That is not a complete web address. It should start with https://.',
  'not-https': () => 'Only secure https:// addresses are allowed.',
  'not-https-open': () => 'Only secure https:// addresses can be opened.',
  credentials: () => 'Web addresses with a name or password in them are not allowed.',
  'help-video-host': (host) => `${host} only hosts Office Ally's help videos; a login page must be an Office Ally or Patient Ally address.`,
  'not-ally-host': (host) => `AllyDesk only opens Office Ally and Patient Ally addresses (${host} is not one of them).`,
  'mail-to': () => `AllyDesk only writes emails to ${ALLOWED_MAIL_TO.join(' or ')}.`,
};

function refused(problem: LinkProblem, host?: string): LinkCheck {
  return host === undefined
    ? { ok: false, problem, reason: LINK_PROBLEM_ENGLISH[problem]('') }
    : { ok: false, problem, host, reason: LINK_PROBLEM_ENGLISH[problem](host) };
}

export function checkExternalLink(raw: string): LinkCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refused('incomplete');
  }
  if (url.protocol === 'mailto:') {
    const to = decodeURIComponent(url.pathname).toLowerCase();
    return (ALLOWED_MAIL_TO as readonly string[]).includes(to) ? { ok: true, url: url.toString() } : refused('mail-to');
  }
  if (url.protocol !== 'https:') return refused('not-https-open');
  if (url.username || url.password) return refused('credentials');
  if (!(ALLOWED_LINK_HOSTS as readonly string[]).includes(url.hostname.toLowerCase())) return refused('not-ally-host', url.hostname);
  return { ok: true, url: url.toString() };
}

/**
 * A loopback stand-in portal address (`http://127.0.0.1:<port>/…`). Only the end-to-end tests use
 * one, and main accepts it only when started with ALLYDESK_TEST_HOOKS=1 (see electron/services/reference.ts).
 */
export function isLoopbackTestUrl(raw: string): boolean {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}
