import type { Page } from '@playwright/test';
import { expect, navLink } from './fixtures';

/** The passphrase the e2e vault profiles use. */
export const PASS = 'lantern orchard velvet 42';

/** Creates (and so unlocks) a vault profile the way a user does, on the Passwords screen. */
export async function createProfile(page: Page, name = 'Maria Lopez') {
  await navLink(page, 'Passwords').click();
  await expect(page.getByRole('heading', { name: 'Create your profile' })).toBeVisible();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Type the passphrase again').fill(PASS);
  await page.getByRole('button', { name: 'Create profile' }).click();
  // scrypt with the real cost on a busy two-core machine.
  await expect(page.getByText(`Unlocked for ${name}`)).toBeVisible({ timeout: 30_000 });
}
