import { useState } from 'react';
import { PORTAL_IDS, type PortalId, PORTAL_NAMES } from '../../shared/content/ids';
import { type RotationView, type TimersView } from '../../shared/ipc/timers';
import { calendarDateOf, daysBetween, describeDue, formatCalendarDate } from '../../shared/timers/time';
import { useTimers } from '../state/timers';
import { Field } from '../ui/Field';

function dueStatus(item: RotationView, today: string) {
  const text = describeDue(today, item.dueOn);
  const cls = daysBetween(today, item.dueOn) <= 0 ? 'status-bad' : daysBetween(today, item.warnFrom) <= 0 ? 'status-warn' : 'timers-due-ok';
  return { text, cls };
}

function PortalDateRow({ portalId, item, today }: { portalId: PortalId; item?: RotationView; today: string }) {
  const setPasswordChanged = useTimers((s) => s.setPasswordChanged);
  const error = useTimers((s) => s.errors[`rotation:${portalId}`]);
  const [date, setDate] = useState(item?.changedOn ?? '');
  const inputId = `rotation-date-${portalId}`;
  const status = item ? dueStatus(item, today) : null;
  return (
    <li className="timers-rotation-row">
      <form
        className="timers-rotation-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void setPasswordChanged(portalId, date.trim() === '' ? null : date.trim());
        }}
      >
        <Field id={inputId} label={`${PORTAL_NAMES[portalId]}: password last changed`} error={error && (error.fields?.date ?? error.message)}>
          <input type="date" value={date} max={today} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <button type="submit" className="button-secondary">
          Save date
        </button>
      </form>
      {item && status && (
        <p className={status.cls}>
          Change {status.text} (by {formatCalendarDate(item.dueOn)}).
        </p>
      )}
    </li>
  );
}

/** Password rotation: one last-changed date per portal (the vault adds its own entries later). */
export function RotationCard({ view, now }: { view: TimersView; now: number }) {
  const today = calendarDateOf(now);
  const byPortal = new Map(view.rotation.filter((item) => item.source === 'user').map((item) => [item.portalId, item]));
  const fromVault = view.rotation.filter((item) => item.source === 'vault');
  return (
    <section className="card" aria-labelledby="timers-rotation-title">
      <h3 id="timers-rotation-title">Password changes</h3>
      <p>
        AllyDesk reminds you {view.settings.rotationDays} days after each change, starting {view.settings.rotationWarnDays} days ahead.
      </p>
      <p className="hint">
        The help guide suggests changing passwords every 90 days. NIST SP 800-63B (revision 4) advises changing a password when there is evidence it was
        exposed, rather than on a calendar. Your practice&apos;s policy decides; set the number of days in Timer settings.
      </p>
      <ul className="timers-rotation-list">
        {PORTAL_IDS.map((portalId) => (
          <PortalDateRow key={`${portalId}:${byPortal.get(portalId)?.changedOn ?? ''}`} portalId={portalId} item={byPortal.get(portalId)} today={today} />
        ))}
      </ul>
      {fromVault.length > 0 && (
        <>
          <h4>From the vault</h4>
          <ul className="timers-rotation-list">
            {fromVault.map((item) => {
              const status = dueStatus(item, today);
              return (
                <li key={item.key} className={status.cls}>
                  {item.label} password: change {status.text}
                  {item.locked && <span className="hint"> (unlock Passwords to see which one)</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
