import { lazy, Suspense, useEffect, useState } from 'react';
import './desk.css';
import { useNavigation } from '../state/navigation';
import { useT } from '../i18n/store';
import { useVault } from '../state/vault';
import { deskMessages as m } from './messages';

// The dialog's code loads when someone ends a shift, not with the first screen.
const EndShiftDialog = lazy(async () => ({ default: (await import('./EndShiftDialog')).EndShiftDialog }));
import { END_SHIFT_SHORTCUT, LOCK_NOW_SHORTCUT, matches } from './shortcuts';

/** After this long without input, the header asks whether the person at the desk is still the one signed in. */
export const NOT_YOU_AFTER_MS = 60_000;

/** Time since the last keyboard, pointer or touch input in this window (checked every few seconds). */
function useIdleFor(active: boolean, ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!active) return setIdle(false);
    let last = Date.now();
    const onInput = (event: Event) => {
      // Reaching for the prompt's own "Switch user" must not hide it under the pointer.
      if (event.target instanceof Element && event.target.closest('.not-you')) return;
      last = Date.now();
      setIdle(false);
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onInput, { passive: true, capture: true }));
    const timer = setInterval(() => Date.now() - last >= ms && setIdle(true), 5_000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, onInput, { capture: true }));
      clearInterval(timer);
    };
  }, [active, ms]);
  return idle;
}

/**
 * Whose profile is unlocked, on every screen: their name, End my shift and Lock (with shortcuts),
 * and after a minute without input a "not you?" prompt that does not take focus.
 */
export function SignedInStrip() {
  const unlocked = useVault((s) => s.status?.unlocked ?? null);
  const lock = useVault((s) => s.lock);
  const go = useNavigation((s) => s.go);
  const [ending, setEnding] = useState(false);
  const idle = useIdleFor(Boolean(unlocked), NOT_YOU_AFTER_MS);
  const t = useT();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!useVault.getState().status?.unlocked) return;
      if (matches(event, END_SHIFT_SHORTCUT)) {
        event.preventDefault();
        setEnding(true);
      } else if (matches(event, LOCK_NOW_SHORTCUT)) {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  async function switchUser() {
    await lock();
    go('vault');
  }

  return (
    <>
      {unlocked && (
        <div className="signed-in" role="group" aria-label={t(m.signedInLabel)}>
          <p className="signed-in-name">{t(m.signedIn, { name: <strong>{unlocked.name}</strong> })}</p>
          <button type="button" className="button-secondary" onClick={() => void lock()} aria-keyshortcuts={LOCK_NOW_SHORTCUT.keys}>
            {t(m.lock)} <kbd>{LOCK_NOW_SHORTCUT.label}</kbd>
          </button>
          <button type="button" onClick={() => setEnding(true)} aria-keyshortcuts={END_SHIFT_SHORTCUT.keys}>
            {t(m.endShift)} <kbd>{END_SHIFT_SHORTCUT.label}</kbd>
          </button>
        </div>
      )}
      {/* In the page while a profile is unlocked, so screen readers hear it when it fills; it never takes focus. */}
      {unlocked && (
        <div className={idle ? 'banner banner-warning not-you' : 'visually-hidden'} role="status">
          {idle && (
            <>
              <p>{t(m.notYou, { name: <strong>{unlocked.name}</strong> })}</p>
              <button type="button" onClick={() => void switchUser()}>
                {t(m.switchUser)}
              </button>
            </>
          )}
        </div>
      )}
      {ending && (
        <Suspense fallback={null}>
          <EndShiftDialog open onOpenChange={setEnding} />
        </Suspense>
      )}
    </>
  );
}
