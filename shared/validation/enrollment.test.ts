import { describe, expect, it } from 'vitest';
import { autopayEnrollRecord, checkEnrollment, emptyEnrollmentForm, toEnrollRecord, type EnrollmentFormValues } from './enrollment';

const now = new Date(2026, 10, 23, 10, 0).getTime();

function filledForm(overrides: Partial<EnrollmentFormValues> = {}): EnrollmentFormValues {
  const form = emptyEnrollmentForm();
  return {
    ...form,
    termsAccepted: true,
    billing: {
      ...form.billing,
      email: 'billing@sunrise-clinic.example',
      phone: '(206) 555-0100',
      firstName: 'Dana',
      lastName: 'Reyes',
      street: '100 Main St',
      city: 'Seattle',
      state: 'WA',
      zip: '98101-1234',
    },
    card: { holder: 'Dana Reyes', number: '4111 1111 1111 1111', expiry: '04/29', cvv: '123' },
    ach: { holder: 'Sunrise Clinic', routing: '011000015', account: '000123456789', accountType: 'checking' },
    ...overrides,
  };
}

describe('enrollment form schema', () => {
  it('accepts a complete card enrollment and keeps the ACH tab out of it', () => {
    const check = checkEnrollment(filledForm(), { flavor: 'new', now });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.enrollment.method).toBe('card');
    expect('ach' in check.enrollment).toBe(false);
  });

  it('accepts a complete ACH enrollment even with a half-typed card tab', () => {
    const form = filledForm({ method: 'ach', card: { holder: '', number: '4111', expiry: '', cvv: '' } });
    expect(checkEnrollment(form, { flavor: 'classic', now }).ok).toBe(true);
  });

  it('an empty form lists a message for every required field, keyed by path', () => {
    const check = checkEnrollment(emptyEnrollmentForm(), { flavor: 'new', now });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors)).toEqual([
      'termsAccepted',
      'billing.email',
      'billing.phone',
      'billing.firstName',
      'billing.lastName',
      'billing.street',
      'billing.city',
      'billing.state',
      'billing.zip',
      'card.holder',
      'card.number',
      'card.expiry',
      'card.cvv',
    ]);
    expect(check.errors.termsAccepted).toMatch(/Switch on the Autopay Enrollment terms toggle/);
  });

  it('the Classic terms message asks for the acknowledgement, including the hold', () => {
    const check = checkEnrollment(filledForm({ termsAccepted: false }), { flavor: 'classic', now });
    expect(check.ok ? null : check.errors.termsAccepted).toMatch(/temporary authorization hold/);
  });

  it('checks the Amex CVV length against the number typed', () => {
    const form = filledForm({ card: { holder: 'Dana Reyes', number: '378282246310005', expiry: '04/29', cvv: '123' } });
    const check = checkEnrollment(form, { flavor: 'new', now });
    expect(check.ok ? null : check.errors).toEqual({ 'card.cvv': 'American Express cards have a 4-digit CVV (on the front); this one has 3.' });
  });

  it('refuses an expired card by the clock it is given', () => {
    const form = filledForm({ card: { holder: 'Dana Reyes', number: '4111111111111111', expiry: '10/26', cvv: '123' } });
    const check = checkEnrollment(form, { flavor: 'new', now });
    expect(check.ok ? null : check.errors['card.expiry']).toMatch(/expired at the end of 10\/26/);
    expect(checkEnrollment(form, { flavor: 'new', now: new Date(2026, 9, 31, 12).getTime() }).ok).toBe(true);
  });

  it('refuses a bad routing checksum and a missing account type on the ACH tab', () => {
    const form = filledForm({ method: 'ach', ach: { holder: 'Sunrise Clinic', routing: '011000016', account: '000123456789', accountType: '' } });
    const check = checkEnrollment(form, { flavor: 'classic', now });
    expect(check.ok ? null : Object.keys(check.errors)).toEqual(['ach.routing', 'ach.accountType']);
  });

  it('refuses a bad email, phone and ZIP with field messages', () => {
    const form = filledForm();
    form.billing = { ...form.billing, email: 'billing@', phone: '555-12', zip: '9810' };
    const check = checkEnrollment(form, { flavor: 'new', now });
    expect(check.ok ? null : check.errors).toEqual({
      'billing.email': 'Enter an email address like billing@yourpractice.com.',
      'billing.phone': expect.stringMatching(/not a complete phone number/),
      'billing.zip': expect.stringMatching(/5-digit ZIP/),
    });
  });
});

describe('the record sent to main', () => {
  it('is brand and last four for a card — nothing else', () => {
    const check = checkEnrollment(filledForm(), { flavor: 'new', now });
    if (!check.ok) throw new Error('form should be valid');
    const record = toEnrollRecord('service-center-new', check.enrollment);
    expect(record).toEqual({ product: 'service-center-new', method: 'card', brand: 'visa', last4: '1111' });
    expect(JSON.stringify(record)).not.toMatch(/4111111111111111|04\/29|123|Reyes/);
  });

  it('is account type and last four for ACH', () => {
    const check = checkEnrollment(filledForm({ method: 'ach' }), { flavor: 'classic', now });
    if (!check.ok) throw new Error('form should be valid');
    expect(toEnrollRecord('ehr', check.enrollment)).toEqual({ product: 'ehr', method: 'ach', accountType: 'checking', last4: '6789' });
  });

  it('main refuses a record carrying any extra field (a full number, a CVV, an expiry)', () => {
    const base = { product: 'practice-mate', method: 'card', brand: 'visa', last4: '1111' };
    expect(autopayEnrollRecord().safeParse(base).success).toBe(true);
    expect(autopayEnrollRecord().safeParse({ ...base, number: '4111111111111111' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, cvv: '123' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, expiry: '04/29' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, last4: '4111111111111111' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, last4: '111' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, brand: 'platinum' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ ...base, product: 'patient-ally' }).success).toBe(false);
    expect(autopayEnrollRecord().safeParse({ product: 'ehr', method: 'ach', accountType: 'checking', last4: '6789', account: '000123456789' }).success).toBe(
      false,
    );
  });
});
