import { AlertDialog } from 'radix-ui';
import { useT } from '../i18n/store';
import { useVault } from '../state/vault';
import { vaultMessages as m } from './messages';

/** WCAG 2.2.1: warn before the idle lock; Enter, Space or Escape keeps the vault unlocked. */
export function LockWarning() {
  const lockAt = useVault((s) => s.lockWarningAt);
  const unlocked = useVault((s) => s.status?.unlocked);
  const activity = useVault((s) => s.activity);
  const lock = useVault((s) => s.lock);
  const t = useT();
  return (
    <AlertDialog.Root open={Boolean(lockAt && unlocked)} onOpenChange={(open) => !open && void activity()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>{t(m.lockSoonTitle)}</AlertDialog.Title>
          <AlertDialog.Description>{t(m.lockSoonText, { at: lockAt ?? Date.now() })}</AlertDialog.Description>
          <div className="dialog-actions">
            <button type="button" className="button-quiet" onClick={() => void lock()}>
              {t(m.lockNow)}
            </button>
            <AlertDialog.Cancel asChild>
              <button type="button">{t(m.keepUnlocked)}</button>
            </AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
