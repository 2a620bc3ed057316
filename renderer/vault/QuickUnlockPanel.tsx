import { useState, type FormEvent } from 'react';
import { PIN_HOURS_CHOICES } from '../../shared/ipc/vault';
import { PIN_LENGTH, PIN_TRIES, pinProblem } from '../../shared/validation/pin';
import { useVault } from '../state/vault';
import { Field } from '../ui/Field';
import { DoneMessage, ProblemMessage } from '../ui/Message';
import { useT, type Translate } from '../i18n/store';
import { pinMessages as m } from './messages';

const PIN_PROBLEMS = [m['problem.digits'], m['problem.repeated'], m['problem.run'], m['problem.common'], m['problem.date']];

/** pinProblem's answer (shared with main, in English) in the language shown. */
export function pinProblemText(t: Translate, problem: string): string {
  const known = PIN_PROBLEMS.find((message) => message.defaultMessage === problem);
  if (known) return t(known);
  return problem === `Use ${PIN_LENGTH.min} to ${PIN_LENGTH.max} digits.` ? t(m['problem.length'], PIN_LENGTH) : problem;
}

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
  const t = useT();
  const hoursLabel = (h: number) => t(h === 8 ? m.hoursShift : m.hours, { hours: h });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = pinProblem(draft);
    if (problem) return setErrors({ pin: pinProblemText(t, problem) });
    const result = await setPin(draft, hours);
    setDraft('');
    setErrors(result.ok ? {} : (result.error.fields ?? { form: result.error.message }));
    setSaved(result.ok ? t(m.set) : null);
  }

  return (
    <section className="card vault-form" aria-labelledby="vault-pin-title">
      <h3 id="vault-pin-title">{t(m.title)}</h3>
      <p>{t(m.lead, { ...PIN_LENGTH, tries: PIN_TRIES })}</p>
      {!allowed ? (
        <p className="status-warn">{t(m.off)}</p>
      ) : pin ? (
        <>
          <DoneMessage>{t(m.worksUntil, { at: pin.expiresAt })}</DoneMessage>
          <button type="button" className="button-secondary" onClick={() => void removePin().then(() => setSaved(t(m.removed)))}>
            {t(m.remove)}
          </button>
        </>
      ) : unlocked.unlockedBy !== 'passphrase' ? (
        <p>{t(m.passphraseFirst)}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field id="vault-pin-new" label={t(m.newPin)} hint={t(m.newPinHint)} error={errors.pin}>
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
          <Field id="vault-pin-hours" label={t(m.worksFor)} error={errors.hours}>
            <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
              {choices.map((h) => (
                <option key={h} value={h}>
                  {hoursLabel(h)}
                </option>
              ))}
            </select>
          </Field>
          <ProblemMessage>{errors.form}</ProblemMessage>
          <button type="submit">{t(m.setPin)}</button>
        </form>
      )}
      <p className="visually-hidden" role="status">
        {saved}
      </p>
    </section>
  );
}
