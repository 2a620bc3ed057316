import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROME_CSV } from '../fixtures/loginExports';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { describeHits, scanForSecrets } from './secretScan';
import { createProfile, PASS } from './vaultHelpers';

const shot = (page: Page, name: string) => screenshot(page, `vault-import-${name}`);

test('import a Chrome export through the Passwords screen, then export for leaving', async ({ app, page }) => {
  test.setTimeout(120_000);
  await createProfile(page, 'Ann Front');
  await page.getByRole('tab', { name: 'Import and export' }).click();
  await expectAccessible(page);

  // Keyboard only: the trigger opens the dialog and focus moves into it.
  await page.getByRole('button', { name: 'Import logins…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import logins from a browser or password manager' });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel('Exported file (.csv or Bitwarden .json)')
    .setInputFiles({ name: 'Chrome Passwords.csv', mimeType: 'text/csv', buffer: Buffer.from(CHROME_CSV) });
  await dialog.getByRole('button', { name: 'Show what is in it' }).click();

  await expect(dialog.getByText('Row 7: This row has 3 columns; the first row has 5.')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Import row 2: Service Center, ann.frontdesk' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Import row 3: Practice Mate, ann.pm' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Import row 5: Service Center, Ann.Frontdesk' })).not.toBeChecked();
  await expect(dialog.getByText('Same login as row 2.')).toBeVisible();
  await expect(dialog.getByText(/Hidden characters\. Username: .*non-breaking space/)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /bank\.example/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Show 1 other site' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Import row 6: Other site: bank.example, ann@example.com' })).not.toBeChecked();
  await expectAccessible(page);
  await shot(page, '1-preview');

  // Untick EHR with the keyboard, leaving two.
  await dialog.getByRole('checkbox', { name: 'Import row 4: EHR 24/7, ann.ehr' }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Import 2 logins' }).click();
  await expect(dialog.getByText('Imported 2 logins from Chrome or Edge (CSV).')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Now delete them from Chrome or Edge' })).toBeVisible();
  await dialog.getByLabel('Service Center: password last changed on').fill('2026-01-05');
  await dialog.getByRole('listitem').filter({ hasText: 'Service Center' }).getByRole('button', { name: 'Remind me to change it' }).click();
  await expect(dialog.getByText('AllyDesk will remind you when the Service Center password is due for a change.')).toBeVisible();
  await expectAccessible(page);
  await shot(page, '2-done');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Logins' }).click();
  await expect(page.getByRole('heading', { name: 'Service Center', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Practice Mate', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'EHR 24/7', level: 3 })).toHaveCount(0);
  expect(describeHits(scanForSecrets(app.dataDir, ['Sunny,Day-2026', 'Tulip!Meadow55', 'Bank-Pass-9', 'ask Dr Chen']))).toEqual([]);

  // Export for leaving: the warning, the box, the passphrase again, then the file as a download.
  await page.getByRole('tab', { name: 'Import and export' }).click();
  await page.getByRole('button', { name: 'Export without encryption…' }).click();
  const warn = page.getByRole('alertdialog', { name: 'Export your logins without encryption?' });
  await expect(warn.getByText(/Anyone who opens this file can read every password in it/)).toBeVisible();
  await warn.getByLabel('Your passphrase, again').fill(PASS);
  await warn.getByRole('button', { name: 'Export without encryption' }).click();
  await expect(warn.getByText('Tick the box to say you understand the file is not protected.')).toBeVisible();
  await warn.getByLabel('I understand the file is not protected').check();
  await warn.getByLabel('Your passphrase, again').fill('not my passphrase');
  await warn.getByRole('button', { name: 'Export without encryption' }).click();
  await expect(warn.getByText('Check Caps Lock and try again.')).toBeVisible({ timeout: 30_000 });
  await warn.getByLabel('Your passphrase, again').fill(PASS);
  await warn.getByRole('button', { name: 'Export without encryption' }).click();
  const link = warn.getByRole('link', { name: /^Save allydesk-Ann-Front-.*-NOT-ENCRYPTED\.json$/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await shot(page, '3-export');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.encrypted).toBe(false);
  expect(exported.items.map((i: { login: { username: string; password: string } }) => [i.login.username, i.login.password]).sort()).toEqual([
    ['ann.frontdesk', 'Sunny,Day-2026'],
    ['ann.pm', 'Tulip!Meadow55'],
  ]);
  expect(describeHits(scanForSecrets(app.dataDir, ['Sunny,Day-2026']))).toEqual([]);
  await warn.getByRole('button', { name: 'Close' }).click();

  // The activity log names both, never a secret.
  await page.getByRole('tab', { name: 'Activity log' }).click();
  await expect(page.getByRole('cell', { name: 'Logins imported from Chrome or Edge (CSV) (2 logins)' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Logins exported without encryption (2 logins)' })).toBeVisible();
});
