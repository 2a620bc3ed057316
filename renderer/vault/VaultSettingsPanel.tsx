import { useState, type FormEvent } from 'react';
import { CLIPBOARD_CLEAR_CHOICES, IDLE_LOCK_CHOICES, type VaultSettings } from '../../shared/ipc/vault';
import { useCeiling, usePassphraseHint } from '../state/policy';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { LockTriggersPanel } from './LockTriggersPanel';
import { QuickUnlockPanel } from './QuickUnlockPanel';
import { DoneMessage, ProblemMessage } from '../ui/Message';

const clipboardLabel = (s: number) =>
  s === 0 ? 'Never (only when the vault locks)' : s < 60 || s % 60 !== 0 ? `After ${s} seconds` : `After ${s / 60} minute${s === 60 ? '' : 's'}`;

/** The choices at or under the practice policy's ceiling, and the ceiling itself (0 = "never" is above any ceiling). */
function choicesUnder(choices: readonly number[], ceiling: number | undefined): number[] {
  if (ceiling === undefined) return [...choices];
  const under = choices.filter((c) => c > 0 && c <= ceiling);
  return under.includes(ceiling) ? under : [...under, ceiling];
}

/** Clipboard clearing, idle lock, rotation, practice name; passphrase change; backup export. */
export function VaultSettingsPanel() {
  const settings = useVault((s) => s.status!.settings!);
  const triggers = useVault((s) => s.status!.lockTriggers);
  const updateSettings = useVault((s) => s.updateSettings);
  const [draft, setDraft] = useState<VaultSettings>(settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const idleCeiling = useCeiling('VaultIdleLockMinutesMax');
  const clipboardCeiling = useCeiling('ClipboardClearSecondsMax');

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await updateSettings({ ...draft, rotationDays: Number(draft.rotationDays) });
    setSaved(result.ok);
    setErrors(result.ok ? {} : (result.error.fields ?? { form: result.error.message }));
  }

  return (
    <div>
      <form className="card vault-form" onSubmit={save} noValidate aria-labelledby="vault-settings-title">
        <h3 id="vault-settings-title">Settings for this profile</h3>
        <Field
          id="vault-set-clipboard"
          label="Clear a copied password from the clipboard"
          error={errors.clipboardClearSeconds}
          hint={clipboardCeiling === undefined ? undefined : `Your practice's IT allows at most ${clipboardLabel(clipboardCeiling).replace('After ', '')}.`}
        >
          <select value={draft.clipboardClearSeconds} onChange={(e) => setDraft({ ...draft, clipboardClearSeconds: Number(e.target.value) })}>
            {choicesUnder(CLIPBOARD_CLEAR_CHOICES, clipboardCeiling).map((s) => (
              <option key={s} value={s}>
                {clipboardLabel(s)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="vault-set-idle"
          label="Lock the vault after this long without use"
          error={errors.idleLockMinutes}
          hint={`HIPAA asks for automatic logoff; 5 minutes suits a shared front desk.${idleCeiling === undefined ? '' : ` Your practice's IT allows at most ${idleCeiling} minute${idleCeiling === 1 ? '' : 's'}.`}`}
        >
          <select value={draft.idleLockMinutes} onChange={(e) => setDraft({ ...draft, idleLockMinutes: Number(e.target.value) })}>
            {choicesUnder(IDLE_LOCK_CHOICES, idleCeiling).map((m) => (
              <option key={m} value={m}>
                {m} minute{m === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="vault-set-rotation"
          label="Remind me to change passwords after (days)"
          error={errors.rotationDays}
          hint="Office Ally's advice: every 90 days."
        >
          <input type="number" min={30} max={365} value={draft.rotationDays} onChange={(e) => setDraft({ ...draft, rotationDays: Number(e.target.value) })} />
        </Field>
        <Field id="vault-set-practice" label="Practice name (to warn when a password contains it)" error={errors.practiceName}>
          <input value={draft.practiceName} onChange={(e) => setDraft({ ...draft, practiceName: e.target.value })} />
        </Field>
        <ProblemMessage>{errors.form}</ProblemMessage>
        {saved && <DoneMessage>Settings saved.</DoneMessage>}
        <button type="submit">Save settings</button>
      </form>
      <LockTriggersPanel triggers={triggers} settings={settings} />
      <QuickUnlockPanel />
      <ChangePassphrase />
      <ExportBackup />
    </div>
  );
}

function ChangePassphrase() {
  const changePassphrase = useVault((s) => s.changePassphrase);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const passphraseRule = usePassphraseHint();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next !== confirm) return setErrors({ confirm: 'The two new passphrases are not the same.' });
    const result = await changePassphrase(current, next);
    setDone(result.ok);
    setErrors(result.ok ? {} : (result.error.fields ?? { form: result.error.message }));
    if (result.ok) [setCurrent, setNext, setConfirm].forEach((clear) => clear(''));
  }
  return (
    <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-change-title">
      <h3 id="vault-change-title">Change your passphrase</h3>
      <Field id="vault-change-current" label="Current passphrase" error={errors.current}>
        <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
      </Field>
      <Field id="vault-change-next" label="New passphrase" error={errors.next} hint={passphraseRule.hint}>
        <input type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
      </Field>
      <Field id="vault-change-confirm" label="Type the new passphrase again" error={errors.confirm}>
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
      </Field>
      <ProblemMessage>{errors.form}</ProblemMessage>
      {done && <DoneMessage>Passphrase changed. Use the new one from now on.</DoneMessage>}
      <button type="submit">Change passphrase</button>
    </form>
  );
}

function ExportBackup() {
  const exportBackup = useVault((s) => s.exportBackup);
  const [result, setResult] = useState<{ path: string; href: string; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    const reply = await exportBackup();
    if (!reply.ok) return setError(reply.error.message);
    setError(null);
    // The file is encrypted with the passphrase, so the page may hold it to offer a download.
    setResult({
      path: reply.data.path,
      fileName: reply.data.fileName,
      href: URL.createObjectURL(new Blob([reply.data.content], { type: 'application/json' })),
    });
  }
  return (
    <div className="card vault-form">
      <h3>Back up this profile</h3>
      <p>
        The backup file is locked with your passphrase (not with this computer), so you can import it on a new workstation. Keep it somewhere safe; without the
        passphrase nobody can open it.
      </p>
      <button type="button" className="button-secondary" onClick={() => void run()}>
        Export a backup
      </button>
      <ProblemMessage>{error}</ProblemMessage>
      {result && (
        <DoneMessage>
          Backup saved to <span className="vault-mono">{result.path}</span>.{' '}
          <a href={result.href} download={result.fileName}>
            Download a copy
          </a>
        </DoneMessage>
      )}
    </div>
  );
}
