import { PortalWindowSettings } from '../portals/PortalWindowSettings';
import { LanguageSettings } from './LanguageSettings';
import { SharedFolderSettings } from '../vault/SharedFolder';
import { UpdateSettings } from './UpdateSettings';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PORTAL_IDS, type PortalId } from '../../shared/content/ids';
import { localizedPortals, portalById } from '../../shared/content/portals';
import { SUPPORT } from '../../shared/content/support';
import type { ReferenceOverrides } from '../../shared/ipc/reference';
import type { PolicyValues } from '../../shared/policy/schema';
import { PracticePolicyView } from '../policy/PracticePolicyView';
import { SetByIt } from '../policy/SetByIt';
import { usePolicy } from '../state/policy';
import { useReferenceOverrides, useReferenceStore } from '../state/reference';
import { Field } from '../ui/Field';
import { useContent, useT } from '../i18n/store';
import { settingsMessages as m } from './messages';
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
  const t = useT();
  const error = errors[name];
  const fixedValue = fixed[name];
  const hint =
    fixedValue !== undefined
      ? documented
        ? t(m.fixedDocumented, { value: documented })
        : t(m.fixed)
      : documented
        ? t(m.documented, { value: documented })
        : t(m.undocumented);
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
  // Kept as facts, not text: the message shows in the language chosen since (the language card is on this screen).
  const [status, setStatus] = useState<{ kind: 'ok' } | { kind: 'fields'; count: number } | { kind: 'bad'; reason: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const t = useT();
  const portals = localizedPortals(useContent());

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
      setStatus({ kind: 'ok' });
    } else {
      const fields = result.error.fields ?? {};
      const count = Object.keys(fields).length;
      setErrors(fields);
      // Take the user to the first field to fix; the form can be longer than the window.
      const first = Object.keys(fields)[0];
      const target = first ? formRef.current?.elements.namedItem(first) : null;
      if (target instanceof HTMLInputElement) target.focus();
      setStatus(count > 0 ? { kind: 'fields', count } : { kind: 'bad', reason: result.error.message });
    }
  };

  const field = { draft, errors, onChange, fixed };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t(m.title)}</h2>
      <p className="help-lead">{t(m.lead)}</p>
      {loadError && <p className="status-bad">{loadError}</p>}
      <form ref={formRef} className="card settings-form" noValidate onSubmit={onSubmit} aria-labelledby="settings-form-title">
        <h3 id="settings-form-title">{t(m.loginPages)}</h3>
        {portals.map(({ id, name, webPageName }) => (
          <OverrideField
            key={id}
            name={`portalUrls.${id}`}
            label={t(m.portalField, { portal: name, page: webPageName })}
            documented={portalById(id).loginUrl}
            inputMode="url"
            {...field}
          />
        ))}
        <h3>{t(m.support)}</h3>
        <OverrideField name="supportPhone" label={t(m.supportPhone)} documented={SUPPORT.phone.value} inputMode="tel" {...field} />
        <OverrideField name="supportPhoneOption" label={t(m.supportPhoneOption)} documented={SUPPORT.phoneOption.value} inputMode="numeric" {...field} />
        <OverrideField name="supportEmail" label={t(m.supportEmail)} documented={SUPPORT.supportEmail.value} inputMode="email" {...field} />
        <div className="settings-actions">
          <button type="submit" disabled={saving}>
            {t(saving ? m.saving : m.save)}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {status && (
            <p className={status.kind === 'ok' ? 'status-ok' : 'status-bad'}>
              {status.kind === 'ok'
                ? t(m.saved)
                : status.kind === 'fields'
                  ? t(m.fieldsToFix, { count: status.count })
                  : t(m.notSaved, { reason: status.reason })}
            </p>
          )}
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
