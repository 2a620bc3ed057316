import { acceptTerms, expectFieldError, fillAch, fillBilling, fillCard, field, openProduct, PRODUCTS, submitForm, type ProductKey } from './autopayHelpers';
import { expect, expectAccessible, screenshot, test } from './fixtures';

const ROUTES: Record<ProductKey, RegExp> = {
  'service-center-new': /Click on Account Management then click on Pay Office Ally Bill/,
  'service-center-classic': /Select Classic Service Center from the drop down in the upper left corner of the screen then click on Pay Bill/,
  'practice-mate': /Select Manage Office then click on Pay Bill/,
  ehr: /Select Manage Office then click on Pay Bill/,
};
const ENROLLED_BOX = { new: 'Congratulations! You are enrolled in autopay.', classic: 'Congratulations! You Are Currently Enrolled in Autopay' };
const NOT_ENROLLED_BOX = {
  new: 'You are not currently enrolled in autopay. Click the switch below to avoid disruptions to your account.',
  classic: 'You are not currently enrolled in autopay. Click the "Enroll in Autopay" button to enroll.',
};
const CONFIRMATION = { new: 'Your autopay settings were saved successfully.', classic: 'Payment method added' };

for (const [product, { name, flavor }] of Object.entries(PRODUCTS) as [ProductKey, (typeof PRODUCTS)[ProductKey]][]) {
  test(`${name}: enroll with the form, then cancel the ${flavor === 'new' ? 'toggle' : 'typed-word'} way`, async ({ page }) => {
    await openProduct(page, product);
    await expect(page.getByRole('heading', { name: `Where to find it in ${name}` })).toBeVisible();
    await expect(page.locator('.autopay-route')).toContainText(ROUTES[product]);
    const status = page.getByRole('region', { name: 'Autopay status (AllyDesk’s record)' });
    await expect(status.locator(flavor === 'new' ? '.status-bad' : '.status-warn')).toHaveText(new RegExp(NOT_ENROLLED_BOX[flavor].replace(/[.()"]/g, '\\$&')));
    await expect(status).toContainText('Amount due is updated nightly.');
    await expect(status).toContainText('Online payments take 2-3 business days to be reflected in Account Balance.');
    await expectAccessible(page);

    await page.getByRole('button', { name: flavor === 'new' ? 'Enroll in Autopay' : 'Enroll In Autopay' }).click();
    await expect(page.getByRole('heading', { name: flavor === 'new' ? `Autopay Settings: enroll ${name}` : `Set Up Autopay: ${name}` })).toBeFocused();
    if (flavor === 'classic') await expect(page.getByText(/temporary authorization hold on my card to verify/)).toBeVisible();
    await expect(page.getByText("Check the I'm not a robot box")).toBeVisible();
    await expect(page.getByText(/This happens on the real Office Ally portal/)).toBeVisible();
    await acceptTerms(page, product);
    await fillBilling(page);
    // Two products pay by card, two by ACH, so both tabs are covered on both flavors.
    const byCard = product === 'service-center-new' || product === 'practice-mate';
    if (byCard) await fillCard(page, { number: '5555 5555 5555 4444', expiry: '12/30', cvv: '321' });
    else await fillAch(page, { routing: '021000021', account: '9876543210' });
    await expectAccessible(page);
    await submitForm(page);

    const notice = page.getByRole('status').filter({ hasText: 'what the portal shows next' });
    await expect(notice).toContainText(CONFIRMATION[flavor]);
    await expect(notice).toContainText(`verify you see the confirmation in a green box stating ${ENROLLED_BOX[flavor]}`);
    await expect(status.locator('.status-ok')).toHaveText(ENROLLED_BOX[flavor]);
    await expect(status).toContainText(byCard ? 'Mastercard ending 4444' : 'Checking account (ACH) ending 3210');
    await expect(page.getByRole('table')).toContainText('Enrolled');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Edit/Cancel Autopay' }).click();
    if (flavor === 'new') {
      const toggle = page.getByRole('switch', { name: /Autopay Enrollment terms/ });
      await toggle.click();
      const dialog = page.getByRole('alertdialog', { name: 'Cancel Autopay?' });
      await expect(dialog).toBeVisible();
      await screenshot(page, 'autopay-cancel-confirm');
      await expectAccessible(page);
      // Backing out keeps autopay on.
      await dialog.getByRole('button', { name: 'Keep Autopay' }).click();
      await expect(toggle).toHaveAttribute('aria-checked', 'true');
      await toggle.click();
      await page.getByRole('button', { name: 'Yes, Cancel Autopay' }).click();
    } else {
      const word = page.getByRole('textbox', { name: 'Type cancel to stop autopay' });
      for (const wrong of ['Cancel', ' cancel', 'CANCEL']) {
        await word.fill(wrong);
        await page.getByRole('button', { name: 'Submit', exact: true }).click();
        await expect(word).toHaveAccessibleDescription(/Type cancel in all lowercase letters, with no spaces: the box is case-sensitive\./);
        await expect(word).toBeFocused();
        await expect(word).toHaveValue(wrong);
      }
      await expectAccessible(page);
      await word.fill('cancel');
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
    }
    await expect(page.getByRole('status').filter({ hasText: 'Cancelled: what the portal shows next' })).toContainText(
      flavor === 'new' ? 'verify you see the red box' : 'not currently enrolled in Autopay',
    );
    await expect(status.locator(flavor === 'new' ? '.status-bad' : '.status-warn')).toContainText('You are not currently enrolled in autopay.');
    await expect(page.getByRole('table')).toContainText('Cancelled');
    await expectAccessible(page);
  });
}

test('each card and ACH rejection names the problem, focuses the first one, and keeps what was typed', async ({ page }) => {
  // Half an hour into 2027 on the page's clock: December 2026 cards have just expired.
  await page.clock.setFixedTime(new Date(2027, 0, 1, 0, 30));
  await openProduct(page, 'practice-mate');
  await page.getByRole('button', { name: 'Enroll In Autopay' }).click();
  await submitForm(page);
  await expect(page.getByRole('alert').filter({ hasText: 'fields need attention' })).toContainText('Autopay terms, Email Address');
  await expect(page.getByRole('checkbox', { name: /I have read these terms/ })).toBeFocused();
  await expectAccessible(page);

  await acceptTerms(page, 'practice-mate');
  await fillBilling(page);
  await fillCard(page, { number: '4111 1111 1111 1112', expiry: '12/26', cvv: '123' });
  await submitForm(page);
  await expectFieldError(page, 'Credit Card Number', /check digit is wrong/);
  await expectFieldError(page, 'Expiration Date', /expired at the end of 12\/26/);
  await expect(field(page, 'Credit Card Number')).toBeFocused();
  await expect(field(page, 'Credit Card Number')).toHaveValue('4111 1111 1111 1112');
  await expect(field(page, 'Email Address')).toHaveValue('billing@sunrise-clinic.example');
  await expectAccessible(page);

  // The current month is still good.
  await field(page, 'Expiration Date').fill('01/27');
  await field(page, 'Credit Card Number').fill('378282246310005');
  await expect(field(page, 'Credit Card Number')).toHaveAccessibleDescription('American Express card');
  await submitForm(page);
  await expectFieldError(page, 'CVV', /American Express cards have a 4-digit CVV \(on the front\); this one has 3/);
  await expect(field(page, 'CVV')).toBeFocused();
  await expect(field(page, 'Expiration Date')).not.toHaveAttribute('aria-invalid');

  await field(page, 'Zip Code').fill('9810');
  await field(page, 'Phone Number').fill('206-555-01');
  await submitForm(page);
  await expectFieldError(page, 'Phone Number', /not a complete phone number/);
  await expectFieldError(page, 'Zip Code', /5-digit ZIP code \(12345\) or ZIP\+4 \(12345-6789\)/);
  await expect(field(page, 'Phone Number')).toBeFocused();
  await field(page, 'Phone Number').fill('(206) 555-0100');
  await field(page, 'Zip Code').fill('98101');

  await fillAch(page, { routing: '011000016', account: '12' });
  await submitForm(page);
  await expectFieldError(page, 'Routing Number', /check digit does not match/);
  await expectFieldError(page, 'Account Number', /4 to 17 digits; this one has 2/);
  await expectAccessible(page);
  // Switching back to the card tab loses nothing.
  await page.getByRole('tab', { name: 'Credit/Debit Card' }).click();
  await expect(field(page, 'Credit Card Number')).toHaveValue('378282246310005');
  await expect(field(page, 'CVV')).toHaveValue('123');
  await page.getByRole('tab', { name: 'ACH' }).click();
  await expect(field(page, 'Routing Number')).toHaveValue('011000016');
  await field(page, 'Routing Number').fill('011000015');
  await field(page, 'Account Number').fill('000123456789');
  await submitForm(page);
  await expect(page.getByText('Payment method added', { exact: true })).toBeVisible();
});

test('Service Center (New) refuses the form while the terms toggle is off', async ({ page }) => {
  await openProduct(page, 'service-center-new');
  await page.getByRole('button', { name: 'Enroll in Autopay' }).click();
  await fillBilling(page);
  await fillCard(page, { number: '4111111111111111', expiry: '12/30', cvv: '123' });
  await submitForm(page);
  const toggle = page.getByRole('switch', { name: 'I agree to the Autopay Enrollment terms' });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAccessibleDescription(/Switch on the Autopay Enrollment terms toggle/);
  await expectAccessible(page);
  await toggle.press('Space');
  await submitForm(page);
  await expect(page.getByText('Your autopay settings were saved successfully.', { exact: true })).toBeVisible();
});
