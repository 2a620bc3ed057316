import { Switch } from 'radix-ui';
import { useId, useState, type KeyboardEvent } from 'react';
import { findHiddenCharacters } from '../../shared/text/hiddenCharacters';
import { useT } from '../i18n/store';
import { Field } from '../ui/Field';
import { describeHidden } from '../vault/describeHidden';
import { troubleshootMessages as m } from './messages';

/**
 * Paste a username or password and see what the eye cannot: spaces at either end, tabs,
 * non-breaking and zero-width characters, Caps Lock. The value lives only in this component's
 * state: it is never sent to main, stored or logged, and it is gone when the screen unmounts.
 */
export function HiddenCharacterChecker() {
  const [value, setValue] = useState('');
  const [show, setShow] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const inputId = useId();
  const showId = useId();
  const t = useT();

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  const hidden = findHiddenCharacters(value);
  const hiddenAt = new Map(hidden.map((h) => [h.index, h]));
  const problem = describeHidden(t, value);
  const letters = value.replace(/[^\p{L}]/gu, '');
  const allUpper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const chars = [...value];

  return (
    <div className="trouble-checker card">
      <h4>{t(m.checkerTitle)}</h4>
      <Field id={inputId} label={t(m.checkerLabel)} hint={t(m.checkerHint)}>
        <input
          type={show ? 'text' : 'password'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKey}
          onKeyUp={onKey}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
      </Field>
      <div className="field-inline trouble-checker-controls">
        <Switch.Root id={showId} className="switch" checked={show} onCheckedChange={setShow}>
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
        <label htmlFor={showId} className="field-inline-label">
          {t(m.showCharacters)}
        </label>
        {value && (
          <button type="button" className="button-quiet" onClick={() => setValue('')}>
            {t(m.clear)}
          </button>
        )}
      </div>
      <div aria-live="polite" className="trouble-checker-results">
        {value && (
          <>
            <p className={problem ? 'status-bad' : 'status-ok'}>{problem ?? t(m.nothingHidden)}</p>
            {capsLock && <p className="status-warn">{t(m.capsLockOn)}</p>}
            {!capsLock && allUpper && <p className="status-warn">{t(m.allUpper)}</p>}
            <p className="muted">{t(m.characterCount, { count: chars.length, hidden: hidden.length })}</p>
          </>
        )}
      </div>
      {value && (
        <p className="trouble-charmap" aria-hidden="true">
          {chars.map((char, index) => {
            const found = hiddenAt.get(index);
            if (found) {
              const bad = found.position !== 'inside' || found.kind !== 'space';
              return (
                <span key={index} className={bad ? 'trouble-char trouble-char-bad' : 'trouble-char trouble-char-space'}>
                  {t(m[`mark.${found.kind}`])}
                </span>
              );
            }
            return (
              <span key={index} className="trouble-char">
                {show ? char : '•'}
              </span>
            );
          })}
        </p>
      )}
    </div>
  );
}
