import type { Page } from '@playwright/test';
import { expect, expectAccessible, navLink, screenshot, test, type AppUnderTest, untilInteractive } from './fixtures';

const MIN = 60_000;

async function openTimers(page: Page) {
  await navLink(page, 'Timers').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Timers' })).toBeVisible();
}

const advance = (app: AppUnderTest, ms: number) => app.invoke('test:advanceClock', { ms });
const notifications = async (app: AppUnderTest) => (await app.invoke<{ title: string; body: string }[]>('test:notifications')).data ?? [];
const card = (page: Page, title: string) => page.getByRole('article', { name: title });
const localDate = (ms: number) => new Date(ms).toLocaleDateString('en-CA');

test('portal session: warning 2 minutes before the end, "Still working" by keyboard restarts it', async ({ app, page }) => {
  await openTimers(page);
  await expect(page.getByText('No timers are running.')).toBeVisible();
  await page.getByRole('button', { name: "I'm logged in" }).click();
  const session = card(page, 'Practice Mate session');
  await expect(session.getByText(/If you do nothing in Practice Mate, it may log you out at \d{1,2}:\d{2}/)).toBeVisible();
  await expect(session.getByText(/Time left: (19 min|20 min)/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'timers-session-running');

  await advance(app, 18 * MIN + 1000);
  await expect(session.getByText(/Save your work in Practice Mate — the session may end at \d{1,2}:\d{2}/)).toBeVisible();
  expect((await notifications(app)).map((n) => n.title)).toEqual(['Practice Mate session ends soon']);
  // One banner for the one notification (the browser host forwards it; nothing else adds another).
  await expect(page.getByRole('region', { name: 'Messages' }).getByText(/Practice Mate session ends soon/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Still working' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'timers-session-warning');

  await page.keyboard.press('Enter');
  await expect(session.getByText(/If you do nothing in Practice Mate/)).toBeVisible();
  await expect(session.getByText(/Time left: (19 min|20 min)/)).toBeVisible();

  await advance(app, 21 * MIN);
  await expect(session.getByText(/Practice Mate may have logged you out at/)).toBeVisible();
  await expectAccessible(page);
  await session.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('No timers are running.')).toBeVisible();
});

test('lockout: three failed logins → "Try again at …", password-reset help, notice when the wait ends', async ({ app, page }) => {
  await openTimers(page);
  await page.getByLabel('Portal', { exact: true }).selectOption({ label: 'Service Center' });
  await page.getByRole('button', { name: 'Login failed' }).click();
  await page.getByRole('button', { name: 'Login failed' }).click();
  await expect(page.getByText(/2 failed logins recorded for Service Center\. After 3, the account may be locked/)).toBeVisible();
  await page.getByRole('button', { name: 'Login failed' }).click();
  const lockout = card(page, 'Service Center lockout');
  await expect(lockout.getByText(/The account may be locked\. Try again at \d{1,2}:\d{2}/)).toBeVisible();
  await expect(lockout.getByRole('button', { name: 'Reset the password instead' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'timers-lockout-running');

  await advance(app, 15 * MIN);
  await expect(lockout.getByText(/The wait is over: you can try Service Center again/)).toBeVisible();
  expect((await notifications(app)).map((n) => n.title)).toEqual(['You can try Service Center again']);
  await expectAccessible(page);
  await screenshot(page, 'timers-lockout-ended');
});

test('the troubleshooter channel starts a 30-minute lockout and the panel shows it live', async ({ app, page }) => {
  await openTimers(page);
  const started = await app.invoke('timers:startLockout', { portalId: 'ehr', minutes: 30 });
  expect(started.ok).toBe(true);
  await expect(card(page, 'EHR 24/7 lockout').getByText(/\(30 minutes\)/)).toBeVisible();
  const bad = await app.invoke('timers:startLockout', { portalId: 'ehr', minutes: -1 });
  expect(bad.ok).toBe(false);
  expect(bad.error?.code).toBe('invalid_input');
});

test('2FA wait: spam/junk tip at 2 minutes, contact details and support at 10', async ({ app, page }) => {
  await openTimers(page);
  await page.getByLabel('Portal', { exact: true }).selectOption({ label: 'EHR 24/7' });
  await page.getByRole('button', { name: 'Code requested' }).click();
  const wait = card(page, 'EHR 24/7 security code');
  await expect(wait.getByText(/Codes often take a minute or two/)).toBeVisible();
  await advance(app, 2 * MIN);
  await expect(wait.getByText('No code yet? Check your spam or junk folder for the code email.')).toBeVisible();
  await expectAccessible(page);
  await advance(app, 8 * MIN);
  await expect(wait.getByText(/check that the email and mobile number on file are current/)).toBeVisible();
  await expect(wait.getByText(/\(360\) 975-7000/)).toBeVisible();
  await expect(wait.getByRole('button', { name: 'Support hours and contacts' })).toBeVisible();
  expect((await notifications(app)).map((n) => n.title)).toEqual(['No EHR 24/7 code yet', 'Still no EHR 24/7 code after 10 minutes']);
  await expectAccessible(page);
  await screenshot(page, 'timers-two-factor-support');
  await wait.getByRole('button', { name: 'The code arrived' }).click();
  await expect(page.getByText('No timers are running.')).toBeVisible();
});

test('password rotation: "due in 9 days", then "overdue by 3 days"; a future date is refused, the entry kept', async ({ app, page }) => {
  await openTimers(page);
  const now = (await advance(app, 0)).data as { now: number };
  const field = page.getByLabel('Practice Mate: password last changed');
  const tomorrow = localDate(now.now + 36 * 60 * MIN);
  await field.fill(tomorrow);
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Save date' }).click();
  await expect(page.getByText('The date cannot be in the future.')).toBeVisible();
  await expect(field).toHaveValue(tomorrow);
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill(localDate(now.now - 81 * 24 * 60 * MIN));
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Save date' }).click();
  await expect(page.getByText(/Change due in 9 days/)).toBeVisible();
  await expect(page.getByText(/NIST SP 800-63B \(revision 4\)/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'timers-rotation-soon');

  await advance(app, 12 * 24 * 60 * MIN);
  await expect(page.getByText(/Change overdue by 3 days/)).toBeVisible();
  expect((await notifications(app)).map((n) => n.title)).toEqual(['Practice Mate password change is due']);
  await expectAccessible(page);
});

test('settings: an impossible number gets a field message and nothing typed is lost', async ({ page }) => {
  await openTimers(page);
  const attempts = page.getByLabel('Failed logins before a lockout');
  await attempts.fill('0');
  await page.getByRole('radio', { name: '30 minutes' }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter the number of failed attempts from 1 to 10.')).toBeVisible();
  await expect(attempts).toHaveValue('0');
  await expect(page.getByRole('radio', { name: '30 minutes' })).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'timers-settings-error');
  await attempts.fill('5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByText(/Office Ally does not publish how long a portal waits/)).toBeVisible();
});

test('the countdown ticks with the page clock while the live region stays quiet', async ({ page }) => {
  await page.clock.install();
  await page.reload();
  await untilInteractive(page);
  await openTimers(page);
  await page.getByRole('button', { name: "I'm logged in" }).click();
  const live = page.locator('.timers > [aria-live="polite"]'); // the timers' own announcer (portal actions have theirs)
  await expect(live).toHaveText('Practice Mate session timer running.');
  await page.clock.runFor(61_000);
  await expect(card(page, 'Practice Mate session').getByText(/Time left: 18 min (5\d|4\d) s/)).toBeVisible();
  await expect(live).toHaveText('Practice Mate session timer running.');
});
