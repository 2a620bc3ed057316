import { RadioGroup } from '../ui/RadioGroup';
import { useState } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';
import { DEFAULT_SESSION_MINUTES, type TimerSettings } from '../../shared/ipc/timers';
import { SetByIt } from '../policy/SetByIt';
import { Field } from '../ui/Field';
import { useFixedPolicy } from '../state/policy';
import { useTimers } from '../state/timers';

type Draft = Record<string, string>;

const toDraft = (s: TimerSettings): Draft => ({
  ...Object.fromEntries(PORTAL_IDS.map((id) => [`sessionMinutes.${id}`, String(s.sessionMinutes[id])])),
  lockoutAttempts: String(s.lockoutAttempts),
  lockoutMinutes: String(s.lockoutMinutes),
  rotationDays: String(s.rotationDays),
  rotationWarnDays: String(s.rotationWarnDays),
});

// An empty or non-numeric entry goes to main as-is (NaN → null) so main's field message explains it.
const num = (text: string | undefined) => (text?.trim() ? Number(text) : Number.NaN);

interface NumberFieldProps {
  field: string;
  label: string;
  hint?: string;
  draft: Draft;
  setDraft: (d: Draft) => void;
  /** The value the practice policy fixes: shown read-only, marked as set by IT. */
  fixed?: number;
}

function NumberField({ field, label, hint, draft, setDraft, fixed }: NumberFieldProps) {
  const error = useTimers((s) => s.errors.settings?.fields?.[field]);
  const id = `timers-setting-${field.replace('.', '-')}`;
  return (
    <Field id={id} label={label} hint={hint} error={error} note={fixed !== undefined ? <SetByIt /> : undefined}>
      <input
        inputMode="numeric"
        value={fixed !== undefined ? String(fixed) : (draft[field] ?? '')}
        readOnly={fixed !== undefined}
        onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
      />
    </Field>
  );
}

export function SettingsCard({ settings }: { settings: TimerSettings }) {
  const setSettings = useTimers((s) => s.setSettings);
  const formError = useTimers((s) => s.errors.settings);
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [saved, setSaved] = useState(false);
  const fixedMinutes = useFixedPolicy('PortalInactivityMinutes') ?? {};

  const submit = async () => {
    setSaved(false);
    const next = {
      sessionMinutes: Object.fromEntries(PORTAL_IDS.map((id) => [id, fixedMinutes[id] ?? num(draft[`sessionMinutes.${id}`])])) as Record<PortalId, number>,
      lockoutAttempts: num(draft.lockoutAttempts),
      lockoutMinutes: Number(draft.lockoutMinutes) as 15 | 30,
      rotationDays: num(draft.rotationDays),
      rotationWarnDays: num(draft.rotationWarnDays),
    };
    setSaved((await setSettings(next)).ok);
  };

  return (
    <section className="card" aria-labelledby="timers-settings-title">
      <h3 id="timers-settings-title">Timer settings</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <fieldset className="timers-fieldset">
          <legend>Inactivity length per portal (minutes)</legend>
          <p className="hint">
            Office Ally does not publish how long a portal waits before logging you out. AllyDesk assumes {DEFAULT_SESSION_MINUTES} minutes; if your portal logs
            you out sooner, enter a smaller number.
          </p>
          <div className="timers-grid">
            {PORTAL_IDS.map((id) => (
              <NumberField key={id} field={`sessionMinutes.${id}`} label={PORTAL_NAMES[id]} draft={draft} setDraft={setDraft} fixed={fixedMinutes[id]} />
            ))}
          </div>
        </fieldset>
        <div className="timers-grid">
          <NumberField
            field="lockoutAttempts"
            label="Failed logins before a lockout"
            hint="The help guide says “several”; 3 is a careful guess."
            draft={draft}
            setDraft={setDraft}
          />
          <NumberField field="rotationDays" label="Days between password changes" draft={draft} setDraft={setDraft} />
          <NumberField field="rotationWarnDays" label="Remind this many days ahead" draft={draft} setDraft={setDraft} />
        </div>
        <fieldset className="timers-fieldset">
          <legend>Lockout wait</legend>
          <p className="hint" id="timers-lockout-hint">
            The help guide says to wait 15 to 30 minutes.
          </p>
          <RadioGroup.Root
            className="radio-group"
            value={draft.lockoutMinutes}
            onValueChange={(value) => setDraft({ ...draft, lockoutMinutes: value })}
            aria-label="Lockout wait"
            aria-describedby="timers-lockout-hint"
          >
            {['15', '30'].map((value) => (
              <RadioGroup.Option key={value} value={value} id={`timers-lockout-${value}`} label={`${value} minutes`} />
            ))}
          </RadioGroup.Root>
        </fieldset>
        {formError && !formError.fields && (
          <p className="field-error" role="alert">
            {formError.message}
          </p>
        )}
        {formError?.fields && (
          <p className="field-error" role="alert">
            Some settings need a fix; see the messages above. Nothing was saved.
          </p>
        )}
        <div className="timers-actions">
          <button type="submit">Save settings</button>
          {saved && (
            <p role="status" className="timers-saved">
              Settings saved.
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
