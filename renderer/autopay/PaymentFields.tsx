import { Tabs } from 'radix-ui';
import { RadioGroup } from '../ui/RadioGroup';
import { localizedAutopay } from '../../shared/content/autopay';
import type { OfficeAllyNameId } from '../../shared/content/officeAllyNames';
import { useContent, useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { autopayMessages as m } from './messages';
import { PortalLabel } from './PortalLabel';
import { brandName, cvvLength, detectBrand } from '../../shared/validation/card';
import type { InputHTMLAttributes } from 'react';
import { Field } from '../ui/Field';
import { fieldId, type EnrollmentForm } from './useEnrollmentForm';

/** "Payment Method" with the portal's two tabs. Both tabs keep what was typed when you switch. */
export function PaymentFields({ form }: { form: EnrollmentForm }) {
  const { values, errors, set, blur } = form;
  const brand = detectBrand(values.card.number);
  const cvvSize = cvvLength(brand);
  const t = useT();
  const texts = localizedAutopay(useContent());
  // Card data stays out of the browser's autofill store: autocomplete off on number, expiry, CVV, account.
  const field = (
    group: 'card' | 'ach',
    key: 'holder' | 'number' | 'expiry' | 'cvv' | 'routing' | 'account',
    portal: OfficeAllyNameId,
    { hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {},
  ) => {
    const path = `${group}.${key}`;
    return (
      <Field id={fieldId(path)} label={<PortalLabel message={m[`field.${key}`]} portal={portal} />} hint={hint} error={errors[path]} required>
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
      <legend id="autopay-payment-legend">
        <OfficeAllyName name="paymentMethod" />
      </legend>
      <Tabs.Root value={values.method} onValueChange={(method) => set('method', method)}>
        <Tabs.List className="tabs-list" aria-labelledby="autopay-payment-legend">
          <Tabs.Trigger value="card" className="tab">
            <OfficeAllyName name="creditDebitCard" />
          </Tabs.Trigger>
          <Tabs.Trigger value="ach" className="tab">
            <OfficeAllyName name="ach" />
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="card" className="autopay-tab-panel">
          <h3>
            <OfficeAllyName name="enterPaymentDetails" />
          </h3>
          {field('card', 'holder', 'accountHolderName', { placeholder: t(m.holderCardPlaceholder), autoComplete: 'off' })}
          {field('card', 'number', 'creditCardNumber', {
            placeholder: '1234 5678 9012 3456',
            inputMode: 'numeric',
            autoComplete: 'off',
            maxLength: 23,
            hint: brand ? t(m.cardBrand, { brand: brandName(brand) }) : t(m.cardHint),
          })}
          <div className="autopay-row">
            {field('card', 'expiry', 'expirationDate', { placeholder: 'MM/YY', autoComplete: 'off', maxLength: 7, hint: t(m.expiryHint) })}
            {field('card', 'cvv', 'cvv', {
              placeholder: cvvSize === 4 ? '1234' : '123',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 4,
              hint: cvvSize === 4 ? t(m.cvvHint4) : t(m.cvvHint3),
            })}
          </div>
          <p className="hint">{texts.savedToWallet}</p>
        </Tabs.Content>
        <Tabs.Content value="ach" className="autopay-tab-panel">
          <h3>
            <OfficeAllyName name="enterBankAccountDetails" />
          </h3>
          {field('ach', 'holder', 'accountHolderName', { placeholder: t(m.holderBankPlaceholder), autoComplete: 'off' })}
          <div className="autopay-row">
            {field('ach', 'routing', 'routingNumber', { inputMode: 'numeric', autoComplete: 'off', maxLength: 9, hint: t(m.routingHint) })}
            {field('ach', 'account', 'accountNumber', { inputMode: 'numeric', autoComplete: 'off', maxLength: 17, hint: t(m.accountHint) })}
          </div>
          <div className="field">
            <p id="autopay-ach-accountType-label" className="field-group-label">
              <PortalLabel message={m['field.accountType']} portal="accountType" />
              <span aria-hidden="true"> *</span>
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
                  label={t(type === 'checking' ? m.checking : m.savings)}
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
