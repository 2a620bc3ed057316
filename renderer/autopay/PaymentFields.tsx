import { Tabs } from 'radix-ui';
import { RadioGroup } from '../ui/RadioGroup';
import { SAVED_TO_WALLET } from '../../shared/content/autopay';
import { brandName, cvvLength, detectBrand } from '../../shared/validation/card';
import type { InputHTMLAttributes } from 'react';
import { Field } from '../ui/Field';
import { fieldId, type EnrollmentForm } from './useEnrollmentForm';

/** "Payment Method" with the portal's two tabs. Both tabs keep what was typed when you switch. */
export function PaymentFields({ form }: { form: EnrollmentForm }) {
  const { values, errors, set, blur } = form;
  const brand = detectBrand(values.card.number);
  const cvvSize = cvvLength(brand);
  // Card data stays out of the browser's autofill store: autocomplete off on number, expiry, CVV, account.
  const field = (group: 'card' | 'ach', key: string, label: string, { hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => {
    const path = `${group}.${key}`;
    return (
      <Field id={fieldId(path)} label={label} hint={hint} error={errors[path]} required>
        <input
          value={(values[group] as Record<string, string>)[key] ?? ''}
          onChange={(event) => set(path, event.target.value)}
          onBlur={() => blur(path)}
          required
          {...input}
        />
      </Field>
    );
  };
  const accountTypeError = errors['ach.accountType'];
  return (
    <fieldset className="autopay-fieldset">
      <legend>Payment Method</legend>
      <Tabs.Root value={values.method} onValueChange={(method) => set('method', method)}>
        <Tabs.List className="tabs-list" aria-label="Payment Method">
          <Tabs.Trigger value="card" className="tab">
            Credit/Debit Card
          </Tabs.Trigger>
          <Tabs.Trigger value="ach" className="tab">
            ACH
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="card" className="autopay-tab-panel">
          <h3>Enter Payment Details</h3>
          {field('card', 'holder', 'Account Holder Name', { placeholder: 'Name on card', autoComplete: 'off' })}
          {field('card', 'number', 'Credit Card Number', {
            placeholder: '1234 5678 9012 3456',
            inputMode: 'numeric',
            autoComplete: 'off',
            maxLength: 23,
            hint: brand ? `${brandName(brand)} card` : 'Type the number from the front of the card; spaces are fine.',
          })}
          <div className="autopay-row">
            {field('card', 'expiry', 'Expiration Date', { placeholder: 'MM/YY', autoComplete: 'off', maxLength: 7, hint: 'Month and year, e.g. 04/29' })}
            {field('card', 'cvv', 'CVV', {
              placeholder: cvvSize === 4 ? '1234' : '123',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 4,
              hint: cvvSize === 4 ? '4 digits, on the front of an American Express card' : '3 digits, on the back of the card',
            })}
          </div>
          <p className="hint">{SAVED_TO_WALLET}</p>
        </Tabs.Content>
        <Tabs.Content value="ach" className="autopay-tab-panel">
          <h3>Enter Bank Account Details</h3>
          {field('ach', 'holder', 'Account Holder Name', { placeholder: 'Name on the bank account', autoComplete: 'off' })}
          <div className="autopay-row">
            {field('ach', 'routing', 'Routing Number', { inputMode: 'numeric', autoComplete: 'off', maxLength: 9, hint: '9 digits, bottom left of a check' })}
            {field('ach', 'account', 'Account Number', { inputMode: 'numeric', autoComplete: 'off', maxLength: 17, hint: '4 to 17 digits' })}
          </div>
          <div className="field">
            <p id="autopay-ach-accountType-label" className="field-group-label">
              Account Type<span aria-hidden="true"> *</span>
            </p>
            <RadioGroup.Root
              className="radio-group"
              value={values.ach.accountType}
              onValueChange={(v) => {
                set('ach.accountType', v);
                blur('ach.accountType');
              }}
              aria-labelledby="autopay-ach-accountType-label"
              aria-describedby={accountTypeError ? 'autopay-ach-accountType-error' : undefined}
              aria-required
            >
              {(['checking', 'savings'] as const).map((type, index) => (
                <RadioGroup.Option
                  key={type}
                  value={type}
                  id={index === 0 ? fieldId('ach.accountType') : undefined}
                  label={type === 'checking' ? 'Checking' : 'Savings'}
                />
              ))}
            </RadioGroup.Root>
            {accountTypeError && (
              <p id="autopay-ach-accountType-error" className="field-error">
                {accountTypeError}
              </p>
            )}
          </div>
        </Tabs.Content>
      </Tabs.Root>
    </fieldset>
  );
}
