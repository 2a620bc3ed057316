import { Switch } from 'radix-ui';
import { useId, useState, type KeyboardEvent } from 'react';
import { describeHiddenCharacters, findHiddenCharacters, type HiddenKind } from '../../shared/text/hiddenCharacters';
import { Field } from '../ui/Field';

const MARKS: Record<HiddenKind, string> = {
  space: 'space',
  tab: 'tab',
  'line-break': 'line break',
  'non-breaking-space': 'NBSP',
  'zero-width': 'zero-width',
  'other-invisible': 'invisible',
  control: 'control',
};

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

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  const hidden = findHiddenCharacters(value);
  const hiddenAt = new Map(hidden.map((h) => [h.index, h]));
  const problem = describeHiddenCharacters(value);
  const letters = value.replace(/[^\p{L}]/gu, '');
  const allUpper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const chars = [...value];

  return (
    <div className="trouble-checker card">
      <h4>Check a pasted username or password</h4>
      <Field
        id={inputId}
        label="Paste the username or password here"
        hint="Not saved, not sent anywhere, not logged. It is cleared when you leave this screen."
      >
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
          Show the characters on screen
        </label>
        {value && (
          <button type="button" className="button-quiet" onClick={() => setValue('')}>
            Clear
          </button>
        )}
      </div>
      <div aria-live="polite" className="trouble-checker-results">
        {value && (
          <>
            <p className={problem ? 'status-bad' : 'status-ok'}>{problem ?? 'No hidden spaces or invisible characters.'}</p>
            {capsLock && <p className="status-warn">Caps Lock is on. Passwords are case-sensitive: turn it off and type again.</p>}
            {!capsLock && allUpper && <p className="status-warn">All the letters are upper case. Is Caps Lock on? Passwords are case-sensitive.</p>}
            <p className="muted">
              {chars.length} {chars.length === 1 ? 'character' : 'characters'}
              {hidden.length > 0 ? `, of which ${hidden.length} hidden or blank` : ''}.
            </p>
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
                  {MARKS[found.kind]}
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
