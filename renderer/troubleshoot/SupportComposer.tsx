import { PORTAL_NAMES } from '../../shared/content/ids';
import { useEffect, useId, useRef, useState } from 'react';
import { findSymptom } from '../../shared/content/symptomPaths';
import {
  composeSupportRequest,
  findPasswordPatterns,
  formatTimeWithZone,
  supportMailto,
  SUPPORT_EMAIL,
  TYPED_FIELDS,
  type TypedField,
} from '../../shared/supportRequest';
import { stepsTried, useTroubleshoot, type SupportDraft } from '../state/troubleshoot';
import { Field } from '../ui/Field';
import { openExternal, scanForVaultPassword } from './links';
import { PortalSelect } from './PortalSelect';
import { useLocale, useT, type Translate } from '../i18n/store';
import type { Msg } from '../i18n/define';
import { DEFAULT_LOCALE } from '../../shared/i18n/locales';
import { supportComposerMessages as m } from './messages';

/** What is wrong with a field, as facts: worded in the language shown. */
type FieldProblem = { kind: 'required'; message: Msg } | { kind: 'pattern'; keyword: string } | { kind: 'vault' };
type FieldErrors = Partial<Record<keyof SupportDraft, FieldProblem>>;
type VaultNote = { locked: true } | { locked: false; message: string } | null;
/** The browser's name goes into the English email as it is; "Other" is shown in the language shown. */
const BROWSERS = ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox', 'Safari', 'Other'];
const LABELS: Record<TypedField, Msg> = { username: m.username, whatHappened: m.whatHappened, errorText: m.errorText, otherSteps: m.otherSteps };

function problemText(t: Translate, problem: FieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  if (problem.kind === 'required') return t(problem.message);
  return problem.kind === 'pattern' ? t(m.looksLikePassword, { keyword: problem.keyword }) : t(m.vaultMatch);
}

/** The first place the text seems to state a password, as a field problem (never the value). */
function patternProblem(text: string): FieldProblem | null {
  const match = findPasswordPatterns(text)[0];
  return match ? { kind: 'pattern', keyword: match.keyword } : null;
}

/**
 * The email to support@officeally.com, built from the troubleshooter path and what the user
 * types. It refuses to go out while any field looks like it holds a password (patterns here,
 * the unlocked vault profile's passwords in main).
 */
export function SupportComposer() {
  const { symptomId, stepIndex, portalId, draft, setDraft } = useTroubleshoot();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ level: 'ok' | 'warn' | 'bad'; text: string } | null>(null);
  const [vaultNote, setVaultNote] = useState<VaultNote>(null);
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const fieldRefs = useRef<Partial<Record<keyof SupportDraft, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const ids = { username: useId(), whatHappened: useId(), errorText: useId(), otherSteps: useId(), browser: useId(), time: useId(), preview: useId() };

  useEffect(() => {
    if (!useTroubleshoot.getState().draft.time) setDraft({ time: formatTimeWithZone(new Date()) });
  }, [setDraft]);

  // The email is in English for Office Ally's support, and so is its list of the steps tried (shown marked lang="en").
  const tried = stepsTried(symptomId, stepIndex).map((step) => `${step.title} – did not fix it`);
  const compose = (fields: SupportDraft) =>
    composeSupportRequest({ portal: portalId ? PORTAL_NAMES[portalId] : '', problem: findSymptom(symptomId)?.label ?? '', stepsTried: tried, ...fields });
  const request = compose(draft);
  // The preview never shows a field that looks like a password (a pattern, or a vault match found on the last check).
  const previewDraft = { ...draft };
  for (const field of TYPED_FIELDS) {
    if (errors[field]?.kind === 'vault' || patternProblem(draft[field])) previewDraft[field] = t(m.hiddenInPreview);
  }
  const preview = compose(previewDraft);

  const check = async (): Promise<boolean> => {
    const next: FieldErrors = {};
    if (!draft.username.trim()) next.username = { kind: 'required', message: m.enterUsername };
    if (!draft.whatHappened.trim() && !draft.errorText.trim()) next.whatHappened = { kind: 'required', message: m.describe };
    for (const field of TYPED_FIELDS) {
      const problem = patternProblem(draft[field]);
      if (problem) next[field] = problem;
    }
    setBusy(true);
    const scans = await Promise.all(TYPED_FIELDS.map(async (field) => [field, draft[field].trim() ? await scanForVaultPassword(draft[field]) : null] as const));
    setBusy(false);
    let off: VaultNote = null;
    for (const [field, scan] of scans) {
      if (scan?.state === 'secret') next[field] = { kind: 'vault' };
      if (scan?.state === 'off') off = scan.locked ? { locked: true } : { locked: false, message: scan.message };
    }
    setVaultNote(off);
    setErrors(next);
    const first = (Object.keys(ids) as (keyof SupportDraft)[]).find((key) => next[key]);
    if (first) {
      setNotice({ level: 'bad', text: t(m.fixFields) });
      fieldRefs.current[first]?.focus();
      return false;
    }
    return true;
  };

  const openEmail = async () => {
    if (!(await check())) return;
    const mailto = supportMailto(request);
    const opened = await openExternal(mailto.url);
    if (!opened.ok) setNotice({ level: 'bad', text: opened.error.message });
    else setNotice(mailto.shortened ? { level: 'warn', text: t(m.emailShortened) } : { level: 'ok', text: t(m.emailOpening, { email: SUPPORT_EMAIL }) });
  };

  const copyText = async () => {
    if (!(await check())) return;
    try {
      await navigator.clipboard.writeText(request.text);
      setNotice({ level: 'ok', text: t(m.copied) });
    } catch {
      setNotice({ level: 'bad', text: t(m.notCopied) });
    }
  };

  const textField = (field: TypedField, multiline: boolean) => {
    const common = { value: draft[field], onChange: (event: { target: { value: string } }) => setDraft({ [field]: event.target.value }) };
    return (
      <Field id={ids[field]} label={t(LABELS[field])} error={problemText(t, errors[field])}>
        {multiline ? (
          <textarea {...common} ref={(el) => void (fieldRefs.current[field] = el)} rows={3} />
        ) : (
          <input {...common} ref={(el) => void (fieldRefs.current[field] = el)} autoComplete="username" spellCheck={false} />
        )}
      </Field>
    );
  };

  return (
    <form className="trouble-composer card" aria-labelledby="trouble-composer-title" onSubmit={(event) => event.preventDefault()}>
      <h4 id="trouble-composer-title">{t(m.title)}</h4>
      <p className="trouble-never">{t(m.never)}</p>
      {locale !== DEFAULT_LOCALE && <p className="hint">{t(m.inEnglish)}</p>}
      <PortalSelect short />
      {textField('username', false)}
      {textField('whatHappened', true)}
      {textField('errorText', true)}
      {tried.length > 0 && (
        <div className="field">
          <p id="trouble-composer-tried" className="field-group-label">
            {t(m.stepsTried)}
          </p>
          <ol className="trouble-tried" aria-labelledby="trouble-composer-tried">
            {tried.map((step) => (
              <li key={step} lang="en">
                {step}
              </li>
            ))}
          </ol>
        </div>
      )}
      {textField('otherSteps', true)}
      <div className="field">
        <label htmlFor={ids.browser}>{t(m.browser)}</label>
        <select id={ids.browser} value={draft.browser} onChange={(event) => setDraft({ browser: event.target.value })}>
          <option value="">{t(m.notSure)}</option>
          {BROWSERS.map((browser) => (
            <option key={browser} value={browser}>
              {browser === 'Other' ? t(m.otherBrowser) : browser}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.time}>{t(m.time)}</label>
        <div className="trouble-row">
          <input id={ids.time} value={draft.time} onChange={(event) => setDraft({ time: event.target.value })} />
          <button type="button" className="button-quiet" onClick={() => setDraft({ time: formatTimeWithZone(new Date()) })}>
            {t(m.timeNow)}
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.preview}>{t(m.preview)}</label>
        <textarea
          id={ids.preview}
          className="trouble-preview"
          readOnly
          value={`To: ${SUPPORT_EMAIL}\nSubject: ${preview.subject}\n\n${preview.text}`}
          rows={12}
        />
      </div>
      <div className="trouble-row" aria-live="polite">
        {notice && <p className={`status-${notice.level} trouble-notice`}>{notice.text}</p>}
      </div>
      {vaultNote && <p className="trouble-note">{vaultNote.locked ? t(m.vaultLocked) : t(m.vaultFailed, { reason: vaultNote.message })}</p>}
      <div className="trouble-row">
        <button type="button" onClick={() => void openEmail()} disabled={busy}>
          {t(m.openEmail)}
        </button>
        <button type="button" className="button-secondary" onClick={() => void copyText()} disabled={busy}>
          {t(m.copyText)}
        </button>
      </div>
    </form>
  );
}
