import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import type { ShiftPreview } from '../../shared/ipc/shift';
import { bridge } from '../bridge';
import { useNavigation } from '../state/navigation';
import { useVault } from '../state/vault';
import { ProblemMessage } from '../ui/Message';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What End my shift will close, one line each, from main's preview. */
function closingList(preview: ShiftPreview): string[] {
  return [
    `Your passwords (${preview.name}) lock.`,
    preview.clipboardHoldsSecret
      ? 'The password or username you copied is cleared from the clipboard.'
      : 'The clipboard holds nothing AllyDesk copied: it is left alone.',
    preview.portalWindows === 0
      ? 'Your saved portal sessions in AllyDesk are wiped (no portal window is open). Portals you opened in your own browser: log out there.'
      : `${plural(preview.portalWindows, 'portal window closes', 'portal windows close')} and all your saved portal sessions are wiped.`,
    preview.pinSet ? 'Your quick-unlock PIN is forgotten: next time, unlock with your passphrase.' : 'You have no quick-unlock PIN to forget.',
  ];
}

/**
 * End my shift, confirmed in a Radix AlertDialog that first says what will close. Controlled by the
 * header (its button and the shortcut open it). Afterwards the profile picker shows, for the next person.
 */
export function EndShiftDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const endShift = useVault((s) => s.endShift);
  const go = useNavigation((s) => s.go);
  const [preview, setPreview] = useState<ShiftPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wasOpen, setWasOpen] = useState(false);
  const [ended, setEnded] = useState(false);

  // Ask main what will close each time the dialog opens (the clipboard may have changed since).
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setPreview(null);
      setError(null);
      void bridge()
        .invoke('shift:preview', undefined)
        .then((reply) => (reply.ok ? setPreview(reply.data) : setError(reply.error.message)));
    }
  }

  async function confirm() {
    setBusy(true);
    const result = await endShift();
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setEnded(true);
    onOpenChange(false);
    go('vault'); // the profile picker, ready for the next person
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        {/* After the shift ended, focus goes to the unlock screen (not back to a button that is gone). */}
        <AlertDialog.Content className="dialog-content" onCloseAutoFocus={(event) => ended && event.preventDefault()}>
          <AlertDialog.Title>End your shift{preview ? `, ${preview.name}` : ''}?</AlertDialog.Title>
          <AlertDialog.Description>This closes everything of yours so the next person starts clean:</AlertDialog.Description>
          {preview ? (
            <ul aria-label="What will close">
              {closingList(preview).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            !error && <p className="muted">Checking what is open…</p>
          )}
          <ProblemMessage>{error}</ProblemMessage>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button-quiet">
                Keep working
              </button>
            </AlertDialog.Cancel>
            <button type="button" onClick={() => void confirm()} disabled={busy || !preview}>
              {busy ? 'Ending…' : 'End my shift'}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
