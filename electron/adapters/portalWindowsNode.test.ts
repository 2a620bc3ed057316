import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';
import { AdjustableClock } from '../services/clock';
import { createPortalsService, type PortalsService } from '../services/portals/service';
import { PORTALS_STORE_DEFAULTS } from '../services/portals/state';
import { confStores } from './node';
import { NodePortalWindows, portalSessionsDir } from './portalWindowsNode';

/**
 * The browser-mode twin with the real portals service, real Chromium and the stand-in portal:
 * everything asserted from the stand-in server's side or from the files on disk.
 */
const hasChromium = Boolean(chromiumPath());
let portal: StandInPortal;
let dataDir: string;
let downloads: string;
let service: PortalsService;
let windows: NodePortalWindows;
let profile: { id: string; name: string };
let clock: AdjustableClock;
const timerCalls: string[] = [];
const audits: string[] = [];

const until = async (check: () => boolean, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });

describe.skipIf(!hasChromium)('portal windows in browser mode (Chromium + stand-in portal)', () => {
  beforeAll(async () => {
    portal = await startStandInPortal({ users: { ann: 'Correct-Horse-7!', bob: 'Bob-Pass-42' } });
    dataDir = mkdtempSync(join(tmpdir(), 'allydesk-pw-'));
    downloads = mkdtempSync(join(tmpdir(), 'allydesk-dl-'));
    profile = { id: 'ann00001', name: 'Ann' };
    clock = new AdjustableClock();
    service = createPortalsService({
      clock,
      store: confStores(dataDir).open('portals', PORTALS_STORE_DEFAULTS),
      createWindows: (policy) => (windows = new NodePortalWindows({ dataDir, policy, downloadsDir: downloads, headless: true })),
      vault: {
        currentProfile: () => profile,
        loginTarget: (entryId) => ({
          profileId: profile.id,
          profileName: profile.name,
          portal: 'practice-mate',
          entryUrl: entryId === 'two-step-entry' ? `${portal.origin}/two-step` : '',
        }),
        readForFill: () => ({
          username: profile.name.toLowerCase(),
          password: profile.id === 'bob00002' ? 'Bob-Pass-42' : 'Correct-Horse-7!',
          recordFill: (host) => audits.push(host),
        }),
      },
      timers: {
        loggedIn: (p) => timerCalls.push(`in:${p}`),
        activity: (p) => timerCalls.push(`activity:${p}`),
        loggedOut: (p) => timerCalls.push(`out:${p}`),
        codeRequested: (p) => timerCalls.push(`code:${p}`),
        setSessionMinutes: () => undefined,
      },
      notifications: { notify: () => undefined },
      configuredUrls: () => ({ 'practice-mate': portal.url }),
      startPage: () => ({ url: portal.url, source: 'practice', hint: null }),
      testHooks: true,
    });
  }, 30_000);
  afterAll(async () => {
    await service?.dispose();
    await portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  const annKey = 'ann00001:practice-mate';
  const homeCookie = () => portal.requests.findLast((r) => r.path === '/home')?.cookies.OASESSION;

  it('logs in from the vault: the exact credentials reach the portal, and the timer starts without a click', async () => {
    await service.logIn('one-step-entry');
    await until(() => portal.logins().length === 1, 'the login POST');
    expect(portal.logins()).toEqual([{ path: '/login', username: 'ann', password: 'Correct-Horse-7!' }]);
    await until(() => timerCalls.includes('in:practice-mate'), 'the session timer');
    expect(audits).toEqual(['127.0.0.1:' + new URL(portal.origin).port]);
    expect(service.view().windows).toMatchObject([{ portalId: 'practice-mate', profileName: 'Ann', private: false, phase: 'signed-in', awaitingCode: false }]);
    // The portal's page cannot reach AllyDesk: the report binding lives only in AllyDesk's isolated world.
    expect(await windows.pages(annKey)[0]!.evaluate(() => typeof (globalThis as Record<string, unknown>).__allydeskReport)).toBe('undefined');
  }, 60_000);

  it('real input restarts the timer; the claim-fix pop-up carries the same session; a report download is saved', async () => {
    const page = windows.pages(annKey)[0]!;
    await page.waitForURL(/\/home$/);
    clock.advance(11_000); // restarts are at most every 10 s
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Fix claim' }).click();
    await (await popup).waitForLoadState();
    const claim = portal.requests.findLast((r) => r.path.startsWith('/claim-fix'))!;
    expect(claim.cookies.OASESSION).toBe(homeCookie());
    await until(() => timerCalls.includes('activity:practice-mate'), 'activity from the click');
    // The inactivity warning shows as a bar inside the portal window, and stays after the page changes.
    service.sessionWarning('practice-mate', 'Practice Mate will log you out in 2 minutes without activity — save your work.');
    await page.getByRole('alert').filter({ hasText: 'log you out in 2 minutes' }).waitFor({ timeout: 10_000 });
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'log you out in 2 minutes' }).waitFor({ timeout: 10_000 });
    service.sessionWarning('practice-mate', null);
    await page.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByRole('link', { name: 'Download ERA 835' }).click();
    // The notice comes once the file is saved in full (the file appears earlier, while it is copied).
    await until(() => service.view().notices.at(-1)?.message === 'Saved era-2026-11.835 to your Downloads folder.', 'the download notice');
    expect(readdirSync(downloads)).toEqual(['era-2026-11.835']);
    expect(readFileSync(join(downloads, 'era-2026-11.835'), 'utf8')).toContain('ISA*00');
  }, 60_000);

  it('records autopay seen in the portal, and keeps no copy of a cacheable patient page in the data folder', async () => {
    const page = windows.pages(annKey)[0]!;
    await page.goto(`${portal.origin}/autopay/enrolled`);
    await until(() => service.view().autopaySeen.length === 1, 'autopay seen');
    expect(service.view().autopaySeen[0]).toMatchObject({ portalId: 'practice-mate', status: 'enrolled', profileName: 'Ann' });
    await page.goto(`${portal.origin}/patient`);
    await page.getByText(portal.patientCanary).waitFor();
    await page.goto(`${portal.origin}/home`);
    await page.goto(`${portal.origin}/patient`);
    await windows.close(annKey); // flushes the profile to disk
    const folder = join(portalSessionsDir(dataDir), 'ann00001-practice-mate');
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const holding = filesUnder(dataDir).filter((file) => readFileSync(file).includes(portal.patientCanary));
    expect(holding).toEqual([]);
  }, 60_000);

  it("clear wipes the old session cookie; a second staff member's window never sends the first one's cookie", async () => {
    const pagesAfter = (mark: number) => portal.requests.slice(mark).filter((r) => r.path !== '/favicon.ico');
    let mark = portal.requests.length;
    await service.logIn('one-step-entry');
    await until(() => pagesAfter(mark).some((r) => r.path === '/home'), 'the second login');
    const before = pagesAfter(mark).findLast((r) => r.path === '/home')!.cookies.OASESSION!;
    expect(before).toMatch(/^[0-9a-f]{32}$/);
    // Let the signed-in page finish its own requests (its script, images) before clearing.
    await windows.pages(annKey)[0]!.waitForLoadState('networkidle');
    mark = portal.requests.length;
    await service.clear('practice-mate');
    await until(() => pagesAfter(mark).some((r) => r.path === '/login'), 'the login page after clear');
    expect(
      pagesAfter(mark)
        .filter((r) => r.path === '/login')
        .map((r) => r.cookies.OASESSION),
    ).toEqual([undefined]);

    profile = { id: 'bob00002', name: 'Bob' };
    mark = portal.requests.length;
    await service.logIn('one-step-entry');
    await until(() => portal.logins().some((l) => l.username === 'bob'), "Bob's login");
    await until(() => portal.requests.slice(mark).some((r) => r.path === '/home'), "Bob's home page");
    const bobs = portal.requests.slice(mark);
    expect(bobs.every((r) => r.cookies.OASESSION !== before)).toBe(true);
    expect(new Set(bobs.map((r) => r.cookies.OASESSION).filter(Boolean)).size).toBe(1);
    expect(
      service
        .view()
        .windows.map((w) => w.profileName)
        .sort(),
    ).toEqual(['Ann', 'Bob']);
  }, 60_000);

  it('does a username-then-password login in the same window', async () => {
    profile = { id: 'ann00001', name: 'Ann' };
    await service.clear('practice-mate');
    const page = windows.pages(annKey)[0]!;
    const mark = portal.logins().length;
    await page.goto(`${portal.origin}/two-step`);
    await service.logIn('two-step-entry');
    await until(() => portal.logins().length > mark, 'the two-step password POST');
    expect(portal.logins().at(-1)).toEqual({ path: '/two-step/password', username: 'ann', password: 'Correct-Horse-7!' });
    await page.waitForURL(/\/home$/);
  }, 60_000);

  it('fills the older ASP.NET sign-in (Login1_UserName / Login1_Password / Login1_LoginButton)', async () => {
    await service.clear('practice-mate');
    const page = windows.pages(annKey)[0]!;
    const mark = portal.logins().length;
    await page.goto(`${portal.origin}/slogin.aspx`);
    await service.logIn('one-step-entry');
    await until(() => portal.logins().length > mark, 'the ASP.NET login POST');
    expect(portal.logins().at(-1)).toEqual({ path: '/slogin.aspx', username: 'ann', password: 'Correct-Horse-7!' });
    expect(portal.requests.findLast((r) => r.path === '/slogin.aspx' && r.method === 'POST')!.form['Login1$LoginButton']).toBe('Log In');
  }, 60_000);

  it('a private window starts with no cookies and keeps no folder', async () => {
    const before = readdirSync(portalSessionsDir(dataDir)).sort();
    const mark = portal.requests.length;
    await service.open('practice-mate', true);
    await until(() => portal.requests.slice(mark).some((r) => r.path === '/login'), 'the private login page');
    expect(
      portal.requests
        .slice(mark)
        .filter((r) => r.path === '/login')
        .map((r) => r.cookies.OASESSION),
    ).toEqual([undefined]);
    expect(service.view().windows.find((w) => w.private)).toMatchObject({ profileName: null });
    expect(readdirSync(portalSessionsDir(dataDir)).sort()).toEqual(before);
  }, 60_000);

  it("End my shift closes the staff member's window and deletes their session: the next open sends no old cookie", async () => {
    profile = { id: 'ann00001', name: 'Ann' };
    await service.clear('practice-mate'); // back at the login page, as at the start of a shift
    let mark = portal.requests.length;
    await service.logIn('one-step-entry');
    await until(() => portal.requests.slice(mark).some((r) => r.path === '/home'), "Ann's home page");
    const before = portal.requests.slice(mark).findLast((r) => r.path === '/home')!.cookies.OASESSION!;
    await windows.pages(annKey)[0]!.waitForLoadState('networkidle');
    expect(service.openWindows('ann00001')).toBe(1);
    expect(await service.closeAndWipe('ann00001')).toEqual({ closed: ['Practice Mate'], notClosed: [] });
    expect(windows.isOpen(annKey)).toBe(false);
    expect(readdirSync(portalSessionsDir(dataDir)).filter((name) => name.startsWith('ann00001-'))).toEqual([]);
    mark = portal.requests.length;
    await service.open('practice-mate');
    await until(() => portal.requests.slice(mark).some((r) => r.path === '/login'), 'the login page after the shift ended');
    const sent = portal.requests.slice(mark).map((r) => r.cookies.OASESSION);
    expect(sent).not.toContain(before);
    expect(sent.filter(Boolean)).toEqual([]);
  }, 60_000);
});
