import type { StandInPortal } from '../fixtures/standInPortal';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { ANN, annLogsInFromPasswords, profileId, startPortalFor, timerSession } from './portalHelpers';

/**
 * "Log in as Ann" against the stand-in portal with two-factor on (a right password leads to its
 * code page). Runs in both projects, like portalWindows.spec.ts: `app.portals` reaches the window.
 */
let portal: StandInPortal;
test.afterEach(async () => {
  await portal?.close();
});

const CODE = '482913';
const CODE_REQUEST =
  'Practice Mate is asking for your two-factor security code. Type it into the Practice Mate — Ann window. The code is usually sent to your registered email, or to your mobile phone by text. No code yet? Check your spam or junk folder.';

test("two-factor: the code page is not 'logged in'; AllyDesk says where to type the code; a wrong code changes nothing; the right one starts the timer by itself", async ({
  app,
  page,
}) => {
  portal = await startPortalFor(app, { twoFactorCode: CODE });
  await annLogsInFromPasswords(app, page);

  // The stand-in received exactly Ann's saved login, and answered with its code page.
  await expect.poll(() => portal.logins(), { timeout: 30_000 }).toEqual([{ path: '/login', username: ANN.username, password: ANN.password }]);
  const portalWindow = await app.portals.page(`${await profileId(app)}-practice-mate`, /\/verify$/);
  await expect(portalWindow.getByRole('heading', { name: 'Enter the verification code' })).toBeVisible();

  // AllyDesk tells the user where the code goes, and has not called this "logged in": no session timer.
  const codeRequest = page.getByRole('region', { name: 'Messages' }).getByRole('status').filter({ hasText: 'two-factor security code' });
  await expect(codeRequest).toHaveText(CODE_REQUEST, { timeout: 15_000 });
  expect(await timerSession(app)).toBeUndefined();
  const windows = await app.invoke<{ windows: { phase: string; awaitingCode: boolean }[] }>('portals:list');
  expect(windows.data!.windows).toMatchObject([{ phase: 'signing-in', awaitingCode: true }]);
  // The code wait started by itself: the Timers screen counts it (spam tip at 2 minutes, support at 10).
  const codeWait = async () => (await app.invoke<{ twoFactor: { portalId: string; requestedAt: number }[] }>('timers:list')).data!.twoFactor;
  await expect.poll(codeWait).toMatchObject([{ portalId: 'practice-mate' }]);
  const requestedAt = (await codeWait())[0]!.requestedAt;
  await navLink(page, 'Timers').click();
  await expect(page.getByRole('article', { name: 'Practice Mate security code' })).toContainText('Codes often take a minute or two.');
  await screenshot(page, 'portal-two-factor-code-wait');
  await expectAccessible(page);
  await screenshot(page, 'portal-two-factor-code-request');
  await expectAccessible(page);

  // A mistyped code: the portal asks again; nothing in AllyDesk breaks or pretends.
  const codeField = portalWindow.getByLabel('Verification code');
  await codeField.pressSequentially('000000');
  await portalWindow.getByRole('button', { name: 'Verify' }).click();
  await expect.poll(() => portal.requests.filter((r) => r.path === '/verify' && r.method === 'POST').map((r) => r.form.code)).toEqual(['000000']);
  await expect(portalWindow).toHaveURL(/\/verify$/);
  await expect(portalWindow.getByRole('heading', { name: 'Enter the verification code' })).toBeVisible();
  await expect(codeRequest).toHaveText(CODE_REQUEST);
  expect(await codeWait()).toMatchObject([{ portalId: 'practice-mate', requestedAt }]); // the same wait, not a new one

  // The right code, typed as a user would: the stand-in receives it, the window reaches the home page.
  await codeField.pressSequentially(CODE);
  await portalWindow.getByRole('button', { name: 'Verify' }).click();
  await expect(portalWindow.getByRole('heading', { name: `Welcome, ${ANN.username}` })).toBeVisible({ timeout: 15_000 });
  const rightCode = portal.requests.findLast((r) => r.path === '/verify' && r.method === 'POST')!;
  expect(rightCode.form).toEqual({ code: CODE });

  // The timer started from the home page, with nobody clicking "I'm logged in" — and not earlier, on a code page.
  await expect.poll(async () => (await timerSession(app))?.phase, { timeout: 15_000 }).toBe('running');
  expect((await timerSession(app))!.startedAt).toBeGreaterThanOrEqual(rightCode.at);
  await expect(codeRequest).toHaveCount(0);
  expect(await codeWait()).toEqual([]); // the login ended the code wait
  await expect(page.getByRole('article', { name: 'Practice Mate security code' })).toHaveCount(0);
  expect((await app.invoke<{ windows: { phase: string; awaitingCode: boolean }[] }>('portals:list')).data!.windows).toMatchObject([
    { phase: 'signed-in', awaitingCode: false },
  ]);
  expect(portal.logins()).toHaveLength(1);
});
