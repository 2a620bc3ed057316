import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_MATCHES, startStandInPortal, type StandInPortal } from '../fixtures/standInPortal';

/** The stand-in portal the portal-window e2e tests log into: it must behave like a portal, or those tests prove nothing. */
let portal: StandInPortal;
afterEach(() => portal?.close());

const post = (url: string, form: Record<string, string>, cookie = '') =>
  fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, body: new URLSearchParams(form) });
const sessionCookie = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('OASESSION=')) ?? '';

describe('stand-in Office Ally portal', () => {
  it('accepts the right one-step and ASP.NET logins only, and records exactly what arrived', async () => {
    portal = await startStandInPortal({ users: { ann: 'Pw-1' } });
    expect(await (await fetch(portal.url)).text()).toContain('Continue');
    expect((await post(portal.url, { username: 'ann', password: 'Pw-1 ' })).status).toBe(200); // trailing space: refused
    const ok = await post(portal.url, { username: 'ann', password: 'Pw-1' });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('/home');
    expect((await post(`${portal.origin}/slogin.aspx`, { Login1$UserName: 'ann', Login1$Password: 'Pw-1' })).headers.get('location')).toBe('/home');
    expect(portal.logins()).toEqual([
      { path: '/login', username: 'ann', password: 'Pw-1 ' },
      { path: '/login', username: 'ann', password: 'Pw-1' },
      { path: '/slogin.aspx', username: 'ann', password: 'Pw-1' },
    ]);
  });

  it('runs a username-then-password login and a code page', async () => {
    portal = await startStandInPortal({ users: { ann: 'Pw-1' }, twoFactorCode: '123456' });
    const first = await post(`${portal.origin}/two-step`, { username: 'ann' });
    const pending = first.headers.getSetCookie()[0]!.split(';')[0]!;
    const second = await post(`${portal.origin}/two-step/password`, { password: 'Pw-1' }, pending);
    expect(second.headers.get('location')).toBe('/verify');
    const code = await post(`${portal.origin}/verify`, { code: '123456' }, second.headers.getSetCookie()[0]!.split(';')[0]!);
    expect(sessionCookie(code)).toMatch(/^OASESSION=[0-9a-f]{32}$/);
    expect(portal.logins()).toEqual([{ path: '/two-step/password', username: 'ann', password: 'Pw-1' }]);
  });

  it('ends an idle session and sends the next page to the login form; serves the pop-up, download, autopay and cacheable pages', async () => {
    portal = await startStandInPortal({ users: { ann: 'Pw-1' }, idleSeconds: 1 });
    const cookie = sessionCookie(await post(portal.url, { username: 'ann', password: 'Pw-1' }));
    const get = (path: string) => fetch(`${portal.origin}${path}`, { headers: { cookie }, redirect: 'manual' });
    expect(await (await get('/claim-fix?id=1')).text()).toContain('Signed in as ann');
    expect((await get('/reports/era.835')).headers.get('content-disposition')).toContain('attachment');
    expect(await (await get('/autopay/enrolled')).text()).toContain('Congratulations! You are enrolled in autopay.');
    expect(await (await get('/autopay/not-enrolled')).text()).toContain('You are not currently enrolled in autopay');
    const patient = await get('/patient');
    expect(patient.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await patient.text()).toContain(portal.patientCanary);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const expired = await get('/home?auto=1');
    expect(expired.headers.get('location')).toBe('/login?expired=1');
    expect(portal.requests.at(-1)!.cookies.OASESSION).toBe(cookie.split('=')[1]);
  });

  it("has Office Ally's landing page with a Log in menu leading to the sign-in form, a long claim list with Print and a PDF, and a link chain", async () => {
    portal = await startStandInPortal();
    const site = await (await fetch(portal.siteUrl)).text();
    expect(site).toContain('>Log in</button>');
    for (const item of ['Service Center Login', 'Practice Mate Login', 'EHR 24/7 Login']) expect(site).toContain(`>${item}</a>`);
    expect(await (await fetch(`${portal.origin}/login?product=service-center`)).text()).toContain('Continue');
    const claims = await (await fetch(`${portal.origin}/claims`)).text();
    expect(claims.match(/Jane Example/g)).toHaveLength(CLAIM_MATCHES);
    expect(claims.match(/<tr><td>C-/g)).toHaveLength(240);
    const script = await (await fetch(`${portal.origin}/claims.js`)).text();
    expect(script).toContain('window.print()');
    expect(script).toContain('URL.createObjectURL');
    expect(await (await fetch(`${portal.origin}/chain/1`)).text()).toContain('href="/chain/2"');
  });
});
