import { cloneElement, type ReactElement, type ReactNode } from 'react';
import './forms.css';

/**
 * The renderer's labelled form field: one place ties a control to its label, hint, note and error,
 * so a screen reader reads them on focus and an invalid field is marked as such. The control is
 * the one child (an input, select, textarea, Radix switch…): it gets the id, `aria-describedby`
 * and `aria-invalid`; its own props and ref stay as given.
 */
interface FieldProps {
  /** The control's id; the hint, note and error take `<id>-hint`, `<id>-note` and `<id>-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Adds the visual asterisk; say `required`/`aria-required` on the control for screen readers. */
  required?: boolean;
  /** Shown right below the control and read before the hint (e.g. `<SetByIt />` for a value IT fixes). */
  note?: ReactElement<{ id?: string }>;
  /**
   * Reads the error out as soon as it appears, for a field whose error comes without focus moving
   * to it (a one-field form answered by main).
   */
  announceError?: boolean;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}

const described = (id: string, parts: Record<'note' | 'hint' | 'error', unknown>) =>
  (['note', 'hint', 'error'] as const)
    .filter((part) => parts[part])
    .map((part) => `${id}-${part}`)
    .join(' ') || undefined;

/** The label above its control. */
export function Field({ id, label, hint, error, required, note, announceError, className, children }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <Control id={id} hint={hint} error={error} note={note}>
        {children}
      </Control>
      <Description id={id} hint={hint} error={error} note={note} announceError={announceError} />
    </div>
  );
}

/** The control first and its label beside it: a checkbox or a switch. */
export function InlineField({ id, label, hint, error, required, note, announceError, className, children }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field-inline">
        <Control id={id} hint={hint} error={error} note={note}>
          {children}
        </Control>
        <label htmlFor={id} className="field-inline-label">
          {label}
          {required && <span aria-hidden="true"> *</span>}
        </label>
      </div>
      <Description id={id} hint={hint} error={error} note={note} announceError={announceError} />
    </div>
  );
}

type Parts = Pick<FieldProps, 'id' | 'hint' | 'error' | 'note'>;

function Control({ id, hint, error, note, children }: Parts & { children: FieldProps['children'] }) {
  return cloneElement(children, { id, 'aria-describedby': described(id, { note, hint, error }), 'aria-invalid': error ? true : undefined });
}

function Description({ id, hint, error, note, announceError }: Parts & { announceError?: boolean }) {
  const errorText = error && (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  );
  return (
    <>
      {note && cloneElement(note, { id: `${id}-note` })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {announceError ? <div aria-live="assertive">{errorText}</div> : errorText}
    </>
  );
}
