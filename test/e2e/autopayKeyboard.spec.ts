import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, navLink, test } from './fixtures';

/** Presses Tab until `target` has focus: the only way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Runs `steps` with the page's CPU slowed `rate` times (a modest front-desk PC), where the runtime
 * speaks the Chrome DevTools Protocol to the page: the browser project. Slow timers are what once
 * let an arrow move focus to a radio without checking it.
 */
async function onSlowCpu(page: Page, runtime: string, steps: () => Promise<void>, rate = 6) {
  if (runtime !== 'browser') return steps();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await steps();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

async function typeInto(page: Page, name: string, text: string) {
  await tabTo(page, page.getByRole('textbox', { name, exact: true }));
  await page.keyboard.type(text);
}

test('a keyboard-only user enrolls Practice Mate by ACH and cancels it', async ({ app, page }) => {
  await tabTo(page, navLink(page, 'Autopay'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Autopay' })).toBeVisible();

  // Radio group: Tab in, arrows choose.
  // The record loads from main first; only then is the picker final (no re-render under the keys).
  await expect(page.getByRole('radio', { name: /^Practice Mate/ })).toContainText('Autopay not on file');
  await tabTo(page, page.getByRole('radio', { name: /^Service Center \(New\)/ }));
  // Selection follows focus however slowly the page runs: each arrow both moves focus and checks.
  await onSlowCpu(page, app.runtime, async () => {
    for (const name of [/^Service Center \(Classic\)/, /^Practice Mate/]) {
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name })).toBeFocused();
      await expect(page.getByRole('radio', { name })).toBeChecked();
    }
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: /^Service Center \(Classic\)/ })).toBeChecked();
    await page.keyboard.press('ArrowRight');
  });
  await expect(page.getByRole('radio', { name: /^Practice Mate/ })).toBeFocused();
  await expect(page.getByRole('radio', { name: /^Practice Mate/ })).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Enroll In Autopay' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Set Up Autopay: Practice Mate' })).toBeFocused();

  await tabTo(page, page.getByRole('checkbox', { name: /I have read these terms/ }));
  await page.keyboard.press('Space');
  await typeInto(page, 'Email Address', 'billing@sunrise-clinic.example');
  await typeInto(page, 'Phone Number', '2065550100');
  await typeInto(page, 'First Name', 'Dana');
  await typeInto(page, 'Last Name', 'Reyes');
  await typeInto(page, 'Street Address', '100 Main St');
  await typeInto(page, 'City', 'Seattle');
  await tabTo(page, page.getByRole('combobox', { name: /^State/ }));
  await page.keyboard.type('Washington');
  await typeInto(page, 'Zip Code', '98101');

  await tabTo(page, page.getByRole('tab', { name: 'Credit/Debit Card' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'ACH' })).toHaveAttribute('aria-selected', 'true');
  await typeInto(page, 'Account Holder Name', 'Sunrise Family Clinic');
  await typeInto(page, 'Routing Number', '011000015');
  await typeInto(page, 'Account Number', '123456789');
  await tabTo(page, page.getByRole('radio', { name: 'Checking' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Submit', exact: true }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Payment method added', { exact: true })).toBeVisible();
  await expect(page.locator('.status-ok').filter({ hasText: 'Congratulations!' })).toHaveText('Congratulations! You Are Currently Enrolled in Autopay');
  await expect(page.getByRole('heading', { name: 'Pay Bill: Practice Mate' })).toBeFocused();
  await expectAccessible(page);

  await tabTo(page, page.getByRole('button', { name: 'Edit/Cancel Autopay' }));
  await page.keyboard.press('Enter');
  await typeInto(page, 'Type cancel to stop autopay', 'cancel');
  await page.keyboard.press('Enter');
  await expect(page.locator('.status-warn')).toContainText('You are not currently enrolled in autopay.');
});

test('a keyboard-only user cancels Service Center (New) through the toggle and the pop-up', async ({ app, page }) => {
  await app.invoke('autopay:enroll', { product: 'service-center-new', method: 'card', brand: 'visa', last4: '1111' });
  await tabTo(page, navLink(page, 'Autopay'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('radio', { name: /^Service Center \(New\)/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Edit/Cancel Autopay' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('switch', { name: /Autopay Enrollment terms/ }));
  await page.keyboard.press('Space');
  const dialog = page.getByRole('alertdialog', { name: 'Cancel Autopay?' });
  await expect(dialog).toBeVisible();
  // Escape backs out; autopay stays on.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('switch', { name: /Autopay Enrollment terms/ })).toBeChecked();
  await page.getByRole('switch', { name: /Autopay Enrollment terms/ }).press('Space');
  await tabTo(page, dialog.getByRole('button', { name: 'Yes, Cancel Autopay' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.status-bad')).toHaveText(
    'You are not currently enrolled in autopay. Click the switch below to avoid disruptions to your account.',
  );
});
