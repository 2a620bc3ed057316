import { PortalWindowSettings } from '../portals/PortalWindowSettings';
import { LanguageSettings } from './LanguageSettings';
import { SharedFolderSettings } from '../vault/SharedFolder';
import { UpdateSettings } from './UpdateSettings';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PORTAL_IDS, type PortalId } from '../../shared/content/ids';
import { portalById } from '../../shared/content/portals';
import { SUPPORT } from '../../shared/content/support';
import type { ReferenceOverrides } from '../../shared/ipc/reference';
import type { PolicyValues } from '../../shared/policy/schema';
import { PracticePolicyView } from '../policy/PracticePolicyView';
import { SetByIt } from '../policy/SetByIt';
import { usePolicy } from '../state/policy';
import { useReferenceOverrides, useReferenceStore } from '../state/reference';
import { Field } from '../ui/Field';
import '../help/help.css';
import './settings.css';

type FieldKey = `portalUrls.${PortalId}` | 'supportPhone' | 'supportPhoneOption' | 'supportEmail';
type Draft = Record<FieldKey, string>;

const EMPTY_DRAFT = Object.fromEntries(
  [...PORTAL_IDS.map((id) => `portalUrls.${id}`), 'supportPhone', 'supportPhoneOption', 'supportEmail'].map((key) => [key, '']),
) as Draft;

function draftFrom(overrides: ReferenceOverrides): Draft {
  const draft = { ...EMPTY_DRAFT };
  for (const id of PORTAL_IDS) draft[`portalUrls.${id}`] = overrides.portalUrls[id] ?? '';
  draft.supportPhone = overrides.supportPhone ?? '';
  draft.supportPhoneOption = overrides.supportPhoneOption ?? '';
  draft.supportEmail = overrides.supportEmail ?? '';
  return draft;
}

/** The fields the practice policy fixes, with IT's values. */
function fixedByPolicy(values: Partial<PolicyValues> | undefined): Partial<Draft> {
  const fixed: Partial<Draft> = {};
  for (const [id, url] of Object.entries(values?.PortalLoginPages ?? {})) fixed[`portalUrls.${id as PortalId}`] = url;
  if (values?.SupportPhone !== undefined) fixed.supportPhone = values.SupportPhone;
  if (values?.SupportPhoneOption !== undefined) fixed.supportPhoneOption = values.SupportPhoneOption;
  if (values?.SupportEmail !== undefined) fixed.supportEmail = values.SupportEmail;
  return fixed;
}

/** Empty fields mean "use the help documents", so they are left out rather than sent as "". */
function overridesFrom(draft: Draft): ReferenceOverrides {
  const portalUrls: ReferenceOverrides['portalUrls'] = {};
  for (const id of PORTAL_IDS) {
    const url = draft[`portalUrls.${id}`].trim();
    if (url) portalUrls[id] = url;
  }
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    portalUrls,
    supportPhone: optional(draft.supportPhone),
    supportPhoneOption: optional(draft.supportPhoneOption),
    supportEmail: optional(draft.supportEmail),
  };
}

interface FieldProps {
  name: FieldKey;
  label: string;
  documented: string | undefined;
  draft: Draft;
  errors: Record<string, string>;
  onChange(name: FieldKey, value: string): void;
  /** IT's values for the fields the practice policy fixes: shown, read-only. */
  fixed: Partial<Draft>;
  inputMode?: 'url' | 'tel' | 'email' | 'numeric';
}

function OverrideField({ name, label, documented, draft, errors, onChange, fixed, inputMode }: FieldProps) {
  const id = useId();
  const error = errors[name];
  const fixedValue = fixed[name];
  const hint =
    fixedValue !== undefined
      ? `It cannot be changed here.${documented ? ` The help documents say: ${documented}` : ''}`
      : documented
        ? `Leave empty to use the help documents’ value: ${documented}`
        : 'The help documents give no value; leave empty if you do not know it.';
  return (
    <Field id={id} label={label} hint={hint} error={error} note={fixedValue !== undefined ? <SetByIt /> : undefined}>
      <input
        name={name}
        value={fixedValue ?? draft[name]}
        readOnly={fixedValue !== undefined}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(name, event.target.value)}
      />
    </Field>
  );
}

/** The practice's corrections to facts Office Ally may change: portal login pages and support contacts. */
export function SettingsScreen() {
  const overrides = useReferenceOverrides();
  const fixed = fixedByPolicy(usePolicy()?.values);
  const save = useReferenceStore((s) => s.save);
  const loadError = useReferenceStore((s) => s.loadError);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Fill the form from disk once loaded, but never over what the user has started typing.
  useEffect(() => {
    if (overrides && !touched) setDraft(draftFrom(overrides));
  }, [overrides, touched]);

  const onChange = (name: FieldKey, value: string) => {
    setTouched(true);
    setDraft((current) => ({ ...current, [name]: value }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    // What IT fixes goes back as IT set it, whatever the draft held before the policy arrived.
    const result = await save(overridesFrom({ ...draft, ...fixed }));
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setTouched(false);
      setStatus({ kind: 'ok', text: 'Saved. The help screens now show these values, marked “Set by your practice”.' });
    } else {
      const fields = result.error.fields ?? {};
      const count = Object.keys(fields).length;
      setErrors(fields);
      // Take the user to the first field to fix; the form can be longer than the window.
      const first = Object.keys(fields)[0];
      const target = first ? formRef.current?.elements.namedItem(first) : null;
      if (target instanceof HTMLInputElement) target.focus();
      setStatus({
        kind: 'bad',
        text:
          count > 0
            ? `Not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} correcting (marked below). What you typed is kept.`
            : `Not saved: ${result.error.message}`,
      });
    }
  };

  const field = { draft, errors, onChange, fixed };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings: your practice’s Office Ally details</h2>
      <p className="help-lead">
        Office Ally sometimes changes its web addresses and phone menus. If yours differ from the help documents, enter them here; the help screens then show
        your values, marked “Set by your practice”. Only secure https:// addresses on Office Ally’s or Patient Ally’s sites are accepted.
      </p>
      {loadError && <p className="status-bad">{loadError}</p>}
      <form ref={formRef} className="card settings-form" noValidate onSubmit={onSubmit} aria-labelledby="settings-form-title">
        <h3 id="settings-form-title">Portal login pages</h3>
        {PORTAL_IDS.map((id) => (
          <OverrideField
            key={id}
            name={`portalUrls.${id}`}
            label={`${portalById(id).name}: ${portalById(id).webPageName}`}
            documented={portalById(id).loginUrl}
            inputMode="url"
            {...field}
          />
        ))}
        <h3>Office Ally support</h3>
        <OverrideField name="supportPhone" label="Support phone number" documented={SUPPORT.phone.value} inputMode="tel" {...field} />
        <OverrideField
          name="supportPhoneOption"
          label="Phone menu option for technical issues"
          documented={SUPPORT.phoneOption.value}
          inputMode="numeric"
          {...field}
        />
        <OverrideField name="supportEmail" label="Support email address" documented={SUPPORT.supportEmail.value} inputMode="email" {...field} />
        <div className="settings-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {status && <p className={status.kind === 'ok' ? 'status-ok' : 'status-bad'}>{status.text}</p>}
        </div>
      </form>
      <UpdateSettings />
      <LanguageSettings />
      <PortalWindowSettings />
      <SharedFolderSettings />
      <PracticePolicyView />
    </section>
  );
}
