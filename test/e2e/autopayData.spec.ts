import { acceptTerms, fillAch, fillBilling, fillCard, openProduct, readAllFiles, submitForm } from './autopayHelpers';
import { expect, test } from './fixtures';
import { describeHits, scanForSecrets } from './secretScan';

// PCI DSS 3.3.1 / 3.4.1: after enrolling, no file AllyDesk wrote holds the card number, CVV,
// expiry or bank account number — only brand/type and the last four digits.
test('after card and ACH enrollments no file in the data folder holds card or account data', async ({ app, page }) => {
  const card = { number: '3782 822463 10005', expiry: '07/31', cvv: '8362' };
  const ach = { routing: '026009593', account: '4455667788990' };

  await openProduct(page, 'service-center-new');
  await page.getByRole('button', { name: 'Enroll in Autopay' }).click();
  await acceptTerms(page, 'service-center-new');
  await fillBilling(page);
  await fillCard(page, card);
  await submitForm(page);
  await expect(page.getByText('Your autopay settings were saved successfully.', { exact: true })).toBeVisible();

  await openProduct(page, 'ehr');
  await page.getByRole('button', { name: 'Enroll In Autopay' }).click();
  await acceptTerms(page, 'ehr');
  await fillBilling(page);
  await fillAch(page, ach);
  await submitForm(page);
  await expect(page.getByText('Payment method added', { exact: true })).toBeVisible();

  const files = readAllFiles(app.dataDir);
  const all = files.map((f) => f.text).join('\n');
  // The record is really there (so the scan below is reading the right files)…
  expect(files.some((f) => f.path.endsWith('autopay.json'))).toBe(true);
  expect(all).toMatch(/"last4": *"0005"/);
  expect(all).toMatch(/"last4": *"8990"/);
  expect(all).toContain('american-express');
  // …and nothing more: the numbers as written, JSON-escaped or URL-encoded, but not the same
  // digits inside an audit hash or a nonce (test/e2e/secretScan.ts).
  const secrets = ['378282246310005', card.number, ach.account, ach.routing, card.expiry, '0731', card.cvv];
  expect(describeHits(scanForSecrets(app.dataDir, secrets))).toEqual([]);
  expect(all).not.toMatch(/"(cvv|expiry|number|account|routing)"/i);

  // The forms were cleared after the successful submits: a new enrollment starts empty.
  await openProduct(page, 'service-center-new');
  await page.getByRole('button', { name: 'Change payment method' }).click();
  await expect(page.getByRole('textbox', { name: /^Credit Card Number/ })).toHaveValue('');
});
