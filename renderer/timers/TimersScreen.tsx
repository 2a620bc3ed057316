import { WINDOW_PORTAL_IDS, type WindowPortalId } from '../../shared/content/ids';
import { PortalWindowActions } from '../portals/PortalWindowActions';
import { useEffect, useState } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';

import { formatClockTime } from '../../shared/timers/time';
import { useTimers } from '../state/timers';
import { RotationCard } from './RotationCard';
import { SettingsCard } from './SettingsCard';
import { LockoutCard, SessionCard, TwoFactorCard } from './TimerCards';
import { useMainNow } from './useMainNow';
import './timers.css';

function StartActions() {
  const [portal, setPortal] = useState<PortalId>('practice-mate');
  const { portalLoggedIn, recordFailedLogin, startTwoFactorWait } = useTimers.getState();
  const error = useTimers((s) => s.errors.actions);
  const failed = useTimers((s) => s.view?.failedLogins.find((f) => f.portalId === portal));
  return (
    <section className="card" aria-labelledby="timers-start-title">
      <h3 id="timers-start-title">Tell AllyDesk what just happened</h3>
      <div className="field timers-portal-field">
        <label htmlFor="timers-portal">Portal</label>
        <select id="timers-portal" value={portal} onChange={(event) => setPortal(event.target.value as PortalId)}>
          {PORTAL_IDS.map((id) => (
            <option key={id} value={id}>
              {PORTAL_NAMES[id]}
            </option>
          ))}
        </select>
      </div>
      <div className="timers-actions">
        <button type="button" onClick={() => void portalLoggedIn(portal)}>
          I&apos;m logged in
        </button>
        <button type="button" className="button-secondary" onClick={() => void recordFailedLogin(portal)}>
          Login failed
        </button>
        <button type="button" className="button-secondary" onClick={() => void startTwoFactorWait(portal)}>
          Code requested
        </button>
      </div>
      {(WINDOW_PORTAL_IDS as readonly string[]).includes(portal) && <OpenInAllyDesk portalId={portal as WindowPortalId} />}
      {failed && (
        <p className="timers-attempts">
          {failed.count} failed {failed.count === 1 ? 'login' : 'logins'} recorded for {PORTAL_NAMES[portal]}. After {failed.threshold}, the account may be
          locked for a while — check for extra spaces and Caps Lock before you try again.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}

/** In an AllyDesk portal window the session timer starts and restarts by itself. */
function OpenInAllyDesk({ portalId }: { portalId: WindowPortalId }) {
  return (
    <>
      <p className="hint">Or open it in an AllyDesk portal window: there the timer starts when you log in and restarts when you work, with no clicks.</p>
      <PortalWindowActions portalId={portalId} only="open" />
    </>
  );
}

function AwayNotices() {
  const away = useTimers((s) => s.view?.away ?? []);
  const dismissAway = useTimers((s) => s.dismissAway);
  if (away.length === 0) return null;
  return (
    <section className="card timers-away" aria-labelledby="timers-away-title">
      <h3 id="timers-away-title">While you were away</h3>
      <ul>
        {away.map((note) => (
          <li key={note.id}>
            <strong>{note.title}</strong> ({formatClockTime(note.at)}): {note.body.replace(/^While you were away: /, '')}
          </li>
        ))}
      </ul>
      <button type="button" className="button-quiet" onClick={() => void dismissAway()}>
        Dismiss these
      </button>
    </section>
  );
}

/** The Timers panel: live countdowns from main's clock; only state changes are announced. */
export function TimersScreen() {
  const view = useTimers((s) => s.view);
  const announcement = useTimers((s) => s.announcement);
  const now = useMainNow();

  useEffect(() => {
    const disconnect = useTimers.getState().connect();
    void useTimers.getState().load();
    return disconnect;
  }, []);

  const running = view ? view.sessions.length + view.lockouts.length + view.twoFactor.length : 0;
  return (
    <section aria-labelledby="timers-title" className="timers">
      <h2 id="timers-title">Timers</h2>
      <p>
        Office Ally logs you out after a while without activity, locks an account after several wrong passwords, and sometimes sends security codes late. Tell
        AllyDesk what happened; it counts down and reminds you.
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {!view ? (
        <p>Loading timers…</p>
      ) : (
        <>
          <AwayNotices />
          <StartActions />
          <section aria-labelledby="timers-running-title">
            <h3 id="timers-running-title">Running now</h3>
            {running === 0 && <p className="muted">No timers are running.</p>}
            {view.sessions.map((session) => (
              <SessionCard key={`s-${session.portalId}`} session={session} now={now} />
            ))}
            {view.lockouts.map((lockout) => (
              <LockoutCard key={`l-${lockout.portalId}`} lockout={lockout} now={now} />
            ))}
            {view.twoFactor.map((wait) => (
              <TwoFactorCard key={`t-${wait.portalId}`} wait={wait} now={now} />
            ))}
          </section>
          <RotationCard view={view} now={now} />
          <SettingsCard settings={view.settings} />
        </>
      )}
    </section>
  );
}
