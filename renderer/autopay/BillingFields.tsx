import type { InputHTMLAttributes } from 'react';
import { COUNTRIES, US_STATES } from '../../shared/validation/address';
import { Field } from '../ui/Field';
import { fieldId, type EnrollmentForm } from './useEnrollmentForm';

const optionsOf = (list: readonly (readonly [string, string])[]) =>
  list.map(([code, name]) => (
    <option key={code} value={code}>
      {name}
    </option>
  ));

/** "Billing Information" as both portal flavors lay it out (seed 002). */
export function BillingFields({ form }: { form: EnrollmentForm }) {
  const { values, errors, set, blur } = form;
  const text = (key: keyof typeof values.billing, label: string, { hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => {
    const path = `billing.${key}`;
    return (
      <Field id={fieldId(path)} label={label} hint={hint} error={errors[path]} required={input.required}>
        <input value={values.billing[key]} onChange={(event) => set(path, event.target.value)} onBlur={() => blur(path)} {...input} />
      </Field>
    );
  };
  return (
    <fieldset className="autopay-fieldset">
      <legend>Billing Information</legend>
      <h3>Contact Information</h3>
      <div className="autopay-row">
        {text('email', 'Email Address', { required: true, type: 'email', autoComplete: 'email' })}
        {text('phone', 'Phone Number', { required: true, type: 'tel', autoComplete: 'tel', hint: 'For example (206) 555-0100' })}
      </div>
      <h3>Billing Address</h3>
      {text('company', 'Company Name', { autoComplete: 'organization' })}
      <div className="autopay-row">
        {text('firstName', 'First Name', { required: true, autoComplete: 'given-name' })}
        {text('lastName', 'Last Name', { required: true, autoComplete: 'family-name' })}
      </div>
      {text('street', 'Street Address', { required: true, autoComplete: 'address-line1' })}
      {text('street2', 'Street Address Line 2', { autoComplete: 'address-line2' })}
      <div className="autopay-row">
        {text('city', 'City', { required: true, autoComplete: 'address-level2' })}
        <Field id={fieldId('billing.state')} label="State" required error={errors['billing.state']}>
          <select
            value={values.billing.state}
            onChange={(event) => {
              set('billing.state', event.target.value);
              blur('billing.state');
            }}
            onBlur={() => blur('billing.state')}
            required
            autoComplete="address-level1"
          >
            <option value="">Choose a state</option>
            {optionsOf(US_STATES)}
          </select>
        </Field>
      </div>
      <div className="autopay-row">
        {text('zip', 'Zip Code', { required: true, autoComplete: 'postal-code', inputMode: 'numeric', hint: '12345 or ZIP+4: 12345-6789' })}
        <Field id={fieldId('billing.country')} label="Country" required error={errors['billing.country']}>
          <select value={values.billing.country} onChange={(event) => set('billing.country', event.target.value)} required autoComplete="country">
            {optionsOf(COUNTRIES)}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
