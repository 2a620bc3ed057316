import { useId, useState } from 'react';
import { LANGUAGE_CHOICES, LOCALE_NAMES, type LanguageChoice } from '../../shared/i18n/locales';
import { chooseLanguage, useI18n, useT } from '../i18n/store';
import { SetByIt } from '../policy/SetByIt';
import { Field } from '../ui/Field';
import { languageMessages as m } from './messages';

const isChoice = (value: string): value is LanguageChoice => (LANGUAGE_CHOICES as readonly string[]).includes(value);

/** The language choice: the system's, English or Spanish; read-only when the `Language` policy fixes it. Applies at once. */
export function LanguageSettings() {
  const t = useT();
  const id = useId();
  const language = useI18n((s) => s.language);
  const locale = useI18n((s) => s.locale);
  // Kept as facts, not text: the message shows in the language just chosen.
  const [status, setStatus] = useState<{ ok: true } | { ok: false; reason: string } | null>(null);
  const fixed = language?.policy ?? null;
  const value = fixed ?? language?.choice ?? 'system';
  const systemName = LOCALE_NAMES[language?.system ?? locale];
  return (
    <div className="card settings-form">
      <h3>{t(m.title)}</h3>
      <Field id={id} label={t(m.label)} hint={t(fixed ? m.hintPolicy : m.hintSystem)} note={fixed ? <SetByIt /> : undefined}>
        <select
          value={value}
          disabled={Boolean(fixed) || !language}
          onChange={async (event) => {
            const choice = event.target.value;
            if (!isChoice(choice)) return;
            const result = await chooseLanguage(choice);
            setStatus(result.ok ? { ok: true } : { ok: false, reason: result.message });
          }}
        >
          <option value="system">{t(m.system, { language: systemName })}</option>
          {(['en-US', 'es-US'] as const).map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </Field>
      <p className="hint">{t(m.officeAllyStays)}</p>
      <div role="status" aria-live="polite">
        {status && (
          <p className={status.ok ? 'status-ok' : 'status-bad'}>
            {status.ok ? t(m.saved, { language: LOCALE_NAMES[locale] }) : t(m.notSaved, { reason: status.reason })}
          </p>
        )}
      </div>
    </div>
  );
}
