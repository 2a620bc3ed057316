import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, navLink } from './fixtures';

export const PRODUCTS = {
  'service-center-new': { name: 'Service Center (New)', flavor: 'new' },
  'service-center-classic': { name: 'Service Center (Classic)', flavor: 'classic' },
  'practice-mate': { name: 'Practice Mate', flavor: 'classic' },
  ehr: { name: 'EHR 24/7', flavor: 'classic' },
} as const;
export type ProductKey = keyof typeof PRODUCTS;

export const field = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^${name.replace(/[()/]/g, '\\$&')}`) });

export async function openProduct(page: Page, product: ProductKey) {
  await navLink(page, 'Autopay').click();
  await page.getByRole('radio', { name: new RegExp(`^${PRODUCTS[product].name.replace(/[()/]/g, '\\$&')}`) }).click();
}

export async function acceptTerms(page: Page, product: ProductKey) {
  if (PRODUCTS[product].flavor === 'new') await page.getByRole('switch', { name: 'I agree to the Autopay Enrollment terms' }).click();
  else await page.getByRole('checkbox', { name: /I have read these terms/ }).check();
}

export async function fillBilling(page: Page) {
  await field(page, 'Email Address').fill('billing@sunrise-clinic.example');
  await field(page, 'Phone Number').fill('(206) 555-0100');
  await field(page, 'Company Name').fill('Sunrise Family Clinic');
  await field(page, 'First Name').fill('Dana');
  await field(page, 'Last Name').fill('Reyes');
  await field(page, 'Street Address').first().fill('100 Main St');
  await field(page, 'City').fill('Seattle');
  await page.getByRole('combobox', { name: /^State/ }).selectOption('WA');
  await field(page, 'Zip Code').fill('98101-1234');
}

export async function fillCard(page: Page, card: { number: string; expiry: string; cvv: string }) {
  await field(page, 'Account Holder Name').fill('Dana Reyes');
  await field(page, 'Credit Card Number').fill(card.number);
  await field(page, 'Expiration Date').fill(card.expiry);
  await field(page, 'CVV').fill(card.cvv);
}

export async function fillAch(page: Page, ach: { routing: string; account: string }) {
  await page.getByRole('tab', { name: 'ACH' }).click();
  await field(page, 'Account Holder Name').fill('Sunrise Family Clinic');
  await field(page, 'Routing Number').fill(ach.routing);
  await field(page, 'Account Number').fill(ach.account);
  await page.getByRole('radio', { name: 'Checking' }).click();
}

export async function submitForm(page: Page) {
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
}

/** The error text tied to a field through aria-describedby. */
export async function expectFieldError(page: Page, name: string, message: RegExp) {
  const input = field(page, name);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(message);
}

/** Every file under a folder, read as text (the data folder is small). */
export function readAllFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? readAllFiles(path) : [{ path, text: readFileSync(path, 'latin1') }];
  });
}
