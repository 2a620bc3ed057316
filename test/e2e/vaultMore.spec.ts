import type { Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, navLink, screenshot, test } from './fixtures';
import { describeHits, scanForSecrets } from './secretScan';
import { createProfile, PASS } from './vaultHelpers';

const shot = (page: Page, name: string) => screenshot(page, `vault-${name}`);

test('vault: a garbage profile file is moved aside, the user is told where, and a new profile still works', async ({ app, page }) => {
  writeFileSync(join(app.dataDir, 'vault-profile-brokenfile01.json'), '{"format":"allydesk-vault-profile", truncated');
  await navLink(page, 'Passwords').click();
  const banner = page.getByRole('status').filter({ hasText: 'A damaged password profile file was moved aside to' });
  await expect(banner).toContainText(join(app.dataDir, 'vault-profile-brokenfile01.damaged-'));
  await navLink(page, 'Which portal?').click();
  await navLink(page, 'Passwords').click();
  await expect(page.getByRole('heading', { name: 'Create your profile' })).toBeVisible();
  await expect(banner).toHaveCount(1);
  expect(readdirSync(app.dataDir).filter((name) => name.includes('.damaged-'))).toHaveLength(1);
  await expect(page.getByRole('heading', { name: 'Create your profile' })).toBeVisible();
  await expectAccessible(page);
});

test('vault: SFTP login with a generated password, health, activity, settings, backup, delete, import', async ({ app, page }) => {
  test.setTimeout(150_000);
  await createProfile(page);

  await page.getByRole('button', { name: 'Add a login' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a login' });
  await dialog.getByRole('radio', { name: 'SFTP integration' }).click();
  await expect(dialog.getByText('They are different from your web login.')).toBeVisible();
  await dialog.getByLabel('SFTP host').fill('sftp.officeally.com');
  await dialog.getByLabel('Username').fill('sftp-7731');
  await dialog.getByRole('button', { name: 'Generate a strong password' }).click();
  const password = dialog.getByLabel('Password', { exact: true });
  await expect(password).toHaveValue(/^.{16}$/);
  const generated = await password.inputValue();
  expect(generated).toMatch(/[A-Z]/);
  expect(generated).toMatch(/[a-z]/);
  expect(generated).toMatch(/[0-9]/);
  expect(generated).not.toMatch(/[Il1O0o]/);
  await expectAccessible(page);
  await shot(page, '7-sftp-form');
  await dialog.getByRole('button', { name: 'Save login' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'SFTP integration (sftp.officeally.com)' })).toBeVisible();

  await page.getByRole('tab', { name: 'Password health' }).click();
  await expect(page.getByText('Your password looks healthy.')).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);
  await shot(page, '8-health');

  await page.getByRole('tab', { name: 'Activity log' }).click();
  await expect(page.getByText(/The activity log is intact/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Login added' })).toBeVisible();
  await expectAccessible(page);
  await shot(page, '9-activity');

  await page.getByRole('tab', { name: 'Settings and backup' }).click();
  await page.getByLabel('Clear a copied password from the clipboard').selectOption('10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Export a backup' }).click();
  await expect(page.getByText(/Backup saved to/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, '10-settings');
  const backups = join(app.dataDir, 'backups');
  const backupFile = join(backups, readdirSync(backups)[0]!);
  expect(describeHits(scanForSecrets([backupFile], [generated, 'sftp-7731']))).toEqual([]);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Delete profile Maria Lopez…' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete the profile/ });
  await confirm.getByLabel('Profile name').fill('Maria');
  await confirm.getByRole('button', { name: 'Delete profile' }).click();
  await expect(confirm.getByText('Type "Maria Lopez" exactly to confirm.')).toBeVisible();
  await expectAccessible(page);
  await shot(page, '11-delete');
  await confirm.getByLabel('Profile name').fill('Maria Lopez');
  await confirm.getByRole('button', { name: 'Delete profile' }).click();
  await expect(page.getByRole('heading', { name: 'Create your profile' })).toBeVisible();

  await page.getByRole('button', { name: 'Import a backup' }).click();
  await page.getByLabel('Backup file (.allydesk-backup.json)').setInputFiles(backupFile);
  await page.getByLabel('Passphrase of that profile').fill('not the passphrase');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'does not open this backup' })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await shot(page, '12-import-wrong');
  await page.getByLabel('Passphrase of that profile').fill(PASS);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Unlocked for Maria Lopez')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('sftp-7731')).toBeVisible();
  const events = (await readFileSync(join(app.dataDir, 'audit.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).event as string);
  expect(events).toEqual(expect.arrayContaining(['export', 'profile-delete', 'import']));
});
