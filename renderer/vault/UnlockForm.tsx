import { RadioGroup } from '../ui/RadioGroup';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useVault } from '../state/vault';
import { CreateProfileForm } from './CreateProfileForm';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { pinEndedMessage } from '../../shared/validation/pin';
import { Field } from '../ui/Field';
import { ImportBackup } from './ImportBackup';
import { DoneMessage, ProblemMessage } from '../ui/Message';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });

/** Pick your own profile and unlock it with your passphrase. */
export function UnlockForm() {
  const status = useVault((s) => s.status)!;
  const lockedBecause = useVault((s) => s.lockedBecause);
  const unlock = useVault((s) => s.unlock);
  const unlockWithPin = useVault((s) => s.unlockWithPin);
  const [usePassphrase, setUsePassphrase] = useState(false);
  const [profileId, setProfileId] = useState(status.profiles[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'unlock' | 'create' | 'import'>('unlock');
  const passRef = useRef<HTMLInputElement>(null);
  const profile = status.profiles.find((p) => p.id === profileId) ?? status.profiles[0];
  // The profile's PIN works (set after a passphrase unlock this session): offer it first.
  const byPin = Boolean(profile?.pin) && !usePassphrase;

  useEffect(() => {
    if (!status.profiles.some((p) => p.id === profileId)) setProfileId(status.profiles[0]?.id ?? '');
  }, [status.profiles, profileId]);

  if (mode === 'create') return <CreateProfileForm onCancel={() => setMode('unlock')} />;
  if (mode === 'import') return <ImportBackup onDone={() => setMode('unlock')} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!profile) return;
    if (!passphrase) {
      setFieldError(byPin ? 'Enter your PIN.' : 'Enter your passphrase.');
      return;
    }
    setBusy(true);
    const result = byPin ? await unlockWithPin(profile.id, passphrase) : await unlock(profile.id, passphrase);
    setBusy(false);
    if (result.ok) return;
    if (byPin) setPassphrase('');
    // The PIN stopped working: the passphrase field takes its place and the reason shows above it.
    setError(byPin && result.error.code === 'forbidden' ? null : result.error.message);
    setFieldError(byPin ? result.error.fields?.pin : result.error.fields?.passphrase);
    passRef.current?.focus();
    passRef.current?.select();
  }

  return (
    <div className="vault-locked">
      <DoneMessage>{lockedBecause}</DoneMessage>
      <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-unlock-title">
        <h3 id="vault-unlock-title">Unlock your passwords</h3>
        <fieldset className="vault-profiles">
          <legend>Who are you?</legend>
          <RadioGroup.Root
            className="radio-group radio-group-column"
            value={profile?.id}
            onValueChange={(id) => {
              setProfileId(id);
              setError(null);
              setFieldError(undefined);
              setUsePassphrase(false);
              setPassphrase('');
            }}
            aria-label="Profile"
          >
            {status.profiles.map((p) => (
              <RadioGroup.Option key={p.id} value={p.id} id={`vault-profile-${p.id}`} label={p.madeAt ? `${p.name} (made at ${p.madeAt})` : p.name} />
            ))}
          </RadioGroup.Root>
        </fieldset>
        {!byPin && profile?.pinEnded && (
          <p className="status-warn" role="status">
            {pinEndedMessage(profile.pinEnded)}
          </p>
        )}
        {byPin ? (
          <Field
            id="vault-unlock-pin"
            label={`PIN for ${profile?.name ?? ''}`}
            error={fieldError}
            hint={`Quick unlock, ${profile!.pin!.triesLeft} ${profile!.pin!.triesLeft === 1 ? 'try' : 'tries'} left.`}
          >
            <input
              key="pin"
              ref={passRef}
              type="password"
              inputMode="numeric"
              maxLength={8}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              autoComplete="off"
              autoFocus
            />
          </Field>
        ) : (
          <Field id="vault-unlock-pass" label={`Passphrase for ${profile?.name ?? ''}`} error={fieldError}>
            <input
              key="passphrase"
              ref={passRef}
              type="password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              autoComplete="current-password"
              autoFocus
            />
          </Field>
        )}
        <ProblemMessage>{error}</ProblemMessage>
        {!error && profile?.retryAt && (
          <p className="status-warn" role="status">
            Too many wrong passphrases. The next try is allowed at {timeOf(profile.retryAt)}.
          </p>
        )}
        <div className="vault-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Unlocking…' : byPin ? 'Unlock with PIN' : 'Unlock'}
          </button>
          {byPin && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                setUsePassphrase(true);
                setPassphrase('');
                setFieldError(undefined);
                setError(null);
              }}
            >
              Use my passphrase instead
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <h3>Not you?</h3>
        <div className="vault-actions">
          <button type="button" className="button-secondary" onClick={() => setMode('create')}>
            Add a profile
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('import')}>
            Import a backup
          </button>
        </div>
        <h3>Forgot your passphrase?</h3>
        <p>
          AllyDesk cannot recover or reset it — nobody can, which is what keeps your logins safe. The only way forward is to delete the profile (its saved
          logins are lost) and create a new one, or import a backup made with a passphrase you remember.
        </p>
        {profile && <DeleteProfileDialog profileId={profile.id} name={profile.name} />}
      </div>
    </div>
  );
}
