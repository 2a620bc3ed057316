import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { PRINT_CENTER, REPORT_CANARY } from '../../test/fixtures/standInPopups';
import { startStandInPortal, type StandInPortal } from '../../test/fixtures/standInPortal';
import type { ToolbarView } from '../../shared/ipc/portals';
import { AdjustableClock } from '../services/clock';
import { fillLoginForm } from '../services/portals/pageScript';
import { createPortalsService, type PortalsService } from '../services/portals/service';
import { PORTALS_STORE_DEFAULTS } from '../services/portals/state';
import { confStores } from './node';
import { NodePortalWindows } from './portalWindowsNode';

/**
 * Print and report pop-ups in browser mode (issue 21, item 4): real Chromium, the real portals
 * service and the stand-in portal's print center. What the server saw is asserted from its request
 * log; what the page could not do (reach AllyDesk, get a secret into its pop-up), in the pages.
 */
const hasChromium = Boolean(chromiumPath());
const PASSWORD = 'Correct-Horse-7!';
const key = 'ann00001:practice-mate';
let portal: StandInPortal;
let dataDir: string;
let downloads: string;
let service: PortalsService;
let windows: NodePortalWindows;
const toolbars: ToolbarView[] = [];

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));
const popupsInView = () => service.view().windows.filter((w) => w.popup);
const main = () => windows.pages(key)[0]!;
const pageAt = (pattern: RegExp) => windows.pages(key).find((p) => pattern.test(p.url()));
const popupPage = (popupKey: string) => windows.pages(popupKey)[0]!;

describe.skipIf(!hasChromium)('browser mode: print and report pop-ups (Chromium + stand-in portal)', () => {
  beforeAll(async () => {
    portal = await startStandInPortal({ users: { ann: PASSWORD } });
    dataDir = mkdtempSync(join(tmpdir(), 'allydesk-popups-'));
    downloads = mkdtempSync(join(tmpdir(), 'allydesk-popups-dl-'));
    service = createPortalsService({
      clock: new AdjustableClock(),
      store: confStores(dataDir).open('portals', PORTALS_STORE_DEFAULTS),
      createWindows: (policy) => (windows = new NodePortalWindows({ dataDir, policy, downloadsDir: downloads, headless: true })),
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
      configuredUrls: () => ({ 'practice-mate': portal.url }),
      startPage: () => ({ url: portal.url, source: 'practice', hint: null }),
      testHooks: true,
      onToolbar: (view) => toolbars.push(view),
    });
    await service.logIn('entry');
    await until(() => portal.logins().length === 1, 'the login');
    await until(() => service.view().windows[0]?.phase === 'signed-in', 'signed in');
  }, 60_000);
  afterAll(async () => {
    await service?.dispose();
    await portal?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it("opens the report the page writes into about:blank as a window of its own, on the session's cookie, its toolbar naming the portal's host", async () => {
    await main().goto(`${portal.origin}${PRINT_CENTER}`);
    const cookie = portal.requests.findLast((r) => r.path === PRINT_CENTER)!.cookies.OASESSION;
    expect(cookie).toBeTruthy();
    await main().getByRole('button', { name: 'Open ERA report' }).click();
    await until(() => popupsInView().length === 1, 'the report pop-up in the windows list');
    const [popup] = popupsInView();
    expect(popup).toMatchObject({ id: `${key}/popup-1`, portalId: 'practice-mate', profileName: 'Ann', host: new URL(portal.origin).host, allowedHost: true });
    // Its own toolbar, about its own page: the portal's host (the report is the portal's document), nothing to open in a browser.
    expect(service.commands.toolbar(popup!.id)).toMatchObject({ id: popup!.id, host: new URL(portal.origin).host, allowedHost: true, shareableUrl: null });
    // The rows the page fetched and wrote into it, with the session's cookie.
    await until(() => portal.requests.some((r) => r.path === `${PRINT_CENTER}/rows`), 'the rows request');
    expect(portal.requests.find((r) => r.path === `${PRINT_CENTER}/rows`)!.cookies.OASESSION).toBe(cookie);
    const report = popupPage(popup!.id);
    await until(async () => (await report.getByRole('status').textContent())?.includes(REPORT_CANARY) ?? false, 'the rows in the report');
    expect(await report.getByRole('status').textContent()).toBe(`${REPORT_CANARY}: 3 remittances for ann`);
    // The page sees nothing of AllyDesk from inside its pop-up.
    expect(await report.locator('#seen').textContent()).toBe('AllyDesk seen by the page: nothing');
  }, 60_000);

  it("opens a print preview at the portal's own address: the server sees the pop-up's own request carry the session's cookie", async () => {
    const cookie = portal.requests.findLast((r) => r.path === PRINT_CENTER)!.cookies.OASESSION;
    await main().getByRole('button', { name: 'Open printable claim' }).click();
    await until(() => portal.requests.some((r) => r.path.startsWith(`${PRINT_CENTER}/printable`)), 'the print preview request');
    expect(portal.requests.find((r) => r.path.startsWith(`${PRINT_CENTER}/printable`))!.cookies.OASESSION).toBe(cookie);
    await until(() => popupsInView().length === 2, 'the print preview in the windows list');
    const preview = popupPage(popupsInView()[1]!.id);
    await preview.getByText('Prepared for ann').waitFor();
    // It goes to a look-alike host: refused, and its own toolbar names it (not its portal window's).
    const previewKey = popupsInView()[1]!.id;
    await preview.goto(`${portal.origin}/toolbar/look-alike`).catch(() => undefined);
    await until(() => service.commands.toolbar(previewKey).heldBackHost !== null, 'the held-back host on its toolbar');
    expect(service.commands.toolbar(previewKey)).toMatchObject({ heldBackHost: 'xn--fficeally-m4a.com' });
    expect(service.commands.toolbar(key).heldBackHost).toBeNull();
    expect(preview.url()).not.toContain('xn--');
    await preview.close();
    await until(() => popupsInView().length === 1, 'the closed preview to leave the list');
  }, 60_000);

  it('never fills the report pop-up, though it carries a login form of the portal’s origin', async () => {
    const popupKey = popupsInView()[0]!.id;
    const report = popupPage(popupKey);
    const request = { origin: portal.origin, sendTo: { domains: [], origins: [portal.origin] }, username: 'ann', password: PASSWORD, submit: true };
    expect(await windows.fill(popupKey, request)).toEqual({ ok: false, reason: 'no-field' });
    // Even run inside it, the fill script refuses a document that is no web page (its origin is the opener's).
    expect(await report.evaluate(`(${String(fillLoginForm)})(${JSON.stringify(request)})`)).toEqual({ ok: false, reason: 'origin' });
    expect(await report.getByLabel('Password').inputValue()).toBe('');
    expect(portal.logins()).toHaveLength(1);
  }, 30_000);

  it("opens the page's own blob: PDF; refuses data:, javascript:, file: and another origin's blob: — no window, nothing offered", async () => {
    const noticesBefore = service.view().notices.length;
    for (const name of ['Open data: PDF', 'Open javascript: address', 'Open file: address', "Open another origin's blob"]) {
      await main().getByRole('button', { name }).click();
    }
    await settle(2_500);
    expect(popupsInView()).toHaveLength(1); // the report only
    expect(windows.pages(key).filter((p) => !p.isClosed())).toHaveLength(2);
    expect(
      service
        .view()
        .notices.slice(noticesBefore)
        .filter((n) => n.offer === 'external'),
    ).toEqual([]);
    expect(await main().title()).toBe('Print center - Office Ally'); // the javascript: address ran nowhere

    await main().getByRole('button', { name: 'Open claim PDF' }).click();
    // Headless Chromium has no PDF viewer: it saves the PDF to Downloads and says so; a visible one shows it in its viewer.
    await until(() => popupsInView().length === 2 || readdirSync(downloads).length > 0, 'the PDF pop-up or its download');
    const pdf = popupsInView()[1];
    if (pdf) expect(pdf).toMatchObject({ host: new URL(portal.origin).host, allowedHost: true });
    await until(() => readdirSync(downloads).length > 0 || Boolean(pageAt(/^blob:/)), 'the PDF shown or saved');
    if (readdirSync(downloads).length > 0) {
      await until(() => service.view().notices.some((n) => /^Saved .+ to your Downloads folder\.$/.test(n.message)), 'the download notice');
    } else {
      expect(pageAt(/^blob:/)!.url()).toMatch(new RegExp(`^blob:${portal.origin}/`));
    }
  }, 60_000);

  it('its toolbar commands act on the pop-up: print and save as PDF; the toolbar shows Stop while a page loads', async () => {
    const popupKey = popupsInView()[0]!.id;
    const file = await windows.savePdf(popupKey, 'ERA report.pdf');
    expect(readdirSync(downloads)).toContain(file);
    await service.commands.print(popupKey);
    // Loading: the main window's toolbar was told it was loading, then that it stopped.
    toolbars.length = 0;
    await main().goto(`${portal.origin}/claims`);
    await until(() => toolbars.some((v) => v.id === key && v.loading) && toolbars.at(-1)?.loading === false, 'loading then loaded');
  }, 30_000);

  it('closes with its own window.close(), and every pop-up goes with its portal window', async () => {
    await main().goto(`${portal.origin}${PRINT_CENTER}`);
    const report = popupPage(`${key}/popup-1`);
    // The page closes itself during the click, so Playwright may say the click's page closed under it.
    await report
      .getByRole('button', { name: 'Close report' })
      .click()
      .catch((error: unknown) => {
        if (!report.isClosed()) throw error;
      });
    await until(() => !popupsInView().some((w) => w.id === `${key}/popup-1`), 'the closed report to leave the list');
    // A bar said in a pop-up as it closes (the session warning goes to every window of the portal, and the click
    // that closes a report counts as activity) is let go: it once rejected unhandled and ended the browser host.
    const rejections: unknown[] = [];
    let closingKey = '';
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      await main().getByRole('button', { name: 'Open ERA report' }).click();
      await until(() => popupsInView().length === 1, 'another report pop-up');
      closingKey = popupsInView()[0]!.id;
      const closing = popupPage(closingKey).close();
      windows.showBar(closingKey, 'Still there?');
      await closing;
      windows.showBar(closingKey, null);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    await until(() => !popupsInView().some((w) => w.id === closingKey), 'the second report to leave the list');
    await main().getByRole('button', { name: 'Open ERA report' }).click();
    await until(() => popupsInView().some((w) => w.id !== `${key}/popup-1` && w.host !== null), 'a new report pop-up');
    await service.commands.close(key);
    await until(() => service.view().windows.length === 0, 'every window gone');
  }, 60_000);
});
