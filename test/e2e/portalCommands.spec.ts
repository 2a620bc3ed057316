import type { StandInPortal } from '../fixtures/standInPortal';
import { CLAIM_MATCHES } from '../fixtures/standInPortal';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { profileId, startPortalFor } from './portalHelpers';
import { createProfile } from './vaultHelpers';

/**
 * The window commands from AllyDesk's windows list (issue 21, items 3 and 5), against the stand-in
 * portal: what the server sees (the back navigation's request, the reload) is asserted from its
 * request log; what it cannot see (the find count, the zoom) in AllyDesk's list and in the page.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

test('windows list: back and reload reach the portal, find says n of m, zoom 125 % is in the page and remembered, keyboard and axe clean', async ({
  app,
  page,
}) => {
  portal = await startPortalFor(app);
  await createProfile(page, 'Ann');
  expect((await app.invoke('portals:open', { portalId: 'practice-mate' })).ok).toBe(true);
  const win = await app.portals.page(`${await profileId(app)}-practice-mate`, /\/login$/);
  await win.goto(`${portal.origin}/claims`);
  await win.getByRole('link', { name: 'Start the link chain' }).click();
  await win.getByRole('link', { name: 'Go to step 2' }).click();
  await win.waitForURL(/\/chain\/2$/);

  const list = page.getByRole('region', { name: 'Open portal windows' }).or(page.locator('section.portal-windows'));
  const toolbar = page.getByRole('toolbar', { name: 'Practice Mate — Ann window' });
  await expect(toolbar).toBeVisible();
  await expect(list.getByText('127.0.0.1')).toBeVisible();
  const hits = (path: string) => portal.requests.filter((r) => r.method === 'GET' && r.path === path).length;
  expect(hits('/chain/1')).toBe(1);

  // Back: the stand-in receives the earlier page's request again.
  await toolbar.getByRole('button', { name: 'Back', exact: true }).click();
  await expect.poll(() => hits('/chain/1')).toBe(2);
  await expect(win).toHaveURL(/\/chain\/1$/);
  // Reload, from the keyboard: the toolbar's arrow keys move between its buttons.
  await toolbar.getByRole('button', { name: 'Back', exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // Forward
  await page.keyboard.press('ArrowRight'); // Reload
  await expect(toolbar.getByRole('button', { name: 'Reload' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => hits('/chain/1')).toBe(3);
  await toolbar.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(win).toHaveURL(/\/claims$/);

  // Find: n of m, Enter moves on, Esc closes.
  await toolbar.getByRole('button', { name: 'Find' }).click();
  const findField = page.getByLabel('Find in Practice Mate — Ann');
  await expect(findField).toBeFocused();
  await findField.fill('jane example');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`1 of ${CLAIM_MATCHES}`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`2 of ${CLAIM_MATCHES}`)).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByText(`1 of ${CLAIM_MATCHES}`)).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'portal-windows-list-1366');
  await page.setViewportSize({ width: 800, height: 768 });
  await screenshot(page, 'portal-windows-list-800');
  await page.keyboard.press('Escape');
  await expect(findField).toHaveCount(0);

  // Zoom to 125 %: the page is laid out at 125 %, and the list says so.
  await toolbar.getByRole('button', { name: /^Zoom in/ }).click();
  await toolbar.getByRole('button', { name: /^Zoom in/ }).click();
  await expect(toolbar.getByRole('button', { name: 'Reset zoom (now 125 %)' })).toBeVisible();
  await expect.poll(() => win.evaluate(() => getComputedStyle(document.documentElement).zoom)).toBe('1.25');
  // The next page keeps it.
  await win.getByRole('link', { name: 'Start the link chain' }).click();
  await win.waitForURL(/\/chain\/1$/);
  await expect.poll(() => win.evaluate(() => getComputedStyle(document.documentElement).zoom)).toBe('1.25');
  const saved = await app.invoke<{ windows: { zoomPercent: number }[] }>('portals:list');
  expect(saved.data!.windows[0]!.zoomPercent).toBe(125);

  // Close from the list: the window goes, and the list with it.
  await toolbar.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(toolbar).toHaveCount(0);
});
