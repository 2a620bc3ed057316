import { PORTAL_NAMES, type PortalId } from '../../shared/content/ids';
import { useEffect, useRef } from 'react';
import { type LockoutView, type SessionView, type TwoFactorView } from '../../shared/ipc/timers';
import { formatClockTime, formatRemaining } from '../../shared/timers/time';
import { useNavigation } from '../state/navigation';
import { useTimers } from '../state/timers';
import { SupportNowHint } from './SupportNowHint';

const name = (p: PortalId) => PORTAL_NAMES[p];

function CardError({ errorKey }: { errorKey: string }) {
  const error = useTimers((s) => s.errors[errorKey]);
  return error ? (
    <p className="field-error" role="alert">
      {error.message}
    </p>
  ) : null;
}

const isTyping = (element: Element | null) =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

export function SessionCard({ session, now }: { session: SessionView; now: number }) {
  const { stillWorking, loggedOut, portalLoggedIn, stop } = useTimers.getState();
  const stillWorkingRef = useRef<HTMLButtonElement>(null);
  const p = session.portalId;
  const endsAt = formatClockTime(session.endsAt, { now });
  const warned = session.phase === 'warned' || (session.phase === 'running' && now >= session.warnAt);

  // One key to extend: when the warning appears, "Still working" takes focus (unless the user is typing).
  useEffect(() => {
    if (warned && !isTyping(document.activeElement)) stillWorkingRef.current?.focus();
  }, [warned]);

  return (
    <article className="card timers-card" aria-labelledby={`session-${p}`}>
      <h3 id={`session-${p}`}>{name(p)} session</h3>
      {session.phase === 'ended' ? (
        <>
          <p className="status-bad">
            {name(p)} may have logged you out at {endsAt} after no activity.
          </p>
          <p>Log in again. Work that was not saved may be lost; next time save every few minutes.</p>
          <div className="timers-actions">
            <button type="button" onClick={() => void portalLoggedIn(p)}>
              I&apos;m logged in again
            </button>
            <button type="button" className="button-quiet" onClick={() => void stop('session', p)}>
              Dismiss
            </button>
          </div>
        </>
      ) : (
        <>
          {warned ? (
            <p className="status-warn">
              Save your work in {name(p)} — the session may end at {endsAt}.
            </p>
          ) : (
            <p>
              If you do nothing in {name(p)}, it may log you out at <strong>{endsAt}</strong>.
            </p>
          )}
          <p className="timers-countdown">
            Time left: <span className="timers-remaining">{formatRemaining(session.endsAt - now)}</span>
            <span className="muted"> ({session.minutes}-minute setting)</span>
          </p>
          <div className="timers-actions">
            <button type="button" ref={stillWorkingRef} onClick={() => void stillWorking(p)}>
              Still working
            </button>
            <button type="button" className="button-quiet" onClick={() => void loggedOut(p)}>
              Logged out
            </button>
          </div>
          <p className="hint">&quot;Still working&quot; starts the countdown again. Also click or type something in {name(p)} so the portal sees you.</p>
        </>
      )}
      <CardError errorKey={`session:${p}`} />
    </article>
  );
}

export function LockoutCard({ lockout, now }: { lockout: LockoutView; now: number }) {
  const { stop } = useTimers.getState();
  const go = useNavigation((s) => s.go);
  const p = lockout.portalId;
  const running = lockout.phase === 'running' && now < lockout.endsAt;
  return (
    <article className="card timers-card" aria-labelledby={`lockout-${p}`}>
      <h3 id={`lockout-${p}`}>{name(p)} lockout</h3>
      {running ? (
        <>
          <p className="status-warn">The account may be locked. Try again at {formatClockTime(lockout.endsAt, { now })}.</p>
          <p className="timers-countdown">
            Wait: <span className="timers-remaining">{formatRemaining(lockout.endsAt - now)}</span>
            <span className="muted"> ({lockout.minutes} minutes)</span>
          </p>
          <p>Trying again before then may keep the account locked. You can reset the password instead.</p>
        </>
      ) : (
        <p className="status-ok">The wait is over: you can try {name(p)} again. Check for extra spaces before you type the password.</p>
      )}
      <div className="timers-actions">
        <button type="button" className="button-secondary" onClick={() => go('password')}>
          Reset the password instead
        </button>
        <button type="button" className="button-quiet" onClick={() => void stop('lockout', p)}>
          {running ? 'Stop waiting' : 'Dismiss'}
        </button>
      </div>
      <CardError errorKey={`lockout:${p}`} />
    </article>
  );
}

export function TwoFactorCard({ wait, now }: { wait: TwoFactorView; now: number }) {
  const { stop } = useTimers.getState();
  const p = wait.portalId;
  const phase = now >= wait.supportTipAt ? 'support' : now >= wait.spamTipAt ? (wait.phase === 'waiting' ? 'spam' : wait.phase) : wait.phase;
  return (
    <article className="card timers-card" aria-labelledby={`two-factor-${p}`}>
      <h3 id={`two-factor-${p}`}>{name(p)} security code</h3>
      <p>
        Code requested at {formatClockTime(wait.requestedAt, { now })} — waiting{' '}
        <span className="timers-remaining">{formatRemaining(now - wait.requestedAt)}</span>.
      </p>
      {phase === 'waiting' && <p className="muted">Codes often take a minute or two. AllyDesk will suggest what to check next.</p>}
      {phase !== 'waiting' && <p className="status-warn">No code yet? Check your spam or junk folder for the code email.</p>}
      {phase === 'support' && (
        <>
          <p className="status-warn">
            Still nothing after 10 minutes: check that the email and mobile number on file are current. If your mobile number changed recently, support may need
            to update it.
          </p>
          <SupportNowHint />
        </>
      )}
      <div className="timers-actions">
        <button type="button" className="button-quiet" onClick={() => void stop('twoFactor', p)}>
          The code arrived
        </button>
      </div>
      <CardError errorKey={`twoFactor:${p}`} />
    </article>
  );
}
