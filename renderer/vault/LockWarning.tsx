import { AlertDialog } from 'radix-ui';
import { useVault } from '../state/vault';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });

/** WCAG 2.2.1: warn before the idle lock; Enter, Space or Escape keeps the vault unlocked. */
export function LockWarning() {
  const lockAt = useVault((s) => s.lockWarningAt);
  const unlocked = useVault((s) => s.status?.unlocked);
  const activity = useVault((s) => s.activity);
  const lock = useVault((s) => s.lock);
  return (
    <AlertDialog.Root open={Boolean(lockAt && unlocked)} onOpenChange={(open) => !open && void activity()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content">
          <AlertDialog.Title>Your passwords will lock soon</AlertDialog.Title>
          <AlertDialog.Description>
            Nothing has happened in the vault for a while, so AllyDesk will lock it at {lockAt ? timeOf(lockAt) : ''} (automatic logoff). Press Enter to keep it
            unlocked.
          </AlertDialog.Description>
          <div className="dialog-actions">
            <button type="button" className="button-quiet" onClick={() => void lock()}>
              Lock now
            </button>
            <AlertDialog.Cancel asChild>
              <button type="button">Keep unlocked</button>
            </AlertDialog.Cancel>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
