import { AlertDialog, Switch } from 'radix-ui';
import { useState } from 'react';
import { NEW_CANCEL_DIALOG, type AutopayProduct } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
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
      <AlertDialog.Root open={asking} onOpenChange={setAsking}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog-content">
            <AlertDialog.Title>{NEW_CANCEL_DIALOG.title}</AlertDialog.Title>
            <AlertDialog.Description>
              Autopay stops for {product.name}. Your Office Ally bill will no longer be paid automatically; you will need to pay it yourself each month.
            </AlertDialog.Description>
            <div className="dialog-actions">
              <AlertDialog.Cancel className="button-secondary">Keep Autopay</AlertDialog.Cancel>
              <AlertDialog.Action
                className="button-danger"
                onClick={(event) => {
                  // Keep the dialog open until the record is saved, so a failure is not silent.
                  event.preventDefault();
                  void confirm();
                }}
              >
                {NEW_CANCEL_DIALOG.confirm}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  );
}
