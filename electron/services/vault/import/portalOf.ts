import { isPortalHost } from '../../../../shared/links';
import type { PortalChoice } from '../../../../shared/ipc/vault';

/**
 * The Office Ally portal a saved address belongs to, from the hosts a portal may be (shared/links.ts
 * PORTAL_DOMAINS, not the help links' list); null for every other site, the help-video hosts included.
 */
export function portalOfUrl(url: URL | null): Exclude<PortalChoice, 'custom'> | null {
  if (!url) return null;
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || !isPortalHost(host)) return null;
  if (host === 'patientally.com' || host === 'www.patientally.com') return 'patient-ally';
  if (host === 'ehr.officeally.com') return 'ehr';
  if (host === 'pm.officeally.com' || (host === 'cms.officeally.com' && url.pathname.toLowerCase().startsWith('/practicemate'))) return 'practice-mate';
  // The clearinghouse's login is on Office Ally's main site.
  if (host === 'officeally.com' || host === 'www.officeally.com' || host === 'cms.officeally.com') return 'service-center';
  return null;
}

/** The address as a URL; a bare host name ("www.officeally.com/…", as some exports write it) is read as https. */
export function urlOf(raw: string): URL | null {
  const text = raw.trim();
  if (!text) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
}
