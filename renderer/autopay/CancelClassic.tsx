import { useState } from 'react';
import { CLASSIC_CANCEL, type AutopayProduct } from '../../shared/content/autopay';
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
      <h3 id="autopay-cancel-classic-title">{CLASSIC_CANCEL.section}</h3>
      <p>{CLASSIC_CANCEL.instruction}</p>
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
          label="Type cancel to stop autopay"
          hint="All lowercase, no spaces. The box is case-sensitive: “Cancel” or “CANCEL” will not work."
          error={error ?? undefined}
          announceError
        >
          <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Field>
        <button type="submit" disabled={busy}>
          Submit
        </button>
      </form>
    </section>
  );
}
