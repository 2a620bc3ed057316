/**
 * External links leave the app only to these https hosts (Office Ally's, Patient Ally's and the
 * host of Office Ally's password-reset video), plus mailto: to Office Ally's own addresses.
 * One list, used by main before shell.openExternal and by Settings to validate URL overrides.
 */
export const ALLOWED_LINK_HOSTS = [
  'officeally.com',
  'www.officeally.com',
  'cms.officeally.com',
  'support.officeally.com',
  'pm.officeally.com',
  'ehr.officeally.com',
  'patientally.com',
  'www.patientally.com',
  'vimeopro.com',
  'player.vimeo.com',
] as const;

export const ALLOWED_MAIL_TO = ['support@officeally.com', 'info@officeally.com'] as const;

export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalLink(raw: string): LinkCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'That is not a complete web address. It should start with https://.' };
  }
  if (url.protocol === 'mailto:') {
    const to = decodeURIComponent(url.pathname).toLowerCase();
    return (ALLOWED_MAIL_TO as readonly string[]).includes(to)
      ? { ok: true, url: url.toString() }
      : { ok: false, reason: `AllyDesk only writes emails to ${ALLOWED_MAIL_TO.join(' or ')}.` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, reason: 'Only secure https:// addresses can be opened.' };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'Web addresses with a name or password in them are not allowed.' };
  }
  if (!(ALLOWED_LINK_HOSTS as readonly string[]).includes(url.hostname.toLowerCase())) {
    return {
      ok: false,
      reason: `AllyDesk only opens Office Ally and Patient Ally addresses (${url.hostname} is not one of them).`,
    };
  }
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
