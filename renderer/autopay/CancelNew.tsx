import { Switch } from 'radix-ui';
import { useState } from 'react';
import { NEW_CANCEL_DIALOG, type AutopayProduct } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { InlineField } from '../ui/Field';

/** Service Center (New): switch the terms toggle off, then confirm in the "Cancel Autopay?" pop-up. */
export function CancelNew({ product }: { product: AutopayProduct }) {
  const cancel = useAutopayStore((s) => s.cancel);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    const result = await cancel(product.id);
    setAsking(false);
    if (!result.ok) setError(result.error.message);
  }

  return (
    <section className="card" aria-labelledby="autopay-cancel-new-title">
      <h3 id="autopay-cancel-new-title">Cancel autopay</h3>
      <p>On the portal’s Autopay Settings page, select the toggle to cancel your agreement to the Autopay Enrollment terms. A pop-up asks you to confirm.</p>
      <InlineField id="autopay-enrollment-switch" className="autopay-terms" label="I agree to the Autopay Enrollment terms">
        <Switch.Root
          className="switch"
          checked={!asking}
          onCheckedChange={(on) => {
            if (!on) setAsking(true);
          }}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </InlineField>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title={NEW_CANCEL_DIALOG.title}
        description={`Autopay stops for ${product.name}. Your Office Ally bill will no longer be paid automatically; you will need to pay it yourself each month.`}
        keepLabel="Keep Autopay"
        confirmLabel={NEW_CANCEL_DIALOG.confirm}
        closesWhenDone
        onConfirm={() => void confirm()}
      />
    </section>
  );
}
