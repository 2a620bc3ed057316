import type { Page } from '@playwright/test';
import type { StandInPortal } from '../fixtures/standInPortal';
import { CLAIM_MATCHES } from '../fixtures/standInPortal';
import { expect, test, type AppUnderTest } from './fixtures';
import { profileId, startPortalFor } from './portalHelpers';
import { createProfile } from './vaultHelpers';

/**
 * A portal window's keys (issue 21, item 3), pressed in the portal's own page as a user would: they
 * run the toolbar's commands, so the toolbar (AllyDesk's page, opened here in a tab beside the
 * portal as the browser host serves it) shows the result. What the stand-in portal's server sees
 * (the back navigation, the reload) is asserted from its request log; what the page cannot see
 * (the keys AllyDesk took, the find count, the zoom percent) in the page.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

async function openToolbar(app: AppUnderTest, page: Page, windowId: string) {
  const toolbarPage = await page.context().newPage();
  await toolbarPage.goto(`${app.host!.origin}/toolbar.html#token=${app.host!.token}&window=${encodeURIComponent(windowId)}`);
  return toolbarPage;
}

test('portal keys: Ctrl+F with Enter and Esc in the page, Ctrl+= to 110 %, Alt+← back and F5 reload reach the portal; the page never sees the keys AllyDesk took', async ({
  app,
  page,
}) => {
  test.skip(
    app.runtime !== 'browser',
    'In the desktop app the keys arrive through before-input-event and app-command, unit-tested against a stand-in (portalKeys.test.ts).',
  );
  portal = await startPortalFor(app);
  await createProfile(page, 'Ann');
  expect((await app.invoke('portals:open', { portalId: 'practice-mate' })).ok).toBe(true);
  const id = await profileId(app);
  const win = await app.portals.page(`${id}-practice-mate`, /\/login$/);
  const bar = await openToolbar(app, page, `${id}:practice-mate`);
  const toolbar = bar.getByRole('toolbar', { name: 'Practice Mate window' });
  await expect(toolbar).toBeVisible();

  await win.goto(`${portal.origin}/claims`);
  await expect(win.getByRole('heading', { name: 'Claims' })).toBeVisible();
  // The page's own listener: which keys reach the portal's scripts.
  await win.evaluate("window.__seen = []; window.addEventListener('keydown', (e) => window.__seen.push(e.key));");
  const seen = () => win.evaluate<string[]>('window.__seen');

  // Ctrl+F in the page opens Find in the toolbar, with the keyboard in its field.
  await win.keyboard.press('Control+f');
  const findField = bar.getByLabel('Find in this page');
  await expect(findField).toBeFocused();
  await findField.fill('jane example');
  await bar.keyboard.press('Enter');
  const count = bar.getByRole('status');
  await expect(count).toHaveText(`1 of ${CLAIM_MATCHES}`);
  // Enter and Shift+Enter in the page move between the matches; the toolbar shows where.
  await win.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${CLAIM_MATCHES}`);
  await win.keyboard.press('Enter');
  await expect(count).toHaveText(`3 of ${CLAIM_MATCHES}`);
  await win.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`2 of ${CLAIM_MATCHES}`);
  // The count is AllyDesk's: the page's text holds none of it.
  expect(await win.locator('body').innerText()).not.toContain(`of ${CLAIM_MATCHES}`);
  // Esc in the page closes Find and clears the highlight.
  await win.keyboard.press('Escape');
  await expect(findField).toHaveCount(0);
  await expect.poll(() => win.evaluate("CSS.highlights.has('allydesk-find')")).toBe(false);
  // Enter and Esc are the page's once more.
  await win.keyboard.press('Enter');

  // Ctrl+= zooms to 110 %: the toolbar shows it; the page's text has no percent, and the key never reached the page.
  await win.keyboard.press('Control+Equal');
  await expect(toolbar.getByRole('button', { name: 'Reset zoom (now 110 %)' })).toHaveText('110 %');
  expect(await win.locator('body').innerText()).not.toContain('110 %');
  // (The modifier keys alone are the page's: only the combination is AllyDesk's.)
  const keysSeen = (await seen()).filter((key) => !['Control', 'Shift', 'Alt', 'Meta'].includes(key));
  expect(keysSeen).not.toContain('f');
  expect(keysSeen).not.toContain('=');
  // Enter and Esc were never kept from the page (only AllyDesk decides whether Find has them).
  expect(keysSeen).toEqual(['Enter', 'Enter', 'Enter', 'Escape', 'Enter']);

  // Alt+← goes back, and the portal's server sees the back navigation's request; F5 reloads, and it sees that too.
  const hits = (path: string) => portal.requests.filter((r) => r.method === 'GET' && r.path === path).length;
  await win.getByRole('link', { name: 'Start the link chain' }).click();
  await win.waitForURL(/\/chain\/1$/);
  const claims = hits('/claims');
  await win.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => hits('/claims')).toBe(claims + 1);
  await expect(win).toHaveURL(/\/claims$/);
  await expect(win.getByRole('heading', { name: 'Claims' })).toBeVisible();
  await win.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => hits('/chain/1')).toBe(2);
  await expect(win.getByRole('heading', { name: 'Step 1' })).toBeVisible();
  await win.keyboard.press('F5');
  await expect.poll(() => hits('/chain/1')).toBe(3);
  await expect(win.getByRole('heading', { name: 'Step 1' })).toBeVisible();
  await win.keyboard.press('Control+r');
  await expect.poll(() => hits('/chain/1')).toBe(4);

  // The zoom held across those pages, and is remembered for Ann's Practice Mate.
  await expect(toolbar.getByRole('button', { name: 'Reset zoom (now 110 %)' })).toBeVisible();
  const saved = await app.invoke<{ windows: { zoomPercent: number }[] }>('portals:list');
  expect(saved.data!.windows[0]!.zoomPercent).toBe(110);
  await win.keyboard.press('Control+0');
  await expect(toolbar.getByRole('button', { name: 'Reset zoom (now 100 %)' })).toBeVisible();
  await bar.close();
});
