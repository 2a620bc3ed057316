import { describe, expect, it } from 'vitest';
import { referenceOverrides } from '../../../shared/ipc/reference';
import { checkExternalLink, checkPortalAddress, isPortalHost } from '../../../shared/links';
import { validateLayer } from '../../../shared/policy/validate';
import { portalOfUrl } from '../vault/import/portalOf';
import { isAllowedPortalUrl, mayFillOn } from './allowList';

/**
 * Issue 20, item 1: two host lists. A help link may open Office Ally's reset video on Vimeo; a
 * portal (a login page, a portal window, where a secret may go) is only ever Office Ally or Patient Ally.
 */
const VIMEO = ['https://player.vimeo.com/video/331275908', 'https://vimeopro.com/user67674610/troubleshooting-browsers/video/331275908'];

describe('help links and portal addresses are two lists', () => {
  it('a help link may still open the reset video', () => {
    for (const url of VIMEO) expect(checkExternalLink(url).ok, url).toBe(true);
  });

  it('a login page may not be a help-video host, and says why', () => {
    for (const url of VIMEO) {
      const check = checkPortalAddress(url);
      expect(check.ok, url).toBe(false);
      if (!check.ok)
        expect(check.reason).toBe(
          `${new URL(url).hostname} only hosts Office Ally's help videos; a login page must be an Office Ally or Patient Ally address.`,
        );
    }
    expect(isPortalHost('player.vimeo.com')).toBe(false);
    expect(isPortalHost('officeally.com.evil.test')).toBe(false);
    expect(isPortalHost('xn--fficeally-m4a.com')).toBe(false);
    expect(isPortalHost('auth.officeally.com')).toBe(true);
    expect(checkPortalAddress('https://auth.officeally.com/login').ok).toBe(true);
    expect(checkPortalAddress('https://www.patientally.com/').ok).toBe(true);
    expect(checkPortalAddress('http://www.officeally.com/').ok).toBe(false);
  });

  it('Settings refuses a Vimeo login page with the field message', () => {
    const result = referenceOverrides.safeParse({ portalUrls: { 'practice-mate': VIMEO[0] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['portalUrls.practice-mate', "player.vimeo.com only hosts Office Ally's help videos; a login page must be an Office Ally or Patient Ally address."],
    ]);
    expect(referenceOverrides.safeParse({ portalUrls: { 'practice-mate': 'https://pm.officeally.com/pm/login.aspx' } }).success).toBe(true);
  });

  it('the PortalLoginPages policy ignores a Vimeo login page and says so; the Office Ally one stays', () => {
    const { values, notices } = validateLayer({
      scope: 'machine',
      location: 'L',
      raw: { PortalLoginPages: { 'practice-mate': VIMEO[1], ehr: 'https://ehr.officeally.com/' } },
    });
    expect(values).toEqual({ PortalLoginPages: { ehr: 'https://ehr.officeally.com/' } });
    expect(notices).toEqual([
      "Practice policy PortalLoginPages.practice-mate (from L) was ignored: vimeopro.com only hosts Office Ally's help videos; a login page must be an Office Ally or Patient Ally address.",
    ]);
  });

  it('a Vimeo address configured before this change opens no portal window and receives no login', () => {
    const config = { configuredUrls: { 'practice-mate': VIMEO[0] }, testHooks: false };
    expect(isAllowedPortalUrl(VIMEO[0]!, config)).toBe(false);
    expect(mayFillOn(VIMEO[0]!, { portal: 'practice-mate', entryUrl: '', portalUrl: VIMEO[0]! }, config)).toBe(false);
    expect(mayFillOn(VIMEO[0]!, { portal: 'custom', entryUrl: VIMEO[0]!, portalUrl: null }, config)).toBe(false);
  });

  it('the login importer maps portals by the portal list: a Vimeo or look-alike address is no portal', () => {
    expect(portalOfUrl(new URL(VIMEO[0]!))).toBeNull();
    expect(portalOfUrl(new URL('https://pm.officeally.com.evil.test/'))).toBeNull();
    expect(portalOfUrl(new URL('http://pm.officeally.com/'))).toBeNull();
    expect(portalOfUrl(new URL('https://pm.officeally.com/pm/login.aspx'))).toBe('practice-mate');
    expect(portalOfUrl(new URL('https://www.patientally.com/'))).toBe('patient-ally');
  });
});
