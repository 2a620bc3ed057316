import { useT } from '../i18n/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { portalActionsMessages as m } from './messages';

/**
 * "Clear … cache and cookies?" — loaded on first use: the portal cards are on the first screen, and the
 * dialog machinery is not needed until someone asks to clear. Focus goes back to the button that opened it.
 */
export function ClearPortalDialog({ name, onClear, onClose }: { name: string; onClear: () => void; onClose: () => void }) {
  const t = useT();
  return (
    <ConfirmDialog
      defaultOpen
      onOpenChange={(open) => !open && onClose()}
      title={t(m.clearTitle, { portal: name })}
      description={t(m.clearBody, { portal: name })}
      keepLabel={t(m.clearKeep)}
      confirmLabel={t(m.clearConfirm)}
      onConfirm={onClear}
    />
  );
}
