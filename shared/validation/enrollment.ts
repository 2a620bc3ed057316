import { z } from '../zod';
import type { AUTOPAY_PRODUCT_IDS, AutopayFlavor } from '../content/autopay';
import { accountNumberProblem, routingNumberProblem } from './aba';
import { US_STATE_CODES, zipProblem } from './address';
import { cardDigits, cardNumberProblem, cvvProblem, detectBrand, expiryProblem } from './card';
import { ACCOUNT_TYPES, type AutopayEnrollRecord } from './record';

export { ACCOUNT_TYPES, autopayEnrollRecord, type AutopayEnrollRecord } from './record';
import { phoneProblem } from './contact';

/**
 * The one schema for the autopay enrollment form. The renderer runs it for instant field
 * messages; what it produces for main is only `toEnrollRecord(...)`, which main parses again
 * with `autopayEnrollRecord` at the IPC boundary.
 */

const rule = (problem: (value: string) => string | null) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  );
const required = (message: string, max = 100) => z.string().check(z.trim(), z.minLength(1, message), z.maxLength(max, `Keep this under ${max} characters.`));
const optional = (max = 100) => z.string().check(z.trim(), z.maxLength(max, `Keep this under ${max} characters.`));

export const billingSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, 'Enter the billing email address.')),
    z.email('Enter an email address like billing@yourpractice.com.'),
  ),
  phone: rule(phoneProblem),
  company: optional(),
  firstName: required('Enter the billing contact’s first name.'),
  lastName: required('Enter the billing contact’s last name.'),
  street: required('Enter the street address.'),
  street2: optional(),
  city: required('Enter the city.'),
  state: z.enum(US_STATE_CODES, 'Choose the state.'),
  zip: z.pipe(
    rule(zipProblem),
    z.transform((zip) => zip.trim()),
  ),
  country: z.literal('US', 'Choose the country (US).'),
});

const cardSchema = (now: number) =>
  z
    .object({
      holder: required('Enter the name exactly as it is printed on the card.'),
      number: rule(cardNumberProblem),
      expiry: rule((value) => expiryProblem(value, now)),
      cvv: z.string(),
    })
    .check(
      z.superRefine((card, ctx) => {
        const message = cvvProblem(card.cvv, detectBrand(card.number));
        if (message) ctx.addIssue({ code: 'custom', path: ['cvv'], message });
      }),
    );

const achSchema = z.object({
  holder: required('Enter the name on the bank account.'),
  routing: rule(routingNumberProblem),
  account: rule(accountNumberProblem),
  accountType: z.enum(ACCOUNT_TYPES, 'Choose checking or savings.'),
});

const TERMS_MESSAGE: Record<AutopayFlavor, string> = {
  new: 'Switch on the Autopay Enrollment terms toggle before you submit: the portal refuses the form while it is off.',
  classic: 'Tick the box to confirm you have read the autopay terms, including the temporary authorization hold.',
};

export function enrollmentSchema(options: { flavor: AutopayFlavor; now: number }) {
  const base = z.object({
    termsAccepted: z.boolean().check(z.refine((accepted) => accepted, TERMS_MESSAGE[options.flavor])),
    billing: billingSchema,
  });
  return z.discriminatedUnion('method', [
    z.extend(base, { method: z.literal('card'), card: cardSchema(options.now) }),
    z.extend(base, { method: z.literal('ach'), ach: achSchema }),
  ]);
}
export type Enrollment = z.output<ReturnType<typeof enrollmentSchema>>;

/** Everything the form holds while the user types (both tabs, so switching tabs loses nothing). */
export interface EnrollmentFormValues {
  termsAccepted: boolean;
  billing: Record<keyof z.input<typeof billingSchema>, string>;
  method: 'card' | 'ach';
  card: { holder: string; number: string; expiry: string; cvv: string };
  ach: { holder: string; routing: string; account: string; accountType: '' | (typeof ACCOUNT_TYPES)[number] };
}

export const emptyEnrollmentForm = (): EnrollmentFormValues => ({
  termsAccepted: false,
  billing: { email: '', phone: '', company: '', firstName: '', lastName: '', street: '', street2: '', city: '', state: '', zip: '', country: 'US' },
  method: 'card',
  card: { holder: '', number: '', expiry: '', cvv: '' },
  ach: { holder: '', routing: '', account: '', accountType: '' },
});

export type EnrollmentCheck = { ok: true; enrollment: Enrollment } | { ok: false; errors: Record<string, string> };

/** Field messages keyed by dotted path ("billing.zip", "card.cvv"), the first per field, in form order. */
export function checkEnrollment(values: EnrollmentFormValues, options: { flavor: AutopayFlavor; now: number }): EnrollmentCheck {
  const parsed = enrollmentSchema(options).safeParse(values);
  if (parsed.success) return { ok: true, enrollment: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}

/** The only thing made from a valid enrollment for main: brand/type and last four digits. */
export function toEnrollRecord(productId: (typeof AUTOPAY_PRODUCT_IDS)[number], enrollment: Enrollment): AutopayEnrollRecord {
  if (enrollment.method === 'card') {
    const digits = cardDigits(enrollment.card.number);
    const brand = detectBrand(digits);
    if (!brand) throw new Error('toEnrollRecord needs a validated enrollment');
    return { product: productId, method: 'card', brand, last4: digits.slice(-4) };
  }
  return { product: productId, method: 'ach', accountType: enrollment.ach.accountType, last4: enrollment.ach.account.slice(-4) };
}
