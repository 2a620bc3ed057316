import { useState, type FormEvent } from 'react';
import { profileNameProblem } from '../../shared/text/profileName';
import { useVault } from '../state/vault';
import { usePassphraseHint } from '../state/policy';
import { Field } from '../ui/Field';

/** A new staff profile: the person's own name and a passphrase only they know. */
export function CreateProfileForm({ first = false, onCancel }: { first?: boolean; onCancel?: () => void }) {
  const createProfile = useVault((s) => s.createProfile);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const rule = usePassphraseHint();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    // The same check main makes, so the user sees it at once (main refuses such a name anyway).
    const nameProblem = profileNameProblem(name);
    if (nameProblem) local.name = nameProblem;
    else if (!name.trim()) local.name = 'Enter your name.';
    if (passphrase.length < rule.minLength)
      local.passphrase = `Use at least ${rule.minLength} characters. A few unrelated words are easy to remember and hard to guess.`;
    if (confirm !== passphrase) local.confirm = 'The two passphrases are not the same.';
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await createProfile(name.trim(), passphrase);
    setBusy(false);
    if (!result.ok) setErrors(result.error.fields ?? { passphrase: result.error.message });
  }

  return (
    <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-create-title">
      <h3 id="vault-create-title">{first ? 'Create your profile' : 'Add a profile for another staff member'}</h3>
      <p>Each person at the desk gets their own profile. Never share a profile or a login: shared accounts make accurate audit logs impossible.</p>
      <Field id="vault-create-name" label="Your name" error={errors.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={60} />
      </Field>
      <Field
        id="vault-create-pass"
        label="Passphrase"
        error={errors.passphrase}
        hint={`${rule.hint} AllyDesk cannot recover it: if it is forgotten, the profile must be deleted and set up again.`}
      >
        <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
      </Field>
      <Field id="vault-create-confirm" label="Type the passphrase again" error={errors.confirm}>
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
      </Field>
      <div className="vault-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create profile'}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
