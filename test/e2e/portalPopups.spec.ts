import type { Page } from '@playwright/test';
import { PRINT_CENTER, REPORT_CANARY } from '../fixtures/standInPopups';
import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, screenshot, test, type AppUnderTest } from './fixtures';
import { ANN, annLogsInFromPasswords, profileId, startPortalFor } from './portalHelpers';

/**
 * Print and report pop-ups (issue 21, item 4) against the stand-in portal's print center
 * (test/fixtures/standInPopups.ts): a report the page writes into about:blank, a print preview at
 * the portal's own address and the page's own blob: PDF open as windows of their own — same
 * session, same guard, their own AllyDesk toolbar (served by the host in browser mode, opened here
 * in a tab as the desktop app loads it into the pop-up's top view) — and data:, javascript:, file:
 * and another origin's blob: open nothing. What the server saw is asserted from its request log;
 * what the page could not (see AllyDesk, get a secret into its pop-up), in the pages.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

type WindowsView = { windows: { id: string; popup?: boolean; host: string | null }[]; notices: { message: string; offer?: string }[] };
const view = async (app: AppUnderTest) => (await app.invoke<WindowsView>('portals:list')).data!;
const popupIds = async (app: AppUnderTest) => (await view(app)).windows.filter((w) => w.popup).map((w) => w.id);

async function openToolbar(app: AppUnderTest, page: Page, windowId: string) {
  const bar = await page.context().newPage();
  await bar.setViewportSize({ width: 1366, height: 768 });
  await bar.goto(`${app.host!.origin}/toolbar.html#token=${app.host!.token}&window=${encodeURIComponent(windowId)}`);
  return bar;
}

test('print and report pop-ups: same session, their own toolbar (keyboard only, axe clean), nothing else opens, no secret filled into them', async ({
  app,
  page,
}) => {
  test.skip(
    app.runtime !== 'browser',
    'In the desktop app a pop-up is a BaseWindow with its own toolbar view; that is unit-tested (portalWindowsElectronPopups.test.ts).',
  );
  portal = await startPortalFor(app);
  await annLogsInFromPasswords(app, page);
  await expect.poll(() => portal.logins(), { timeout: 30_000 }).toHaveLength(1);
  const id = await profileId(app);
  const windowId = `${id}:practice-mate`;
  const win = await app.portals.page(`${id}-practice-mate`, /\/home$/);
  await win.goto(`${portal.origin}${PRINT_CENTER}`);
  const cookie = portal.requests.findLast((r) => r.path === PRINT_CENTER)!.cookies.OASESSION;
  expect(cookie).toBeTruthy();

  // A report the page writes into an about:blank pop-up: a window of its own, the rows the page fetched with the session's cookie.
  const reportOpened = app.portals.nextPopup(win);
  await win.getByRole('button', { name: 'Open ERA report' }).click();
  const report = await reportOpened;
  await expect(report.getByRole('status')).toHaveText(`${REPORT_CANARY}: 3 remittances for ${ANN.username}`);
  expect(portal.requests.find((r) => r.path === `${PRINT_CENTER}/rows`)!.cookies.OASESSION).toBe(cookie);
  await expect(report.getByText('AllyDesk seen by the page: nothing')).toBeVisible();
  await expect.poll(() => popupIds(app)).toEqual([`${windowId}/popup-1`]);

  // Its own toolbar: the portal's host (the report is the portal's document), a pop-up's commands, keyboard only.
  const bar = await openToolbar(app, page, `${windowId}/popup-1`);
  const toolbar = bar.getByRole('toolbar', { name: 'Practice Mate pop-up' });
  await expect(toolbar).toBeVisible();
  await expect(bar.getByText(new URL(portal.origin).host)).toBeVisible();
  await expect(bar.getByText('Ann’s session')).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Clear cache & cookies' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Open in my browser' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Back', exact: true }).focus();
  await bar.keyboard.press('Enter');
  await expect(bar.getByText('There is no earlier page.')).toBeVisible();
  await bar.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Forward' })).toBeFocused();
  // A pop-up's toolbar ends at Print (no Open in my browser, no Clear: those belong to its portal window).
  await bar.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Print' })).toBeFocused();
  await bar.keyboard.press('Enter');
  await expect(bar.getByText('The print dialog is open.')).toBeVisible();
  await expectAccessible(bar);
  await screenshot(bar, 'portal-popup-toolbar-1366');
  await bar.setViewportSize({ width: 800, height: 768 });
  await screenshot(bar, 'portal-popup-toolbar-800');
  await expectAccessible(bar);

  // A print preview at the portal's own address: the pop-up's own request carries the session's cookie.
  const previewOpened = app.portals.nextPopup(win);
  await win.getByRole('button', { name: 'Open printable claim' }).click();
  const preview = await previewOpened;
  await expect(preview.getByText(`Prepared for ${ANN.username}`)).toBeVisible();
  expect(portal.requests.find((r) => r.path.startsWith(`${PRINT_CENTER}/printable`))!.cookies.OASESSION).toBe(cookie);
  await expect.poll(async () => (await popupIds(app)).length).toBe(2);
  // data:, javascript:, file: and another origin's blob: open nothing, and nothing is offered to the browser.
  const offersBefore = (await view(app)).notices.filter((n) => n.offer === 'external').length;
  for (const name of ['Open data: PDF', 'Open javascript: address', 'Open file: address', "Open another origin's blob"]) {
    await win.getByRole('button', { name }).click();
  }
  await win.waitForTimeout(2_500);
  expect(await popupIds(app)).toHaveLength(2);
  expect((await view(app)).notices.filter((n) => n.offer === 'external')).toHaveLength(offersBefore);
  await expect(win).toHaveTitle('Print center - Office Ally'); // the javascript: address ran nowhere

  // The page's own blob: PDF: shown in Chromium's viewer, or (headless Chromium has none) saved to Downloads and announced.
  await win.getByRole('button', { name: 'Open claim PDF' }).click();
  await expect
    .poll(async () => (await popupIds(app)).length > 2 || (await view(app)).notices.some((n) => /^Saved .+ to your Downloads folder\.$/.test(n.message)), {
      timeout: 15_000,
    })
    .toBe(true);

  // "Log in as" never fills the report's login form (the page's origin, in a window its opener can read).
  await page.getByRole('button', { name: 'Log in as Ann for Practice Mate' }).click();
  await win.waitForTimeout(3_000);
  await expect(report.getByLabel('Password')).toHaveValue('');
  expect(portal.logins()).toHaveLength(1);

  // The report closes itself (its own window.close()), with that "Log in as" still pending: it leaves the list, the host keeps serving.
  await bar.close();
  await report
    .getByRole('button', { name: 'Close report' })
    .click()
    .catch(() => undefined);
  await expect.poll(() => popupIds(app), { timeout: 15_000 }).not.toContain(`${windowId}/popup-1`);
  expect((await view(app)).windows.some((w) => w.id === windowId)).toBe(true);
});
