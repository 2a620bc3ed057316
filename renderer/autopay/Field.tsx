import type { InputHTMLAttributes, ReactNode } from 'react';

/** The DOM id of a form field, from its path in the form ("billing.zip" → "autopay-billing-zip"). */
export const fieldId = (path: string) => `autopay-${path.replace(/\./g, '-')}`;

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  path: string;
  label: string;
  value: string;
  onValue(value: string): void;
  error?: string;
  hint?: ReactNode;
}

/** A labelled text input whose hint and error are tied to it, so a screen reader reads them on focus. */
export function TextField({ path, label, value, onValue, error, hint, required, ...input }: FieldProps) {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectProps {
  path: string;
  label: string;
  value: string;
  onValue(value: string): void;
  options: readonly (readonly [string, string])[];
  placeholder?: string;
  error?: string;
  required?: boolean;
  onBlur?(): void;
  autoComplete?: string;
}

export function SelectField({ path, label, value, onValue, options, placeholder, error, required, onBlur, autoComplete }: SelectProps) {
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        onBlur={onBlur}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
