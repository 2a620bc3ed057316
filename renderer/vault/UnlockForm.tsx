import { RadioGroup } from '../ui/RadioGroup';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useVault } from '../state/vault';
import { CreateProfileForm } from './CreateProfileForm';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { PIN_TRIES } from '../../shared/validation/pin';
import { Field } from '../ui/Field';
import { ImportBackup } from './ImportBackup';
import { DoneMessage, ProblemMessage } from '../ui/Message';
import { useT, type Translate } from '../i18n/store';
import { pinMessages, vaultMessages as m } from './messages';

const LOCKED_BECAUSE = [m['locked.idle'], m['locked.power'], m['locked.quit'], m['locked.shift'], m['locked.shiftEnded']];

/** Why the vault locked, in the language shown (the vault state keeps main's English reason, which tests and logs read). */
function lockedText(t: Translate, english: string | null): string | null {
  const known = LOCKED_BECAUSE.find((message) => message.defaultMessage === english);
  if (known) return t(known);
  const notClosed = english && /^The shift ended and your passwords are locked, but AllyDesk could not close (.+)\. Close those windows/.exec(english);
  return notClosed ? t(m['locked.notClosed'], { what: notClosed[1]! }) : english;
}

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
  const t = useT();
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
      setFieldError(t(byPin ? m.enterPin : m.enterPassphrase));
      return;
    }
    setBusy(true);
    const result = byPin ? await unlockWithPin(profile.id, passphrase) : await unlock(profile.id, passphrase);
    setBusy(false);
    if (result.ok) return;
    if (byPin) setPassphrase('');
    const code = result.error.code;
    // The PIN stopped working: the passphrase field takes its place and the reason shows above it.
    // A wait after wrong passphrases shows below from the profile's retryAt, in the language shown.
    setError((byPin && code === 'forbidden') || code === 'throttled' ? null : result.error.message);
    const triesLeft = useVault.getState().status?.profiles.find((p) => p.id === profile.id)?.pin?.triesLeft;
    if (byPin) setFieldError(code === 'invalid_input' && triesLeft ? t(pinMessages.wrongPin, { count: triesLeft }) : result.error.fields?.pin);
    else setFieldError(result.error.fields?.passphrase ? t(pinMessages.checkCapsLock) : undefined);
    passRef.current?.focus();
    passRef.current?.select();
  }

  return (
    <div className="vault-locked">
      <DoneMessage>{lockedText(t, lockedBecause)}</DoneMessage>
      <form className="card vault-form" onSubmit={submit} noValidate aria-labelledby="vault-unlock-title">
        <h3 id="vault-unlock-title">{t(m.unlockTitle)}</h3>
        <fieldset className="vault-profiles">
          <legend>{t(m.whoAreYou)}</legend>
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
            aria-label={t(m.profile)}
          >
            {status.profiles.map((p) => (
              <RadioGroup.Option
                key={p.id}
                value={p.id}
                id={`vault-profile-${p.id}`}
                label={p.madeAt ? t(m.profileMadeAt, { name: p.name, place: p.madeAt }) : p.name}
              />
            ))}
          </RadioGroup.Root>
        </fieldset>
        {!byPin && profile?.pinEnded && (
          <p className="status-warn" role="status">
            {t(m[`pinEnded.${profile.pinEnded}`], { count: PIN_TRIES })}
          </p>
        )}
        {byPin ? (
          <Field
            id="vault-unlock-pin"
            label={t(m.pinFor, { name: profile?.name ?? '' })}
            error={fieldError}
            hint={t(m.pinTriesLeft, { count: profile!.pin!.triesLeft })}
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
          <Field id="vault-unlock-pass" label={t(m.passphraseFor, { name: profile?.name ?? '' })} error={fieldError}>
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
            {t(m.retryAt, { at: profile.retryAt })}
          </p>
        )}
        <div className="vault-actions">
          <button type="submit" disabled={busy}>
            {t(busy ? m.unlocking : byPin ? m.unlockWithPin : m.unlock)}
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
              {t(m.usePassphraseInstead)}
            </button>
          )}
        </div>
      </form>
      <div className="card">
        <h3>{t(m.notYou)}</h3>
        <div className="vault-actions">
          <button type="button" className="button-secondary" onClick={() => setMode('create')}>
            {t(m.addProfile)}
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('import')}>
            {t(m.importBackup)}
          </button>
        </div>
        <h3>{t(m.forgotTitle)}</h3>
        <p>{t(m.forgotText)}</p>
        {profile && <DeleteProfileDialog profileId={profile.id} name={profile.name} />}
      </div>
    </div>
  );
}
