import type { Page } from '@playwright/test';
import type { StandInPortal } from '../fixtures/standInPortal';
import { CLAIM_MATCHES } from '../fixtures/standInPortal';
import { expect, expectAccessible, screenshot, test, type AppUnderTest } from './fixtures';
import { profileId, startPortalFor } from './portalHelpers';
import { createProfile } from './vaultHelpers';

/**
 * A portal window's own toolbar (issue 21, item 2), the real page against the real services: in
 * browser mode the host serves renderer/toolbar.html and it talks to the same IPC handlers with the
 * launch token, opened here in a tab beside the portal's page. What the stand-in portal sees (Back,
 * Forward, Reload) is asserted from its request log; what it cannot see (zoom, the find count, the
 * host AllyDesk shows) in the toolbar and the page.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

/** The toolbar page of that window, as the desktop app loads it into the window's top view. */
async function openToolbar(app: AppUnderTest, page: Page, windowId: string) {
  const toolbarPage = await page.context().newPage();
  await toolbarPage.setViewportSize({ width: 1366, height: 768 });
  await toolbarPage.goto(`${app.host!.origin}/toolbar.html#token=${app.host!.token}&window=${encodeURIComponent(windowId)}`);
  return toolbarPage;
}

test('portal toolbar: back, forward, reload reach the portal; the host main saw, whose session, zoom, find n of m, open in my browser without the query, a look-alike in red; keyboard only, axe clean', async ({
  app,
  page,
}) => {
  test.skip(
    app.runtime !== 'browser',
    'In the desktop app the toolbar is a view inside the portal window; its layout is unit-tested (portalWindowsElectron.test.ts).',
  );
  portal = await startPortalFor(app);
  await createProfile(page, 'Ann');
  expect((await app.invoke('portals:open', { portalId: 'practice-mate' })).ok).toBe(true);
  const id = await profileId(app);
  const win = await app.portals.page(`${id}-practice-mate`, /\/login$/);
  const bar = await openToolbar(app, page, `${id}:practice-mate`);
  const toolbar = bar.getByRole('toolbar', { name: 'Practice Mate window' });
  await expect(toolbar).toBeVisible();

  // Whose session, the host as main saw it (no lock: the stand-in is http), and the session timer's state.
  const host = new URL(portal.origin).host;
  await expect(bar.getByText('Ann’s session')).toBeVisible();
  await expect(bar.getByText(host)).toBeVisible();
  await expect(bar.getByRole('img', { name: 'Secure connection to an Office Ally page' })).toHaveCount(0);
  await expect(bar.getByText('No session timer')).toBeVisible();

  await win.goto(`${portal.origin}/claims`);
  await win.getByRole('link', { name: 'Start the link chain' }).click();
  await win.getByRole('link', { name: 'Go to step 2' }).click();
  await win.waitForURL(/\/chain\/2$/);
  const hits = (path: string) => portal.requests.filter((r) => r.method === 'GET' && r.path === path).length;

  // Keyboard only: Tab into the toolbar, arrows between its buttons, Enter presses.
  await toolbar.getByRole('button', { name: 'Back', exact: true }).focus();
  await bar.keyboard.press('Enter');
  await expect.poll(() => hits('/chain/1')).toBe(2);
  await expect(win).toHaveURL(/\/chain\/1$/);
  await bar.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Forward' })).toBeFocused();
  await bar.keyboard.press('Enter');
  await expect.poll(() => hits('/chain/2')).toBe(2);
  await bar.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Reload' })).toBeFocused();
  await bar.keyboard.press('Enter');
  await expect.poll(() => hits('/chain/2')).toBe(3);

  // Zoom: the toolbar says 125 %, and the page is laid out at 125 %.
  await toolbar.getByRole('button', { name: /^Zoom in/ }).click();
  await toolbar.getByRole('button', { name: /^Zoom in/ }).click();
  await expect(toolbar.getByRole('button', { name: 'Reset zoom (now 125 %)' })).toHaveText('125 %');
  await expect.poll(() => win.evaluate(() => getComputedStyle(document.documentElement).zoom)).toBe('1.25');

  // Find: n of m, Enter and Shift+Enter move, Esc closes.
  await win.goto(`${portal.origin}/claims?patient=Jane%20Example&claim=C-1005`);
  await toolbar.getByRole('button', { name: 'Find' }).click();
  const findField = bar.getByLabel('Find in this page');
  await expect(findField).toBeFocused();
  await findField.fill('jane example');
  await bar.keyboard.press('Enter');
  await expect(bar.getByRole('status')).toHaveText(`1 of ${CLAIM_MATCHES}`);
  await bar.keyboard.press('Enter');
  await expect(bar.getByRole('status')).toHaveText(`2 of ${CLAIM_MATCHES}`);
  await bar.keyboard.press('Shift+Enter');
  await expect(bar.getByRole('status')).toHaveText(`1 of ${CLAIM_MATCHES}`);
  await expectAccessible(bar);
  await screenshot(bar, 'portal-toolbar-1366');
  await bar.setViewportSize({ width: 800, height: 768 });
  await screenshot(bar, 'portal-toolbar-800');
  await bar.keyboard.press('Escape');
  await expect(findField).toHaveCount(0);

  // Open in my browser: a confirmation that shows the address without its query; only that address is opened.
  await toolbar.getByRole('button', { name: 'Open in my browser' }).click();
  const dialog = bar.getByRole('alertdialog', { name: 'Open this page in your own browser?' });
  await expect(dialog.getByText(`${portal.origin}/claims`, { exact: true })).toBeVisible();
  await expect(dialog).not.toContainText('Jane');
  await expect(dialog.getByRole('button', { name: 'Stay here' })).toBeFocused();
  await expectAccessible(bar);
  await screenshot(bar, 'portal-toolbar-open-in-browser-800');
  await app.portals.opensInUserBrowser(`${portal.origin}/claims`, () => dialog.getByRole('button', { name: 'Open in my browser' }).click(), bar);
  await expect(dialog).toHaveCount(0);

  // A redirect to a look-alike host (punycode shown as it is): refused, and the toolbar names it in red.
  await win.goto(`${portal.origin}/toolbar/look-alike`).catch(() => undefined);
  await expect(bar.getByText('Not opened here: xn--fficeally-m4a.com')).toBeVisible();
  await expect(bar.getByText('Not an Office Ally page')).toBeVisible();
  await expect(bar.getByText('Not an Office Ally page')).toHaveCSS('background-color', 'rgb(180, 35, 24)');
  expect(win.url()).not.toContain('xn--');
  await bar.setViewportSize({ width: 1366, height: 768 });
  await screenshot(bar, 'portal-toolbar-look-alike-1366');
  await expectAccessible(bar);
  await bar.close();
});
