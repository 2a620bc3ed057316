import type { InputHTMLAttributes } from 'react';
import type { OfficeAllyNameId } from '../../shared/content/officeAllyNames';
import { useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { autopayMessages as m } from './messages';
import { PortalLabel } from './PortalLabel';
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
  const t = useT();
  const label = (key: keyof typeof values.billing, portal: OfficeAllyNameId) => <PortalLabel message={m[`field.${key}`]} portal={portal} />;
  const text = (
    key: keyof typeof values.billing,
    portal: OfficeAllyNameId,
    { hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {},
  ) => {
    const path = `billing.${key}`;
    return (
      <Field id={fieldId(path)} label={label(key, portal)} hint={hint} error={errors[path]} required={input.required}>
        <input value={values.billing[key]} onChange={(event) => set(path, event.target.value)} onBlur={() => blur(path)} {...input} />
      </Field>
    );
  };
  return (
    <fieldset className="autopay-fieldset">
      <legend>
        <OfficeAllyName name="billingInformation" />
      </legend>
      <h3>
        <OfficeAllyName name="contactInformation" />
      </h3>
      <div className="autopay-row">
        {text('email', 'emailAddress', { required: true, type: 'email', autoComplete: 'email' })}
        {text('phone', 'phoneNumber', { required: true, type: 'tel', autoComplete: 'tel', hint: t(m.phoneHint) })}
      </div>
      <h3>
        <OfficeAllyName name="billingAddress" />
      </h3>
      {text('company', 'companyName', { autoComplete: 'organization' })}
      <div className="autopay-row">
        {text('firstName', 'firstName', { required: true, autoComplete: 'given-name' })}
        {text('lastName', 'lastName', { required: true, autoComplete: 'family-name' })}
      </div>
      {text('street', 'streetAddress', { required: true, autoComplete: 'address-line1' })}
      {text('street2', 'streetAddressLine2', { autoComplete: 'address-line2' })}
      <div className="autopay-row">
        {text('city', 'city', { required: true, autoComplete: 'address-level2' })}
        <Field id={fieldId('billing.state')} label={label('state', 'state')} required error={errors['billing.state']}>
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
            <option value="">{t(m.chooseState)}</option>
            {optionsOf(US_STATES)}
          </select>
        </Field>
      </div>
      <div className="autopay-row">
        {text('zip', 'zipCode', { required: true, autoComplete: 'postal-code', inputMode: 'numeric', hint: t(m.zipHint) })}
        <Field id={fieldId('billing.country')} label={label('country', 'country')} required error={errors['billing.country']}>
          <select value={values.billing.country} onChange={(event) => set('billing.country', event.target.value)} required autoComplete="country">
            {optionsOf(COUNTRIES)}
          </select>
        </Field>
      </div>
    </fieldset>
  );
}
