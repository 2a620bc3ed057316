import { describe, expect, it } from 'vitest';
import { decideNavigation, hostOf, isAllowedPortalUrl, mayFillOn } from './allowList';

const noHooks = { configuredUrls: {}, testHooks: false };
const standIn = 'http://127.0.0.1:43123/login';

describe('portal window allow-list', () => {
  it("admits Office Ally's and Patient Ally's https hosts and nothing that merely looks like them", () => {
    for (const url of [
      'https://auth.officeally.com/login',
      'https://www.officeally.com/slogin.aspx',
      'https://cms.officeally.com/practicemate',
      'https://patientally.com/',
      'https://www.patientally.com/x',
    ]) {
      expect(isAllowedPortalUrl(url, noHooks), url).toBe(true);
    }
    for (const url of [
      'http://auth.officeally.com/',
      'https://officeally.com.evil.example/',
      'https://evilofficeally.com/',
      'https://user:pw@auth.officeally.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedPortalUrl(url, noHooks), url).toBe(false);
    }
  });

  it('admits a configured http://127.0.0.1 stand-in only with the test hooks on', () => {
    const configured = { configuredUrls: { 'practice-mate': standIn } };
    expect(isAllowedPortalUrl(`${standIn}?x=1`, { ...configured, testHooks: false })).toBe(false);
    expect(isAllowedPortalUrl('http://127.0.0.1:43123/home', { ...configured, testHooks: true })).toBe(true);
    // Not every loopback port: only the configured one.
    expect(isAllowedPortalUrl('http://127.0.0.1:9/home', { ...configured, testHooks: true })).toBe(false);
    expect(decideNavigation('http://127.0.0.1:43123/home', { ...configured, testHooks: false })).toBe('external');
  });

  it('sends other web addresses to the system browser after a prompt, and refuses the rest', () => {
    expect(decideNavigation('https://www.google.com/', noHooks)).toBe('external');
    expect(decideNavigation('https://sc.officeally.com/claims', noHooks)).toBe('allow');
    expect(decideNavigation('about:blank', noHooks)).toBe('allow');
    expect(decideNavigation('file:///C:/Windows', noHooks)).toBe('block');
  });

  it("fills an entry's secret only on its own host family or its configured origin", () => {
    const pm = { portal: 'practice-mate', entryUrl: '', portalUrl: 'https://cms.officeally.com/practicemate' };
    expect(mayFillOn('https://auth.officeally.com/u/login', pm, noHooks)).toBe(true);
    expect(mayFillOn('https://patientally.com/login', pm, noHooks)).toBe(false);
    expect(mayFillOn('http://auth.officeally.com/u/login', pm, noHooks)).toBe(false);
    const pa = { portal: 'patient-ally', entryUrl: '', portalUrl: null };
    expect(mayFillOn('https://auth.officeally.com/login', pa, noHooks)).toBe(false);
    expect(mayFillOn('https://www.patientally.com/login', pa, noHooks)).toBe(true);
    const test = { portal: 'practice-mate', entryUrl: '', portalUrl: standIn };
    const hooks = { configuredUrls: { 'practice-mate': standIn }, testHooks: true };
    expect(mayFillOn('http://127.0.0.1:43123/two-step/password', test, hooks)).toBe(true);
    expect(mayFillOn('http://127.0.0.1:43123/two-step/password', test, { ...hooks, testHooks: false })).toBe(false);
  });
});

it('hostOf: the host as the parser writes it (port kept, punycode as is), none for an address without one', () => {
  expect(hostOf('https://cms.officeally.com/practicemate?x=1')).toBe('cms.officeally.com');
  expect(hostOf('https://127.0.0.1:8443/home')).toBe('127.0.0.1:8443');
  expect(hostOf('https://оfficeally.com/')).toBe('xn--fficeally-z2h.com'); // Cyrillic "о": shown as the look-alike it is
  expect(hostOf('data:text/html,<h1>x</h1>')).toBeNull();
  expect(hostOf('blob:https://cms.officeally.com/0f3c')).toBeNull();
  expect(hostOf('not an address')).toBeNull();
});
