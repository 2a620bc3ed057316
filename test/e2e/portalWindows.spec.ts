import { chromium, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStandInPortal, type StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, navLink, screenshot, test, type AppUnderTest } from './fixtures';
import { createProfile, PASS } from './vaultHelpers';

/**
 * Portal windows against the stand-in Office Ally portal (test/fixtures/standInPortal.ts), with the
 * practice's Practice Mate login page set to the stand-in's http://127.0.0.1 address — accepted
 * only because the app runs with ALLYDESK_TEST_HOOKS=1. Everything is asserted from the stand-in
 * server's side (what arrived, with which cookie) or from files on disk. In browser mode the portal
 * windows are the host's own Chromium; the test clicks in them through DevTools, as a user would.
 */
let portal: StandInPortal;
let portalBrowser: Browser | null = null;
test.afterEach(async () => {
  await portalBrowser?.close().catch(() => undefined);
  portalBrowser = null;
  await portal?.close();
});

const ANN = { username: 'ann.frontdesk', password: 'Correct-Horse-7!' };
const BOB = { username: 'bob.billing', password: 'Bob-Pass-42' };

async function setUp(app: AppUnderTest, idleSeconds = 600) {
  test.skip(
    app.runtime === 'electron',
    'Portal windows in the Electron runtime are covered by the adapter unit tests here (no Electron binary on this machine).',
  );
  portal = await startStandInPortal({ users: { [ANN.username]: ANN.password, [BOB.username]: BOB.password }, idleSeconds });
  const saved = await app.invoke('reference:setOverrides', { portalUrls: { 'practice-mate': portal.url } });
  expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
}

async function saveLogin(app: AppUnderTest, login: { username: string; password: string }) {
  const reply = await app.invoke<{ id: string }>('vault:saveEntry', {
    fields: { kind: 'portal', portal: 'practice-mate', customName: '', url: '', username: login.username, notes: '' },
    password: login.password,
  });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  return reply.data!.id;
}

/** The portal window the host opened, reached through its DevTools port (test hooks only). */
async function portalWindow(app: AppUnderTest, sessionName: string, path: RegExp): Promise<Page> {
  const portFile = join(app.dataDir, 'portal-sessions', sessionName, 'DevToolsActivePort');
  await expect.poll(() => readdirSync(join(app.dataDir, 'portal-sessions', sessionName)).includes('DevToolsActivePort'), { timeout: 20_000 }).toBe(true);
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  portalBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  let found: Page | undefined;
  await expect
    .poll(
      () =>
        (found = portalBrowser!
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => path.test(p.url()))) !== undefined,
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

const session = async (app: AppUnderTest) =>
  (await app.invoke<{ sessions: { portalId: string; startedAt: number; phase: string }[] }>('timers:list')).data!.sessions.find(
    (s) => s.portalId === 'practice-mate',
  );

test('Log in as Ann: exact credentials, timer from the login, pop-up in the same session, real input restarts the timer, autopay seen, no cached patient page', async ({
  app,
  page,
}) => {
  await setUp(app);
  await createProfile(page, 'Ann');
  await saveLogin(app, ANN);
  await page.reload(); // the login was saved behind the UI's back: show the list again
  await navLink(page, 'Passwords').click();
  await page.getByRole('button', { name: 'Log in as Ann for Practice Mate' }).click();

  await expect.poll(() => portal.logins(), { timeout: 30_000 }).toEqual([{ path: '/login', username: ANN.username, password: ANN.password }]);
  // The timer started because the window left the login page: nobody clicked "I'm logged in".
  await expect.poll(async () => (await session(app))?.phase, { timeout: 15_000 }).toBe('running');
  const started = (await session(app))!.startedAt;

  const home = await portalWindow(app, `${await profileId(app)}-practice-mate`, /\/home$/);
  const homeCookie = portal.requests.findLast((r) => r.path === '/home')!.cookies.OASESSION;
  await app.invoke('test:advanceClock', { ms: 11_000 });
  const popup = home.context().waitForEvent('page');
  await home.getByRole('button', { name: 'Fix claim' }).click();
  await (await popup).waitForLoadState();
  expect(portal.requests.findLast((r) => r.path.startsWith('/claim-fix'))!.cookies.OASESSION).toBe(homeCookie);
  await expect.poll(async () => (await session(app))!.startedAt, { timeout: 10_000 }).toBeGreaterThan(started);

  // A link off Office Ally's sites stays out of the portal window; AllyDesk asks, and opens it in the user's browser.
  await home.getByRole('link', { name: 'A page outside Office Ally' }).click();
  await expect(page.getByText(/Practice Mate wants to open www\.example\.com/)).toBeVisible({ timeout: 10_000 });
  expect(home.url()).toMatch(/\/home$/);
  // This machine has no internet: the user's browser (a new tab here) asking for the address is the proof.
  const outside = page.context().waitForEvent('request', (request) => request.url() === 'https://www.example.com/outside');
  await page.getByRole('button', { name: 'Open https://www.example.com/outside in my browser' }).click();
  expect((await outside).isNavigationRequest()).toBe(true);
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
  await page.getByRole('button', { name: 'Clear and reopen' }).click();
  await expect(page.getByText(/Practice Mate's cookies and cache in AllyDesk are cleared/)).toBeVisible({ timeout: 20_000 });
  // After "clear" the stand-in sees the login page asked for without the old session cookie.
  const afterClear = portal.requests.findLast((r) => r.path === '/login')!;
  expect(afterClear.cookies.OASESSION).toBeUndefined();
  const holding = filesUnder(app.dataDir).filter((file) => readFileSync(file).includes(portal.patientCanary));
  expect(holding).toEqual([]);
});

test("a second staff member's window never sends the first one's cookie; the idle logout teaches the timer its length", async ({ app, page }) => {
  await setUp(app, 15);
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
  await setUp(app);
  await createProfile(page, 'Ann');
  const annEntry = await saveLogin(app, ANN);
  const annId = await profileId(app);
  expect((await app.invoke('portals:logIn', { entryId: annEntry })).ok).toBe(true);
  await expect.poll(() => portal.requests.some((r) => r.path === '/home'), { timeout: 30_000 }).toBe(true);
  const annCookie = portal.requests.findLast((r) => r.path === '/home')!.cookies.OASESSION!;
  await expect.poll(async () => (await app.invoke<{ windows: { phase: string }[] }>('portals:list')).data!.windows[0]?.phase).toBe('signed-in');

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('alertdialog', { name: 'End your shift, Ann?' });
  await expect(dialog.getByRole('list', { name: 'What will close' }).getByRole('listitem')).toContainText([
    '1 portal window closes and all your saved portal sessions are wiped.',
  ]);
  await dialog.getByRole('button', { name: 'End my shift' }).click();
  await expect(page.getByText('The shift ended: everything was locked and closed. Ready for the next person.')).toBeVisible();
  await expect.poll(async () => (await app.invoke<{ windows: unknown[] }>('portals:list')).data!.windows).toEqual([]);
  expect(readdirSync(join(app.dataDir, 'portal-sessions')).filter((name) => name.startsWith(`${annId}-`))).toEqual([]);

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

async function profileId(app: AppUnderTest) {
  return (await app.invoke<{ unlocked: { profileId: string } }>('vault:status')).data!.unlocked.profileId;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
