import { Dialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { IMPORT_FORMAT_NAMES, MAX_IMPORT_BYTES } from '../../../shared/ipc/vaultImport';
import { useVaultImport, type ImportResult } from '../../state/vaultImport';
import { Field } from '../../ui/Field';
import { ProblemMessage } from '../../ui/Message';
import { ImportDone } from './ImportDone';
import { ImportPreviewStep } from './ImportPreviewStep';
import './transfer.css';

/**
 * Import logins from a browser's or password manager's export: choose the file, check the preview,
 * import the ticked rows, then delete them where they came from. The file's text goes to main once
 * and is not kept here (main keeps the parsed rows until the import, a cancel or the lock).
 */
export function ImportLoginsDialog() {
  const readFile = useVaultImport((s) => s.readFile);
  const cancel = useVaultImport((s) => s.cancel);
  const preview = useVaultImport((s) => s.preview);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);

  function reset() {
    setFile(null);
    setError(undefined);
    setDone(null);
    setBusy(false);
  }

  async function read(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError('Choose the file you exported.');
    if (file.size > MAX_IMPORT_BYTES) return setError('This file is larger than 20 MB. Export only your logins and try again.');
    setBusy(true);
    const reply = await readFile(await file.text());
    setBusy(false);
    if (!reply.ok) setError(reply.error.fields?.content ?? reply.error.message);
  }

  const step = done ? 'done' : preview ? 'preview' : 'choose';
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) void cancel();
        reset();
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button">Import logins…</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content transfer-dialog" aria-describedby="transfer-import-about">
          <Dialog.Title>Import logins from a browser or password manager</Dialog.Title>
          {step === 'choose' && (
            <form onSubmit={read} noValidate>
              <Dialog.Description id="transfer-import-about">
                Export your passwords from Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password or LastPass, then choose that file here. AllyDesk reads it and
                shows you each login before anything is saved. It does not keep a copy of the file.
              </Dialog.Description>
              <Field id="transfer-import-file" label="Exported file (.csv or Bitwarden .json)" error={error} announceError>
                <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </Field>
              <div className="dialog-actions">
                <Dialog.Close asChild>
                  <button type="button" className="button-quiet">
                    Cancel
                  </button>
                </Dialog.Close>
                <button type="submit" disabled={busy}>
                  {busy ? 'Reading…' : 'Show what is in it'}
                </button>
              </div>
            </form>
          )}
          {step === 'preview' && preview && (
            <>
              <Dialog.Description id="transfer-import-about">
                From {IMPORT_FORMAT_NAMES[preview.format]}. Office Ally and Patient Ally logins are ticked. Untick any you do not want.
              </Dialog.Description>
              <ImportPreviewStep preview={preview} onDone={setDone} />
            </>
          )}
          {step === 'done' && done && (
            <>
              <Dialog.Description id="transfer-import-about" className="visually-hidden">
                What was imported, and what to do next.
              </Dialog.Description>
              <ImportDone result={done} />
              <div className="dialog-actions">
                <Dialog.Close asChild>
                  <button type="button">Close</button>
                </Dialog.Close>
              </div>
            </>
          )}
          <ProblemMessage>{step !== 'choose' ? error : undefined}</ProblemMessage>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
