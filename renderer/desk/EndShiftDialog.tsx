import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import type { ShiftPreview } from '../../shared/ipc/shift';
import { bridge } from '../bridge';
import { useNavigation } from '../state/navigation';
import { useVault } from '../state/vault';
import { ProblemMessage } from '../ui/Message';
import { useT, type Translate } from '../i18n/store';
import { deskMessages as m } from './messages';

/** What End my shift will close, one line each, from main's preview. */
function closingList(t: Translate, preview: ShiftPreview): string[] {
  return [
    t(m.passwordsLock, { name: preview.name }),
    t(preview.clipboardHoldsSecret ? m.clipboardCleared : m.clipboardLeft),
    preview.portalWindows === 0 ? t(m.noWindows) : t(m.windows, { count: preview.portalWindows }),
    t(preview.pinSet ? m.pinForgotten : m.noPin),
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
  const t = useT();

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
          <AlertDialog.Title>{preview ? t(m.titleNamed, { name: preview.name }) : t(m.title)}</AlertDialog.Title>
          <AlertDialog.Description>{t(m.lead)}</AlertDialog.Description>
          {preview ? (
            <ul aria-label={t(m.closingLabel)}>
              {closingList(t, preview).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            !error && <p className="muted">{t(m.checking)}</p>
          )}
          <ProblemMessage>{error}</ProblemMessage>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button-quiet">
                {t(m.keepWorking)}
              </button>
            </AlertDialog.Cancel>
            <button type="button" onClick={() => void confirm()} disabled={busy || !preview}>
              {t(busy ? m.ending : m.endShift)}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
