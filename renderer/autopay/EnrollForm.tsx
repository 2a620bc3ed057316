import { Switch } from 'radix-ui';
import { AUTOPAY_FLAVORS, CLASSIC_TERMS, HUMAN_CHECK, type AutopayProduct } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
import { BillingFields } from './BillingFields';
import { PaymentFields } from './PaymentFields';
import { InlineField } from '../ui/Field';
import { fieldId, useEnrollmentForm, type EnrollmentForm } from './useEnrollmentForm';

/** The enrollment form for the product's flavor: terms, Billing Information, Payment Method, Submit. */
export function EnrollForm({ product }: { product: AutopayProduct }) {
  const form = useEnrollmentForm(product.id, product.flavor);
  const show = useAutopayStore((s) => s.show);
  const guide = AUTOPAY_FLAVORS[product.flavor];
  return (
    <form
      className="autopay-form"
      noValidate
      aria-labelledby="autopay-view-title"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <p>
        Fill this in as you would on the portal. AllyDesk checks every field the way the portal does, so you can type the same details there and have them
        accepted the first time. <strong>AllyDesk sends nothing to Office Ally</strong> and keeps only the card brand or account type and the last four digits.
      </p>
      <div role="alert" className="autopay-error-summary">
        {form.summary || form.serverError}
      </div>
      {product.flavor === 'new' ? <NewTerms form={form} /> : <ClassicTerms form={form} />}
      <BillingFields form={form} />
      <PaymentFields form={form} />
      <section className="autopay-human-check" aria-labelledby="autopay-human-title">
        <h3 id="autopay-human-title">After Submit on the portal: prove you are human</h3>
        <p>{HUMAN_CHECK.step}</p>
        <p className="hint">{HUMAN_CHECK.where}</p>
      </section>
      <div className="autopay-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Submit'}
        </button>
        <button type="button" className="button-secondary" onClick={() => show('bill')}>
          Cancel
        </button>
      </div>
      <p className="hint">After Submit you will see the portal’s confirmation: “{guide.enrollConfirmation}”.</p>
    </form>
  );
}

function NewTerms({ form }: { form: EnrollmentForm }) {
  return (
    <InlineField
      id={fieldId('termsAccepted')}
      className="autopay-terms"
      label="I agree to the Autopay Enrollment terms"
      hint="On the portal this toggle must be switched On before the form is accepted."
      error={form.errors.termsAccepted}
    >
      <Switch.Root
        className="switch"
        checked={form.values.termsAccepted}
        onCheckedChange={(on) => {
          form.set('termsAccepted', on);
          form.blur('termsAccepted');
        }}
      >
        <Switch.Thumb className="switch-thumb" />
      </Switch.Root>
    </InlineField>
  );
}

function ClassicTerms({ form }: { form: EnrollmentForm }) {
  return (
    <section className="autopay-terms" aria-labelledby="autopay-terms-title">
      <h3 id="autopay-terms-title">Autopay Enrollment</h3>
      <p className="autopay-terms-text">{CLASSIC_TERMS}</p>
      <InlineField
        id={fieldId('termsAccepted')}
        label="I have read these terms, including the temporary authorization hold on my card"
        error={form.errors.termsAccepted}
      >
        <input
          type="checkbox"
          checked={form.values.termsAccepted}
          onChange={(event) => {
            form.set('termsAccepted', event.target.checked);
            form.blur('termsAccepted');
          }}
        />
      </InlineField>
    </section>
  );
}
