import { useState, type FormEvent } from 'react';
import { useAppStore } from '../state/app';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { ProblemMessage } from '../ui/Message';

/** Import a profile from a backup file; nothing is imported unless every check passes. */
export function ImportBackup({ onDone }: { onDone(): void }) {
  const importBackup = useVault((s) => s.importBackup);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setErrors({ content: 'Choose the backup file.' });
    if (!passphrase) return setErrors({ passphrase: 'Enter the passphrase the profile had when the backup was made.' });
    setBusy(true);
    const reply = await importBackup(await file.text(), passphrase);
    setBusy(false);
    if (reply.ok) {
      useAppStore
        .getState()
        .addBanner('info', `Imported "${reply.data.name}" with ${reply.data.entries} login${reply.data.entries === 1 ? '' : 's'}. It is unlocked now.`);
      return;
    }
    setErrors({ ...(reply.error.fields ?? {}), form: reply.error.message });
  }

  return (
    <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-import-title">
      <h3 id="vault-import-title">Import a backup</h3>
      <Field id="vault-import-file" label="Backup file (.allydesk-backup.json)" error={errors.content}>
        <input type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <Field id="vault-import-pass" label="Passphrase of that profile" error={errors.passphrase}>
        <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
      </Field>
      <ProblemMessage>{errors.form}</ProblemMessage>
      <div className="vault-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Import'}
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Back
        </button>
      </div>
    </form>
  );
}
