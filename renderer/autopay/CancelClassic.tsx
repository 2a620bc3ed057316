import { useState } from 'react';
import { CLASSIC_CANCEL, localizedAutopay, type AutopayProduct } from '../../shared/content/autopay';
import { useContent, useT } from '../i18n/store';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { WithNames } from '../ui/WithNames';
import { autopayMessages as m } from './messages';
import { classicCancelProblem } from '../../shared/validation/cancel';
import { useAutopayStore } from '../state/autopay';
import { Field } from '../ui/Field';

/** Classic flavors: type `cancel` (lowercase, case-sensitive) in the Cancel Autopayment box and Submit. */
export function CancelClassic({ product }: { product: AutopayProduct }) {
  const cancel = useAutopayStore((s) => s.cancel);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = 'autopay-cancel-word';
  const t = useT();
  const texts = localizedAutopay(useContent());

  async function submit() {
    // Exactly the portal's rule: no trimming, no case folding (shared with main, which checks again).
    const problem = classicCancelProblem(typed);
    if (problem) {
      setError(problem);
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    const result = await cancel(product.id, typed);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.classicCancelWord ?? result.error.message);
      document.getElementById(id)?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby="autopay-cancel-classic-title">
      <h3 id="autopay-cancel-classic-title">
        <OfficeAllyName label={CLASSIC_CANCEL.section} />
      </h3>
      <p>
        <WithNames text={texts.classicCancelInstruction} />
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field
          id={id}
          className="autopay-cancel-field"
          label={t(m.cancelWordLabel, { word: <OfficeAllyName name="cancelWord" /> })}
          hint={t(m.cancelWordHint)}
          error={error ?? undefined}
          announceError
        >
          <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Field>
        <button type="submit" disabled={busy}>
          <OfficeAllyName name="submit" />
        </button>
      </form>
    </section>
  );
}
