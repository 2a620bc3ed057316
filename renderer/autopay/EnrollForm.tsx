import { Switch } from 'radix-ui';
import { AUTOPAY_FLAVORS, localizedAutopay, type AutopayProduct } from '../../shared/content/autopay';
import { useContent, useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { WithNames } from '../ui/WithNames';
import { autopayMessages as m } from './messages';
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
  const texts = localizedAutopay(useContent());
  const t = useT();
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
        {t(m.formIntro)} <strong>{t(m.formSendsNothing)}</strong> {t(m.formKeeps)}
      </p>
      <div role="alert" className="autopay-error-summary">
        {form.summary || form.serverError}
      </div>
      {product.flavor === 'new' ? <NewTerms form={form} /> : <ClassicTerms form={form} />}
      <BillingFields form={form} />
      <PaymentFields form={form} />
      <section className="autopay-human-check" aria-labelledby="autopay-human-title">
        <h3 id="autopay-human-title">{t(m.humanTitle, { button: <OfficeAllyName name="submit" /> })}</h3>
        <p>{texts.humanStep}</p>
        <p className="hint">
          <WithNames text={texts.humanWhere} />
        </p>
      </section>
      <div className="autopay-actions">
        <button type="submit" disabled={form.busy}>
          {form.busy ? t(m.saving) : <OfficeAllyName name="submit" />}
        </button>
        <button type="button" className="button-secondary" onClick={() => show('bill')}>
          {t(m.cancelForm)}
        </button>
      </div>
      <p className="hint">{t(m.afterSubmit, { button: <OfficeAllyName name="submit" />, box: <OfficeAllyName label={guide.enrollConfirmation} /> })}</p>
    </form>
  );
}

function NewTerms({ form }: { form: EnrollmentForm }) {
  const t = useT();
  return (
    <InlineField id={fieldId('termsAccepted')} className="autopay-terms" label={t(m.termsNew)} hint={t(m.termsNewHint)} error={form.errors.termsAccepted}>
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
  const t = useT();
  const texts = localizedAutopay(useContent());
  return (
    <section className="autopay-terms" aria-labelledby="autopay-terms-title">
      <h3 id="autopay-terms-title">
        <OfficeAllyName name="autopayEnrollment" />
      </h3>
      <p className="autopay-terms-text">
        <WithNames text={texts.classicTerms} />
      </p>
      <InlineField id={fieldId('termsAccepted')} label={t(m.termsClassic)} error={form.errors.termsAccepted}>
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
