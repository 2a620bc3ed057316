import { useState, type FormEvent } from 'react';
import { PIN_HOURS_CHOICES } from '../../shared/ipc/vault';
import { PIN_LENGTH, PIN_TRIES, pinProblem } from '../../shared/validation/pin';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { DoneMessage, ProblemMessage } from '../ui/Message';

const timeOf = (ms: number) => new Date(ms).toLocaleString('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit' });
const hoursLabel = (h: number) => `${h} hour${h === 1 ? '' : 's'}${h === 8 ? ' (a shift)' : ''}`;

/** Opt-in quick unlock: a PIN for this session, set right after a passphrase unlock, within the practice policy. */
export function QuickUnlockPanel() {
  const status = useVault((s) => s.status!);
  const setPin = useVault((s) => s.setPin);
  const removePin = useVault((s) => s.removePin);
  const { allowed, maxHours } = status.quickUnlock;
  const unlocked = status.unlocked!;
  const pin = status.profiles.find((p) => p.id === unlocked.profileId)?.pin ?? null;
  const choices = [...PIN_HOURS_CHOICES.filter((h) => h <= maxHours), ...(PIN_HOURS_CHOICES.includes(maxHours as 1) || maxHours > 12 ? [] : [maxHours])];
  const [draft, setDraft] = useState('');
  const [hours, setHours] = useState(Math.min(8, maxHours));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = pinProblem(draft);
    if (problem) return setErrors({ pin: problem });
    const result = await setPin(draft, hours);
    setDraft('');
    setErrors(result.ok ? {} : (result.error.fields ?? { form: result.error.message }));
    setSaved(result.ok ? 'PIN set. Use it to unlock after a lock, until it expires.' : null);
  }

  return (
    <section className="card vault-form" aria-labelledby="vault-pin-title">
      <h3 id="vault-pin-title">Quick unlock with a PIN</h3>
      <p>
        After you unlock with your passphrase, a PIN of {PIN_LENGTH.min} to {PIN_LENGTH.max} digits can unlock again after an idle or screen lock. AllyDesk
        keeps it in memory only: it is gone when AllyDesk closes, when its hours are up, after {PIN_TRIES} wrong PINs, and when you end your shift.
      </p>
      {!allowed ? (
        <p className="status-warn">Your practice&apos;s IT has turned PIN unlock off: unlock with your passphrase.</p>
      ) : pin ? (
        <>
          <DoneMessage>Your PIN works until {timeOf(pin.expiresAt)}.</DoneMessage>
          <button type="button" className="button-secondary" onClick={() => void removePin().then(() => setSaved('PIN removed.'))}>
            Remove my PIN
          </button>
        </>
      ) : unlocked.unlockedBy !== 'passphrase' ? (
        <p>To set a new PIN, lock and unlock with your passphrase first.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field
            id="vault-pin-new"
            label="New PIN"
            hint="Digits only. Not a pattern (1234, 2580), not a repeated digit, not a year or a birthday."
            error={errors.pin}
          >
            <input
              type="password"
              inputMode="numeric"
              maxLength={PIN_LENGTH.max}
              autoComplete="off"
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                setErrors({});
              }}
            />
          </Field>
          <Field id="vault-pin-hours" label="The PIN works for" error={errors.hours}>
            <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
              {choices.map((h) => (
                <option key={h} value={h}>
                  {hoursLabel(h)}
                </option>
              ))}
            </select>
          </Field>
          <ProblemMessage>{errors.form}</ProblemMessage>
          <button type="submit">Set PIN</button>
        </form>
      )}
      <p className="visually-hidden" role="status">
        {saved}
      </p>
    </section>
  );
}
