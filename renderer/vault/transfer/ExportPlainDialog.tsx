import { AlertDialog } from 'radix-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useVaultImport } from '../../state/vaultImport';
import { Field } from '../../ui/Field';
import { DoneMessage, ProblemMessage } from '../../ui/Message';

/**
 * The export for leaving AllyDesk: every login of this profile in a file any password manager
 * imports (Bitwarden's JSON), not encrypted. A plain warning, the passphrase typed again, and the
 * file offered once as a download; main writes it nowhere and the page forgets it on close.
 */
export function ExportPlainDialog() {
  const exportPlain = useVaultImport((s) => s.exportPlain);
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ href: string; fileName: string; entries: number } | null>(null);

  // The download link holds the passwords: it goes when the dialog closes.
  useEffect(
    () => () => {
      if (file) URL.revokeObjectURL(file.href);
    },
    [file],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!understood) return setErrors({ understood: 'Tick the box to say you understand the file is not protected.' });
    if (!passphrase) return setErrors({ passphrase: 'Type your passphrase again.' });
    setBusy(true);
    const reply = await exportPlain(passphrase);
    setBusy(false);
    setPassphrase('');
    if (!reply.ok) return setErrors({ ...(reply.error.fields ?? {}), form: reply.error.message });
    setErrors({});
    setFile({
      href: URL.createObjectURL(new Blob([reply.data.content], { type: 'application/json' })),
      fileName: reply.data.fileName,
      entries: reply.data.entries,
    });
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setPassphrase('');
        setUnderstood(false);
        setErrors({});
        setFile(null);
      }}
    >
      <AlertDialog.Trigger asChild>
        <button type="button" className="button-secondary">
          Export without encryption…
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content transfer-dialog">
          <AlertDialog.Title>Export your logins without encryption?</AlertDialog.Title>
          <AlertDialog.Description className="status-warn">
            Anyone who opens this file can read every password in it. Use it only to move to another password manager: import it there straight away, then
            delete the file and empty the Recycle Bin. To keep a copy, use Export a backup instead: it is locked with your passphrase.
          </AlertDialog.Description>
          {file ? (
            <>
              <DoneMessage>
                {file.entries} {file.entries === 1 ? 'login is' : 'logins are'} ready.{' '}
                <a href={file.href} download={file.fileName}>
                  Save {file.fileName}
                </a>
              </DoneMessage>
              <div className="dialog-actions">
                <AlertDialog.Cancel asChild>
                  <button type="button">Close</button>
                </AlertDialog.Cancel>
              </div>
            </>
          ) : (
            <form onSubmit={submit} noValidate>
              <Field id="transfer-export-understood" label="I understand the file is not protected" error={errors.understood} className="vault-check">
                <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
              </Field>
              <Field id="transfer-export-pass" label="Your passphrase, again" error={errors.passphrase} announceError>
                <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
              </Field>
              <ProblemMessage>{errors.form && !errors.passphrase ? errors.form : undefined}</ProblemMessage>
              <div className="dialog-actions">
                <AlertDialog.Cancel asChild>
                  <button type="button" className="button-quiet">
                    Keep them encrypted
                  </button>
                </AlertDialog.Cancel>
                <button type="submit" className="button-danger" disabled={busy}>
                  {busy ? 'Checking…' : 'Export without encryption'}
                </button>
              </div>
            </form>
          )}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
