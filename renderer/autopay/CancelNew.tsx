import { Switch } from 'radix-ui';
import { useState } from 'react';
import { NEW_CANCEL_DIALOG, type AutopayProduct } from '../../shared/content/autopay';
import { useAutopayStore } from '../state/autopay';
import { useT } from '../i18n/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { OfficeAllyName } from '../ui/OfficeAllyName';
import { autopayMessages as m } from './messages';
import { InlineField } from '../ui/Field';

/** Service Center (New): switch the terms toggle off, then confirm in the "Cancel Autopay?" pop-up. */
export function CancelNew({ product }: { product: AutopayProduct }) {
  const cancel = useAutopayStore((s) => s.cancel);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  async function confirm() {
    const result = await cancel(product.id);
    setAsking(false);
    if (!result.ok) setError(result.error.message);
  }

  return (
    <section className="card" aria-labelledby="autopay-cancel-new-title">
      <h3 id="autopay-cancel-new-title">{t(m.cancelNewTitle)}</h3>
      <p>{t(m.cancelNewIntro, { page: <OfficeAllyName name="autopaySettings" /> })}</p>
      <InlineField id="autopay-enrollment-switch" className="autopay-terms" label={t(m.termsNew)}>
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
        title={<OfficeAllyName label={NEW_CANCEL_DIALOG.title} />}
        description={t(m.cancelNewDialog, { product: <span lang="en">{product.name}</span> })}
        keepLabel={t(m.keepAutopay)}
        confirmLabel={<OfficeAllyName label={NEW_CANCEL_DIALOG.confirm} />}
        closesWhenDone
        onConfirm={() => void confirm()}
      />
    </section>
  );
}
