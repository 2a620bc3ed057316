import { useState, type FormEvent } from 'react';
import { profileNameProblem } from '../../shared/text/profileName';
import { useVault } from '../state/vault';
import { usePassphraseHint } from '../state/policy';
import { Field } from '../ui/Field';
import { useT } from '../i18n/store';
import { vaultMessages as m } from './messages';

/** A new staff profile: the person's own name and a passphrase only they know. */
export function CreateProfileForm({ first = false, onCancel }: { first?: boolean; onCancel?: () => void }) {
  const createProfile = useVault((s) => s.createProfile);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const rule = usePassphraseHint();
  const t = useT();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    // The same check main makes, so the user sees it at once (main refuses such a name anyway).
    const nameProblem = profileNameProblem(name);
    if (nameProblem) local.name = nameProblem;
    else if (!name.trim()) local.name = t(m.enterName);
    if (passphrase.length < rule.minLength) local.passphrase = t(m.passphraseTooShort, { count: rule.minLength });
    if (confirm !== passphrase) local.confirm = t(m.passphrasesDiffer);
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await createProfile(name.trim(), passphrase);
    setBusy(false);
    if (!result.ok) setErrors(result.error.fields ?? { passphrase: result.error.message });
  }

  return (
    <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-create-title">
      <h3 id="vault-create-title">{t(first ? m.createFirst : m.createAnother)}</h3>
      <p>{t(m.createLead)}</p>
      <Field id="vault-create-name" label={t(m.yourName)} error={errors.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={60} />
      </Field>
      <Field
        id="vault-create-pass"
        label={t(m.passphrase)}
        error={errors.passphrase}
        hint={t(m.passphraseHint, { rule: t(m.passphraseRule, { count: rule.minLength, byIt: rule.minLength > 8 ? 'yes' : 'no' }) })}
      >
        <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
      </Field>
      <Field id="vault-create-confirm" label={t(m.passphraseAgain)} error={errors.confirm}>
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
      </Field>
      <div className="vault-actions">
        <button type="submit" disabled={busy}>
          {t(busy ? m.creating : m.createProfile)}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t(m.cancel)}
          </button>
        )}
      </div>
    </form>
  );
}
