import { PORTAL_NAMES } from '../../shared/content/ids';
import { useEffect, useId, useRef, useState } from 'react';
import { findSymptom } from '../../shared/content/symptomPaths';
import {
  composeSupportRequest,
  formatTimeWithZone,
  passwordPatternMessage,
  supportMailto,
  SUPPORT_EMAIL,
  TYPED_FIELDS,
  VAULT_MATCH_MESSAGE,
  type TypedField,
} from '../../shared/supportRequest';
import { stepsTried, useTroubleshoot, type SupportDraft } from '../state/troubleshoot';
import { Field } from '../ui/Field';
import { openExternal, scanForVaultPassword } from './links';
import { PortalSelect } from './PortalSelect';

type FieldErrors = Partial<Record<keyof SupportDraft, string>>;
const BROWSERS = ['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox', 'Safari', 'Other'];
const LABELS: Record<TypedField, string> = {
  username: 'Your Office Ally username',
  whatHappened: 'What happened',
  errorText: 'Exact error message (copy it word for word)',
  otherSteps: 'Anything else you already tried (one per line)',
};

/**
 * The email to support@officeally.com, built from the troubleshooter path and what the user
 * types. It refuses to go out while any field looks like it holds a password (patterns here,
 * the unlocked vault profile's passwords in main).
 */
export function SupportComposer() {
  const { symptomId, stepIndex, portalId, draft, setDraft } = useTroubleshoot();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ level: 'ok' | 'warn' | 'bad'; text: string } | null>(null);
  const [vaultNote, setVaultNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRefs = useRef<Partial<Record<keyof SupportDraft, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const ids = { username: useId(), whatHappened: useId(), errorText: useId(), otherSteps: useId(), browser: useId(), time: useId(), preview: useId() };

  useEffect(() => {
    if (!useTroubleshoot.getState().draft.time) setDraft({ time: formatTimeWithZone(new Date()) });
  }, [setDraft]);

  const tried = stepsTried(symptomId, stepIndex).map((step) => `${step.title} – did not fix it`);
  const compose = (fields: SupportDraft) =>
    composeSupportRequest({ portal: portalId ? PORTAL_NAMES[portalId] : '', problem: findSymptom(symptomId)?.label ?? '', stepsTried: tried, ...fields });
  const request = compose(draft);
  // The preview never shows a field that looks like a password (a pattern, or a vault match found on the last check).
  const previewDraft = { ...draft };
  for (const field of TYPED_FIELDS) {
    if (errors[field] === VAULT_MATCH_MESSAGE || passwordPatternMessage(draft[field]))
      previewDraft[field] = '[hidden here: it looks like a password — remove it above]';
  }
  const preview = compose(previewDraft);

  const check = async (): Promise<boolean> => {
    const next: FieldErrors = {};
    if (!draft.username.trim()) next.username = 'Enter your username: support needs it to find your account.';
    if (!draft.whatHappened.trim() && !draft.errorText.trim()) next.whatHappened = 'Describe what happened, or paste the exact error message below.';
    for (const field of TYPED_FIELDS) {
      const message = passwordPatternMessage(draft[field]);
      if (message) next[field] = message;
    }
    setBusy(true);
    const scans = await Promise.all(TYPED_FIELDS.map(async (field) => [field, draft[field].trim() ? await scanForVaultPassword(draft[field]) : null] as const));
    setBusy(false);
    let off: string | null = null;
    for (const [field, scan] of scans) {
      if (scan?.state === 'secret') next[field] = VAULT_MATCH_MESSAGE;
      if (scan?.state === 'off') off = scan.reason;
    }
    setVaultNote(off);
    setErrors(next);
    const first = (Object.keys(ids) as (keyof SupportDraft)[]).find((key) => next[key]);
    if (first) {
      setNotice({ level: 'bad', text: 'Nothing was sent or copied. Fix the fields marked below.' });
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
    else
      setNotice(
        mailto.shortened
          ? {
              level: 'warn',
              text: 'Your email program should open now. The text was too long for an email link and is cut short: use Copy text and paste it into the email.',
            }
          : { level: 'ok', text: `Your email program should open now with a message to ${SUPPORT_EMAIL}.` },
      );
  };

  const copyText = async () => {
    if (!(await check())) return;
    try {
      await navigator.clipboard.writeText(request.text);
      setNotice({ level: 'ok', text: 'Copied. Paste it into your email or the chat window.' });
    } catch {
      setNotice({ level: 'bad', text: 'AllyDesk could not copy. Select the text in the preview and press Ctrl+C.' });
    }
  };

  const textField = (field: TypedField, multiline: boolean) => {
    const common = { value: draft[field], onChange: (event: { target: { value: string } }) => setDraft({ [field]: event.target.value }) };
    return (
      <Field id={ids[field]} label={LABELS[field]} error={errors[field]}>
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
      <h4 id="trouble-composer-title">Write to Office Ally support</h4>
      <p className="trouble-never">Never include your password. Office Ally asks for your username and the exact error message instead.</p>
      <PortalSelect label="Portal" />
      {textField('username', false)}
      {textField('whatHappened', true)}
      {textField('errorText', true)}
      {tried.length > 0 && (
        <div className="field">
          <p id="trouble-composer-tried" className="field-group-label">
            Steps already tried (from this troubleshooter)
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
        <label htmlFor={ids.browser}>Browser you use for Office Ally</label>
        <select id={ids.browser} value={draft.browser} onChange={(event) => setDraft({ browser: event.target.value })}>
          <option value="">Not sure</option>
          {BROWSERS.map((browser) => (
            <option key={browser}>{browser}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.time}>When it happened (with time zone)</label>
        <div className="trouble-row">
          <input id={ids.time} value={draft.time} onChange={(event) => setDraft({ time: event.target.value })} />
          <button type="button" className="button-quiet" onClick={() => setDraft({ time: formatTimeWithZone(new Date()) })}>
            Use the time now
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.preview}>Preview of the message</label>
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
      {vaultNote && <p className="trouble-note">{vaultNote}</p>}
      <div className="trouble-row">
        <button type="button" onClick={() => void openEmail()} disabled={busy}>
          Open email to support
        </button>
        <button type="button" className="button-secondary" onClick={() => void copyText()} disabled={busy}>
          Copy text
        </button>
      </div>
    </form>
  );
}
