import type { Page } from '@playwright/test';
import { RESET_VIDEO_URL } from '../../shared/content/symptomPaths';
import { VAULT_MATCH_MESSAGE } from '../../shared/supportRequest';
import { expect, expectAccessible, navLink, screenshot, test, untilInteractive } from './fixtures';
import { createProfile } from './vaultHelpers';

const shot = (page: Page, name: string) => screenshot(page, `troubleshoot-${name}`);
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 3, name, exact: true });

async function openTroubleshooter(page: Page) {
  await navLink(page, 'Fix a login problem').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fix a login problem' })).toBeVisible();
}

async function goToSupport(page: Page, symptom: string, steps: number) {
  await page.getByRole('button', { name: symptom }).click();
  for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'No, next step' }).click();
  await expect(stepHeading(page, 'Contact Office Ally support')).toBeVisible();
}

test('"Yes, it works now" ends the path; Back returns to the step', async ({ page }) => {
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'The page is blank or only half loads' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await page.getByRole('button', { name: 'Yes, it works now' }).click();
  await expect(stepHeading(page, 'Good, that fixed it')).toBeFocused();
  await expect(page.getByText('Fixed by: Try an Incognito or InPrivate window.')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'fixed');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(stepHeading(page, 'Try an Incognito or InPrivate window')).toBeVisible();
});

test('the path survives switching to another screen and back', async ({ page }) => {
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'My 2FA security code does not arrive' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await expect(stepHeading(page, 'Changed your mobile number recently? Call support')).toBeVisible();
  await navLink(page, 'Which portal?').click();
  await expect(stepHeading(page, 'Changed your mobile number recently? Call support')).toHaveCount(0);
  await openTroubleshooter(page);
  await expect(stepHeading(page, 'Changed your mobile number recently? Call support')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Already tried' }).getByRole('listitem')).toHaveCount(2);
});

test('lockout and 2FA actions ask for the portal and start real timers that the Timers screen shows', async ({ page }) => {
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'I am locked out after too many tries' }).click();
  await page.getByRole('radio', { name: '15 minutes' }).click();
  await page.getByRole('button', { name: 'Start the lockout timer' }).click();
  await expect(page.getByText('Choose the portal so the timer knows which login it is for.')).toBeVisible();
  await expect(page.getByLabel('Portal', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Portal', { exact: true }).selectOption({ label: 'Practice Mate' });
  await page.getByRole('button', { name: 'Start the lockout timer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lockout timer started. AllyDesk will tell you when to try again.' })).toBeVisible();
  await expect(page.getByText(/not available in this version/)).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, 'lockout-started');
  // The timer is real: the Timers screen shows it for that portal with the wait chosen here.
  await navLink(page, 'Timers').click();
  const lockout = page.getByRole('article', { name: 'Practice Mate lockout' });
  await expect(lockout.getByText(/Try again at \d{1,2}:\d{2}/)).toBeVisible();
  await expect(lockout.getByText(/\(15 minutes\)/)).toBeVisible();
  // The portal chosen here is the one the support request uses.
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'No, next step' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await expect(page.getByLabel('Preview of the message')).toHaveValue(/Portal: Practice Mate/);

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'My 2FA security code does not arrive' }).click();
  await page.getByLabel('Portal', { exact: true }).selectOption({ label: 'EHR 24/7' });
  await page.getByRole('button', { name: 'Start the 2FA code wait' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2FA wait started. AllyDesk will tell you what to try next.' })).toBeVisible();
  await navLink(page, 'Timers').click();
  await expect(page.getByRole('article', { name: 'EHR 24/7 security code' }).getByText(/Codes often take a minute or two/)).toBeVisible();
  await expect(page.getByRole('article', { name: 'Practice Mate lockout' })).toBeVisible();
});

test('"wrong portal" opens the portal chooser; "forgot password" opens the password help with the reset video; the video also opens through the allow-list', async ({
  app,
  page,
}) => {
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'My username or password is rejected' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await page.getByRole('button', { name: 'No, next step' }).click();
  await page.getByRole('button', { name: 'Find the right portal' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Which Office Ally portal do I need?' })).toBeVisible();
  await expect(navLink(page, 'Which portal?')).toHaveAttribute('aria-current', 'page');
  // The button went with the old screen; keyboard focus lands on the new one, so Tab goes on from there.
  await expect(page.getByRole('main')).toBeFocused();
  await openTroubleshooter(page);
  await page.getByRole('button', { name: 'No, next step' }).click();
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Watch the password reset video' }).click();
  await popup;
  const opened = await app.invoke<string[]>('test:openedLinks');
  expect(opened.data).toContain(RESET_VIDEO_URL);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Open forgot-password help' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Forgot your password?' })).toBeVisible();
  await expect(navLink(page, 'Forgot password')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: /Watch the password reset video/ })).toHaveAttribute('href', RESET_VIDEO_URL);
});

test.describe('hidden-character checker', () => {
  const cases: [string, string, RegExp][] = [
    ['leading space', ' jdoe', /a space at the start/],
    ['trailing space', 'jdoe ', /a space at the end/],
    ['tab', 'jdoe\t', /a tab at the end/],
    ['non-breaking space', 'jd\u00a0oe', /a non-breaking space at position 3/],
    ['zero-width', 'jdoe\u200b', /a zero-width \(invisible\) character at the end/],
  ];
  for (const [name, value, message] of cases) {
    test(`shows a ${name}`, async ({ page }) => {
      await openTroubleshooter(page);
      const input = page.getByLabel('Paste the username or password here');
      await input.fill(value);
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByText(`${[...value].length} characters, of which 1 hidden or blank.`)).toBeVisible();
      await expectAccessible(page);
      if (name === 'non-breaking space') {
        await page.getByText('Show the characters on screen').click();
        await expect(input).toHaveAttribute('type', 'text');
        await shot(page, 'checker-nbsp');
      }
    });
  }

  test('says when nothing is hidden, and hints at Caps Lock from the key state and from all upper case', async ({ page }) => {
    await openTroubleshooter(page);
    const input = page.getByLabel('Paste the username or password here');
    await input.fill('Summer2024');
    await expect(page.getByText('No hidden spaces or invisible characters.')).toBeVisible();
    await expect(page.getByText(/Caps Lock/)).toHaveCount(0);
    await input.fill('SUMMER2024');
    await expect(page.getByText('All the letters are upper case. Is Caps Lock on? Passwords are case-sensitive.')).toBeVisible();
    await input.fill('summer2024');
    // Playwright cannot toggle the real Caps Lock: send the key event the browser would, with the modifier set.
    await input.dispatchEvent('keydown', { key: 's', modifierCapsLock: true });
    await expect(page.getByText('Caps Lock is on. Passwords are case-sensitive: turn it off and type again.')).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'checker-caps');
  });

  test('is cleared when the user leaves the screen, and keeps nothing in storage', async ({ page }) => {
    await openTroubleshooter(page);
    await page.getByLabel('Paste the username or password here').fill('Secret 123 ');
    await navLink(page, 'Which portal?').click();
    await openTroubleshooter(page);
    await expect(page.getByLabel('Paste the username or password here')).toHaveValue('');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain('Secret 123');
  });
});

test.describe('support request', () => {
  test.beforeEach(async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('blocks a password pattern with the reason, sends and copies nothing, and loses nothing typed', async ({ page }) => {
    await openTroubleshooter(page);
    await goToSupport(page, 'My username or password is rejected', 5);
    await page.getByLabel('Your Office Ally username').fill('jdoe');
    await page.getByLabel('What happened').fill('It says invalid. My password: Summer2024!');
    await page.getByRole('button', { name: 'Copy text' }).click();
    await expect(page.getByText('Nothing was sent or copied. Fix the fields marked below.')).toBeVisible();
    const field = page.getByLabel('What happened');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await expect(page.getByText(/looks like it contains a password \("password …"\).*never include your password in the communication/)).toBeVisible();
    await expect(page.getByText('No vault profile is unlocked, so your saved passwords were not checked; the password patterns were.')).toBeVisible();
    await expect(field).toHaveValue('It says invalid. My password: Summer2024!');
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('Summer2024');
    await expectAccessible(page);
    await shot(page, 'composer-blocked');
    // The email button refuses too.
    await page.getByRole('button', { name: 'Open email to support' }).click();
    await expect(page.getByText('Nothing was sent or copied. Fix the fields marked below.')).toBeVisible();
  });

  test('the word "password" alone is not blocked; copy and email carry the path, never a password', async ({ app, page }) => {
    await openTroubleshooter(page);
    await page.getByLabel('Which portal were you logging into?').selectOption({ label: 'EHR 24/7' });
    await goToSupport(page, 'I am locked out after too many tries', 2);
    await page.getByLabel('Your Office Ally username').fill('jdoe');
    await page.getByLabel('What happened').fill('I reset my password yesterday and now the password is rejected.');
    await page.getByLabel('Exact error message (copy it word for word)').fill('Invalid username or password.');
    await page.getByLabel('Browser you use for Office Ally').selectOption('Microsoft Edge');
    await expect(page.getByLabel('When it happened (with time zone)')).toHaveValue(/20\d\d at .* \(.+\)$/);
    await page.getByRole('button', { name: 'Copy text' }).click();
    await expect(page.getByText('Copied. Paste it into your email or the chat window.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Portal: EHR 24/7');
    expect(copied).toContain('Username: jdoe');
    expect(copied).toContain('Exact error message: "Invalid username or password."');
    expect(copied).toContain('- Stop trying and wait 15 to 30 minutes – did not fix it');
    expect(copied).toContain('Browser: Microsoft Edge');
    await expectAccessible(page);
    await shot(page, 'composer-copied');

    await page.getByRole('button', { name: 'Open email to support' }).click();
    await expect(page.getByText('Your email program should open now with a message to support@officeally.com.')).toBeVisible();
    const opened = await app.invoke<string[]>('test:openedLinks');
    const mailto = opened.data!.find((url) => url.startsWith('mailto:'))!;
    expect(mailto.startsWith('mailto:support@officeally.com?subject=')).toBe(true);
    expect(new URL(mailto).searchParams.get('body')).toContain('Username: jdoe');
    expect(new URL(mailto).searchParams.get('subject')).toBe('I am locked out after too many tries – EHR 24/7 – username jdoe');
  });

  test('blocks a password saved in the unlocked vault profile without echoing it; the pattern block still works', async ({ page }) => {
    test.setTimeout(120_000);
    const saved = 'Quokka!Parsnip77';
    // A real vault profile, made through the UI, with one saved login.
    await createProfile(page);
    await page.getByRole('button', { name: 'Add a login' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a login' });
    await dialog.getByLabel('Username').fill('mlopez.frontdesk');
    await dialog.getByLabel('Password', { exact: true }).fill(saved);
    await dialog.getByRole('button', { name: 'Save login' }).click();
    await expect(dialog).toBeHidden();

    await openTroubleshooter(page);
    await goToSupport(page, 'I can log in at some hours but not at others', 2);
    await page.getByLabel('Your Office Ally username').fill('mlopez.frontdesk');
    const field = page.getByLabel('What happened');
    await field.fill(`I typed ${saved} and it failed after 6 PM`);
    await page.getByRole('button', { name: 'Copy text' }).click();
    await expect(page.getByText('Nothing was sent or copied. Fix the fields marked below.')).toBeVisible();
    await expect(page.getByText(VAULT_MATCH_MESSAGE)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await expect(page.getByText(/No vault profile is unlocked/)).toHaveCount(0);
    // Only the field the user typed in holds the password: no message repeats it, nothing was copied.
    for (const text of await page.locator('.field-error, .trouble-note, [role="alert"], [role="status"]').allInnerTexts()) expect(text).not.toContain(saved);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(saved);
    await expect(field).toHaveValue(`I typed ${saved} and it failed after 6 PM`);
    // The preview hides the field instead of showing the password a second time.
    await expect(page.getByLabel('Preview of the message')).not.toHaveValue(new RegExp(saved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(page.getByLabel('Preview of the message')).toHaveValue(/hidden here: it looks like a password/);
    await expectAccessible(page);
    await shot(page, 'composer-vault-blocked');

    await field.fill('It says invalid. My password: Summer2024!');
    await page.getByRole('button', { name: 'Copy text' }).click();
    await expect(page.getByText(/looks like it contains a password \("password …"\)/)).toBeVisible();
    await expect(page.getByText(VAULT_MATCH_MESSAGE)).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('Summer2024');
    await expect(page.getByLabel('Preview of the message')).not.toHaveValue(/Summer2024/);
  });

  for (const [when, time, expected] of [
    ['a weekday at 10:00 AM Pacific', '2026-11-24T10:00:00-08:00', 'Fastest open now: Live Chat.'],
    ['a weekday at 10:00 PM Pacific', '2026-11-24T22:00:00-08:00', 'Phone and chat are closed now. Email support and they will answer when they open.'],
  ] as const) {
    test(`support channels at ${when}: "${expected}"`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(time));
      await page.reload();
      await untilInteractive(page);
      await openTroubleshooter(page);
      await goToSupport(page, 'I can log in at some hours but not at others', 2);
      await expect(page.getByText(expected, { exact: true })).toBeVisible();
      await expectAccessible(page);
      await shot(page, `channels-${time.slice(11, 13)}`);
    });
  }

  test('asks for the username and a description, field by field', async ({ page }) => {
    await openTroubleshooter(page);
    await goToSupport(page, 'I can log in at some hours but not at others', 2);
    await page.getByRole('button', { name: 'Open email to support' }).click();
    await expect(page.getByText('Enter your username: support needs it to find your account.')).toBeVisible();
    await expect(page.getByText('Describe what happened, or paste the exact error message below.')).toBeVisible();
    await expect(page.getByLabel('Your Office Ally username')).toBeFocused();
    await expectAccessible(page);
  });
});

test('keyboard only: choose a symptom, answer, go back, reach support and start over', async ({ page }) => {
  const link = navLink(page, 'Fix a login problem');
  await navLink(page, 'Which portal?').focus();
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Fix a login problem' })).toBeVisible();
  const symptom = page.getByRole('button', { name: 'My practice software does not sync (SFTP)' });
  for (let i = 0; i < 30 && !(await symptom.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(symptom).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Check the SFTP credentials, not your web login')).toBeFocused();
  const next = page.getByRole('button', { name: 'No, next step' });
  for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Log into the web portal and create a new SFTP password or key')).toBeFocused();
  await page.keyboard.press('Shift+Tab'); // nothing before the heading but the path; Tab forward to Back
  const back = page.getByRole('button', { name: 'Back' });
  for (let i = 0; i < 10 && !(await back.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Check the SFTP credentials, not your web login')).toBeFocused();
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 10 && !(await next.evaluate((el) => el === document.activeElement)); j++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  await expect(stepHeading(page, 'Contact Office Ally support')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('jdoe');
  await expect(page.getByLabel('Your Office Ally username')).toHaveValue('jdoe');
  const restart = page.getByRole('button', { name: 'Start over' });
  for (let i = 0; i < 20 && !(await restart.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'What do you see?' })).toBeFocused();
});
