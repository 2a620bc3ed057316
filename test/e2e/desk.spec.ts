import type { Page } from '@playwright/test';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { createProfile, PASS } from './vaultHelpers';

const shot = (page: Page, name: string) => screenshot(page, `desk-${name}`);
const PIN = '69035817';

/** On Settings and backup: a PIN for the rest of the shift. */
async function setPin(page: Page) {
  await page.getByRole('tab', { name: 'Settings and backup' }).click();
  const panel = page.getByRole('region', { name: 'Quick unlock with a PIN' });
  await panel.getByLabel('New PIN').fill('1234');
  await panel.getByRole('button', { name: 'Set PIN' }).click();
  await expect(panel.getByText(/among the first PINs anyone tries/)).toBeVisible();
  await panel.getByLabel('New PIN').fill(PIN);
  await expect(panel.getByLabel('The PIN works for')).toHaveValue('8');
  await expectAccessible(page);
  await shot(page, '2-pin-setup');
  await panel.getByRole('button', { name: 'Set PIN' }).click();
  await expect(panel.getByText(/Your PIN works until/)).toBeVisible();
}

async function addLogin(page: Page) {
  await page.getByRole('tab', { name: 'Logins' }).click();
  await page.getByRole('button', { name: 'Add a login' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a login' });
  await dialog.getByLabel('Username').fill('mlopez.frontdesk');
  await dialog.getByLabel('Password', { exact: true }).fill('Quokka!Parsnip77');
  await dialog.getByRole('button', { name: 'Save login' }).click();
  await expect(dialog).toBeHidden();
}

test('desk: the header shows who is signed in; a PIN unlocks after a lock; three wrong PINs need the passphrase and say why', async ({ app, page }) => {
  test.setTimeout(120_000);
  await createProfile(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('group', { name: 'Signed in' })).toContainText('Signed in: Maria Lopez');
  await expect(header.getByRole('button', { name: /End my shift/ })).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+E');
  await shot(page, '1-header');
  // The lock triggers, one sentence each (browser mode: AllyDesk's own activity only).
  await page.getByRole('tab', { name: 'Settings and backup' }).click();
  const triggers = page.getByRole('table', { name: 'What locks your passwords' });
  await expect(triggers.getByRole('row', { name: /Idle On .*no use of AllyDesk itself/ })).toBeVisible();
  await expect(triggers.getByRole('row', { name: /Screen lock Not available here/ })).toBeVisible();
  await setPin(page);

  // Lock now with the shortcut: the PIN is offered.
  await page.keyboard.press('Control+Shift+L');
  const pinField = page.getByLabel('PIN for Maria Lopez');
  await expect(pinField).toBeFocused();
  await pinField.fill(PIN);
  await page.getByRole('button', { name: 'Unlock with PIN' }).click();
  await expect(page.getByText('Unlocked for Maria Lopez')).toBeVisible();

  await page.keyboard.press('Control+Shift+L');
  for (const [wrong, left] of [
    ['482915', '2 tries left'],
    ['482916', '1 try left'],
  ] as const) {
    await pinField.fill(wrong);
    await page.getByRole('button', { name: 'Unlock with PIN' }).click();
    await expect(page.getByText(`That PIN is not right. ${left}, then your passphrase is needed.`).first()).toBeVisible();
  }
  await pinField.fill('482917');
  await page.getByRole('button', { name: 'Unlock with PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 wrong PINs: the PIN no longer works. Unlock with your passphrase.' })).toBeVisible();
  const passphrase = page.getByLabel('Passphrase for Maria Lopez');
  await expect(passphrase).toBeVisible();
  await expectAccessible(page);
  await shot(page, '3-pin-ended');
  await passphrase.fill(PASS);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('Unlocked for Maria Lopez')).toBeVisible({ timeout: 30_000 });

  const events = (await app.invoke<{ records: { event: string }[] }>('vault:audit')).data!.records.map((r) => r.event);
  expect(events).toEqual(expect.arrayContaining(['pin-set', 'pin-unlock', 'pin-unlock-failed', 'pin-expired']));
});

test('desk: End my shift says what will close, clears the copied password, locks and leaves the picker ready', async ({ app, page }) => {
  test.setTimeout(120_000);
  await createProfile(page);
  await addLogin(page);
  await setPin(page);
  await page.getByRole('tab', { name: 'Logins' }).click();
  await page.getByRole('button', { name: 'Copy password for Practice Mate' }).click();
  // The browser host reaches a real clipboard only where xclip/wl-copy exist; either way it records the copy.
  const notice = page.getByRole('status').filter({ hasText: /copied|could not reach/ });
  await expect(notice).toBeVisible();
  if (!/could not reach/.test((await notice.textContent()) ?? '')) {
    await expect(page.getByText(/Clipboard clears in \d+ s/)).toBeVisible();
    await expect(page.getByText(/could not mark it private here/)).toBeVisible(); // plain-text clipboard tools cannot mark it
  }
  expect((await app.invoke<{ text: string }>('test:clipboard')).data!.text).toBe('Quokka!Parsnip77');

  await navLink(page, 'Timers').click(); // any screen
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('alertdialog', { name: 'End your shift, Maria Lopez?' });
  const list = dialog.getByRole('list', { name: 'What will close' });
  await expect(list.getByRole('listitem')).toHaveText([
    'Your passwords (Maria Lopez) lock.',
    'The password or username you copied is cleared from the clipboard.',
    'Your saved portal sessions in AllyDesk are wiped (no portal window is open). Portals you opened in your own browser: log out there.',
    'Your quick-unlock PIN is forgotten: next time, unlock with your passphrase.',
  ]);
  await expectAccessible(page);
  await shot(page, '4-end-shift');
  await dialog.getByRole('button', { name: 'End my shift' }).click();

  await expect(page.getByRole('heading', { name: 'Unlock your passwords' })).toBeVisible();
  await expect(page.getByText('The shift ended: everything was locked and closed. Ready for the next person.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('group', { name: 'Signed in' })).toHaveCount(0);
  await expect(page.getByLabel('Passphrase for Maria Lopez')).toBeFocused();
  await expect(page.getByText('Your PIN was forgotten when your shift ended. Unlock with your passphrase.')).toBeVisible();
  expect((await app.invoke<{ text: string }>('test:clipboard')).data!.text).toBe('');
  await expectAccessible(page);
});

test('desk: after a minute without input the header asks "not you?" and Switch user locks', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await createProfile(page, 'Ann');
  // The minute counts from when the header shows who is signed in (its strip loads once someone unlocks).
  await expect(page.getByRole('banner').getByRole('group', { name: 'Signed in' })).toBeVisible();
  const prompt = page.getByRole('status').filter({ hasText: 'not you?' });
  await expect(prompt).toHaveCount(0);
  await page.clock.runFor(30_000);
  await expect(prompt).toHaveCount(0);
  await page.clock.runFor(35_000);
  await expect(prompt).toContainText('Signed in: Ann — not you?');
  // It does not take focus from where the user was.
  await expect(prompt.getByRole('button', { name: 'Switch user' })).not.toBeFocused();
  await expectAccessible(page);
  await prompt.getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your passwords' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('group', { name: 'Signed in' })).toHaveCount(0);
});
