import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { ANN, annLogsInFromPasswords, BOB, filesHolding, profileId, saveLogin, startPortalFor, timerSession } from './portalHelpers';
import { createProfile, PASS } from './vaultHelpers';

/**
 * Portal windows against the stand-in Office Ally portal (test/fixtures/standInPortal.ts), with the
 * practice's Practice Mate login page set to the stand-in's http://127.0.0.1 address — accepted
 * only because the app runs with ALLYDESK_TEST_HOOKS=1. Everything is asserted from the stand-in
 * server's side (what arrived, with which cookie) or from the runtime's saved sessions. The same
 * specs run in both projects: `app.portals` reaches the browser host's Chromium windows or
 * Electron's BrowserWindows, and the test clicks in them as a user would.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

test('Log in as Ann: exact credentials, timer from the login, pop-up in the same session, real input restarts the timer, autopay seen, no cached patient page', async ({
  app,
  page,
}) => {
  portal = await startPortalFor(app);
  await annLogsInFromPasswords(app, page);

  await expect.poll(() => portal.logins(), { timeout: 30_000 }).toEqual([{ path: '/login', username: ANN.username, password: ANN.password }]);
  // The timer started because the window left the login page: nobody clicked "I'm logged in".
  await expect.poll(async () => (await timerSession(app))?.phase, { timeout: 15_000 }).toBe('running');
  const started = (await timerSession(app))!.startedAt;

  const sessionName = `${await profileId(app)}-practice-mate`;
  const home = await app.portals.page(sessionName, /\/home$/);
  const homeCookie = portal.requests.findLast((r) => r.path === '/home')!.cookies.OASESSION;
  await app.invoke('test:advanceClock', { ms: 11_000 });
  const popup = app.portals.nextPopup(home);
  await home.getByRole('button', { name: 'Fix claim' }).click();
  await (await popup).waitForLoadState();
  expect(portal.requests.findLast((r) => r.path.startsWith('/claim-fix'))!.cookies.OASESSION).toBe(homeCookie);
  await expect.poll(async () => (await timerSession(app))!.startedAt, { timeout: 10_000 }).toBeGreaterThan(started);

  // A link off Office Ally's sites stays out of the portal window; AllyDesk asks, and opens it in the user's browser.
  await home.getByRole('link', { name: 'A page outside Office Ally' }).click();
  await expect(page.getByText(/Practice Mate wants to open www\.example\.com/)).toBeVisible({ timeout: 10_000 });
  expect(home.url()).toMatch(/\/home$/);
  await app.portals.opensInUserBrowser(
    'https://www.example.com/outside',
    () => page.getByRole('button', { name: 'Open https://www.example.com/outside in my browser' }).click(),
    page,
  );
  await home.goto(`${portal.origin}/autopay/enrolled`);
  await expect(page.getByText('Practice Mate shows that autopay is on')).toBeVisible({ timeout: 10_000 });
  const seen = await app.invoke<{ autopaySeen: { status: string; profileName: string }[] }>('portals:list');
  expect(seen.data!.autopaySeen).toMatchObject([{ status: 'enrolled', profileName: 'Ann' }]);

  await home.goto(`${portal.origin}/patient`);
  await expect(home.getByText(portal.patientCanary)).toBeVisible();
  await navLink(page, 'Which portal?').click();
  await screenshot(page, 'portal-windows-portals-screen');
  await expectAccessible(page);
  await page.getByRole('button', { name: /^Clear Practice Mate.s cache and cookies$/ }).click();
  await expect(page.getByRole('alertdialog', { name: /^Clear Practice Mate.s cache and cookies\?$/ })).toBeVisible();
  await screenshot(page, 'portal-windows-clear-confirm');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear and reopen' }).click();
  await expect(page.getByText(/Practice Mate’s cookies and cache in AllyDesk are cleared/)).toBeVisible({ timeout: 20_000 });
  // After "clear" the stand-in sees the login page asked for without the old session cookie.
  const afterClear = portal.requests.findLast((r) => r.path === '/login')!;
  expect(afterClear.cookies.OASESSION).toBeUndefined();
  // The saved session lives inside the data folder, so searching the folder covers it.
  expect(realpathSync(await app.portals.storagePath(sessionName)).startsWith(realpathSync(app.dataDir) + sep)).toBe(true);
  expect(filesHolding(app.dataDir, portal.patientCanary)).toEqual([]);
});

test("a second staff member's window never sends the first one's cookie; the idle logout teaches the timer its length", async ({ app, page }) => {
  portal = await startPortalFor(app, { idleSeconds: 15 });
  await createProfile(page, 'Ann');
  const annEntry = await saveLogin(app, ANN);
  expect((await app.invoke('portals:logIn', { entryId: annEntry })).ok).toBe(true);
  await expect.poll(() => portal.requests.some((r) => r.path === '/home'), { timeout: 30_000 }).toBe(true);
  const annCookie = portal.requests.findLast((r) => r.path === '/home')!.cookies.OASESSION!;
  await expect.poll(async () => (await app.invoke<{ windows: { phase: string }[] }>('portals:list')).data!.windows[0]?.phase).toBe('signed-in');

  // Twenty-five minutes pass on AllyDesk's clock; the stand-in then ends its idle session and its page goes back to the login form.
  await app.invoke('test:advanceClock', { ms: 25 * 60_000 });
  await expect(page.getByText('Practice Mate logged you out after about 25 minutes without activity.')).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'portal-windows-idle-learned');
  await expectAccessible(page);
  await page.getByRole('button', { name: /Set Practice Mate.s inactivity timer to 25 minutes/ }).click();
  await expect
    .poll(async () => (await app.invoke<{ sessionMinutes: Record<string, number> }>('timers:getSettings')).data!.sessionMinutes['practice-mate'])
    .toBe(25);

  expect((await app.invoke('vault:createProfile', { name: 'Bob', passphrase: 'lantern orchard velvet 43' })).ok).toBe(true);
  const bobEntry = await saveLogin(app, BOB);
  const mark = portal.requests.length;
  expect((await app.invoke('portals:logIn', { entryId: bobEntry })).ok).toBe(true);
  await expect.poll(() => portal.logins().some((l) => l.username === BOB.username), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => portal.requests.slice(mark).some((r) => r.path === '/home'), { timeout: 15_000 }).toBe(true);
  const bobs = portal.requests.slice(mark);
  expect(bobs.filter((r) => r.cookies.OASESSION === annCookie)).toEqual([]);
  expect(portal.logins().at(-1)).toEqual({ path: '/login', username: BOB.username, password: BOB.password });
});

test("End my shift closes the staff member's portal window and wipes its session: the next login page gets no old cookie", async ({ app, page }) => {
  portal = await startPortalFor(app);
  await createProfile(page, 'Ann');
  const annEntry = await saveLogin(app, ANN);
  const annId = await profileId(app);
  expect((await app.invoke('portals:logIn', { entryId: annEntry })).ok).toBe(true);
  await expect.poll(() => portal.requests.some((r) => r.path === '/home'), { timeout: 30_000 }).toBe(true);
  const annCookie = portal.requests.findLast((r) => r.path === '/home')!.cookies.OASESSION!;
  await expect.poll(async () => (await app.invoke<{ windows: { phase: string }[] }>('portals:list')).data!.windows[0]?.phase).toBe('signed-in');
  const annSession = `${annId}-practice-mate`;
  expect(await app.portals.keepsSavedSession(annSession)).toBe(true);

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('alertdialog', { name: 'End your shift, Ann?' });
  await expect(dialog.getByRole('list', { name: 'What will close' }).getByRole('listitem')).toContainText([
    '1 portal window closes and all your saved portal sessions are wiped.',
  ]);
  await dialog.getByRole('button', { name: 'End my shift' }).click();
  await expect(page.getByText('The shift ended: everything was locked and closed. Ready for the next person.')).toBeVisible();
  await expect.poll(async () => (await app.invoke<{ windows: unknown[] }>('portals:list')).data!.windows).toEqual([]);
  expect(await app.portals.keepsSavedSession(annSession)).toBe(false);

  // Ann unlocks again next morning: her window starts from the login page with no cookie of yesterday's session.
  await page.getByLabel('Passphrase for Ann').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('banner').getByText('Signed in: Ann')).toBeVisible({ timeout: 15_000 });
  const mark = portal.requests.length;
  const reopened = await app.invoke('portals:open', { portalId: 'practice-mate' });
  expect(reopened.ok, JSON.stringify(reopened.error)).toBe(true);
  await expect.poll(() => portal.requests.slice(mark).some((r) => r.path === '/login'), { timeout: 30_000 }).toBe(true);
  expect(
    portal.requests
      .slice(mark)
      .map((r) => r.cookies.OASESSION)
      .filter(Boolean),
  ).toEqual([]);
  expect(portal.requests.slice(mark).some((r) => r.cookies.OASESSION === annCookie)).toBe(false);
});
