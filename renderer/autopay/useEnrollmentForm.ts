import { useMemo, useState } from 'react';
import type { AutopayFlavor, AutopayProductId } from '../../shared/content/autopay';
import { checkEnrollment, emptyEnrollmentForm, toEnrollRecord, type EnrollmentFormValues } from '../../shared/validation/enrollment';
import { useT } from '../i18n/store';
import { useAutopayStore } from '../state/autopay';
import { autopayMessages } from './messages';

/** The DOM id of a form field, from its path in the form ("billing.zip" → "autopay-billing-zip"). */
export const fieldId = (path: string) => `autopay-${path.replace(/\./g, '-')}`;

/** Field names as the form shows them, for the error summary a screen reader announces ("card.number" → field.number). */
const fieldMessage = (path: string) => autopayMessages[`field.${path.split('.').at(-1)}` as `field.${FieldKey}`];
type FieldKey = Extract<keyof typeof autopayMessages, `field.${string}`> extends `field.${infer K}` ? K : never;

function withValue(values: EnrollmentFormValues, path: string, value: string | boolean): EnrollmentFormValues {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (!key) return { ...values, [group]: value };
  const section = values[group as 'billing' | 'card' | 'ach'];
  return { ...values, [group]: { ...section, [key]: value } };
}

/**
 * The enrollment form's state. The full card and account numbers live only here, in React
 * component state: never in a zustand store, never logged, and cleared after a successful submit.
 */
export function useEnrollmentForm(product: AutopayProductId, flavor: AutopayFlavor) {
  const enroll = useAutopayStore((s) => s.enroll);
  const t = useT();
  const [values, setValues] = useState<EnrollmentFormValues>(emptyEnrollmentForm);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState('');
  const [serverError, setServerError] = useState<string | null>(null);

  // Re-checked only when a value changes, not on every render.
  const allErrors = useMemo(() => {
    const check = checkEnrollment(values, { flavor, now: Date.now() });
    return check.ok ? {} : check.errors;
  }, [values, flavor]);
  const errors = Object.fromEntries(Object.entries(allErrors).filter(([path]) => submitted || touched.has(path)));

  const set = (path: string, value: string | boolean) => setValues((current) => withValue(current, path, value));
  const blur = (path: string) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));

  async function submit() {
    setServerError(null);
    const result = checkEnrollment(values, { flavor, now: Date.now() });
    if (!result.ok) {
      setSubmitted(true);
      const paths = Object.keys(result.errors);
      const names = paths.map((path) => (fieldMessage(path) ? t(fieldMessage(path)) : path));
      setSummary(t(autopayMessages.fieldsNeedAttention, { count: paths.length, names: names.join(', ') }));
      document.getElementById(fieldId(paths[0]!))?.focus();
      return;
    }
    setSummary('');
    setBusy(true);
    const saved = await enroll(toEnrollRecord(product, result.enrollment));
    setBusy(false);
    if (!saved.ok) {
      setServerError(saved.error.message);
      return;
    }
    setValues(emptyEnrollmentForm());
  }

  return { values, errors, set, blur, submit, busy, summary, serverError };
}
export type EnrollmentForm = ReturnType<typeof useEnrollmentForm>;
