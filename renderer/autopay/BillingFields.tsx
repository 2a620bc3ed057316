import { COUNTRIES, US_STATES } from '../../shared/validation/address';
import { SelectField, TextField } from './Field';
import type { EnrollmentForm } from './useEnrollmentForm';

/** "Billing Information" as both portal flavors lay it out (seed 002). */
export function BillingFields({ form }: { form: EnrollmentForm }) {
  const { values, errors, set, blur } = form;
  const text = (key: keyof typeof values.billing, label: string, extra: Record<string, unknown> = {}) => {
    const path = `billing.${key}`;
    return (
      <TextField
        path={path}
        label={label}
        value={values.billing[key]}
        onValue={(v) => set(path, v)}
        onBlur={() => blur(path)}
        error={errors[path]}
        {...extra}
      />
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
        <SelectField
          path="billing.state"
          label="State"
          required
          value={values.billing.state}
          onValue={(v) => {
            set('billing.state', v);
            blur('billing.state');
          }}
          onBlur={() => blur('billing.state')}
          options={US_STATES}
          placeholder="Choose a state"
          error={errors['billing.state']}
          autoComplete="address-level1"
        />
      </div>
      <div className="autopay-row">
        {text('zip', 'Zip Code', { required: true, autoComplete: 'postal-code', inputMode: 'numeric', hint: '12345 or ZIP+4: 12345-6789' })}
        <SelectField
          path="billing.country"
          label="Country"
          required
          value={values.billing.country}
          onValue={(v) => set('billing.country', v)}
          options={COUNTRIES}
          error={errors['billing.country']}
          autoComplete="country"
        />
      </div>
    </fieldset>
  );
}
