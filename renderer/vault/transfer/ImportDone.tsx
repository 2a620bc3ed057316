import { useState, type FormEvent } from 'react';
import { PORTAL_NAMES, type PortalId } from '../../../shared/content/ids';
import { IMPORT_FORMAT_NAMES } from '../../../shared/ipc/vaultImport';
import { calendarDateOf } from '../../../shared/timers/time';
import { useTimers } from '../../state/timers';
import type { ImportResult } from '../../state/vaultImport';
import { Field } from '../../ui/Field';
import { DoneMessage, ProblemMessage } from '../../ui/Message';
import { DELETE_STEPS } from './deleteSteps';

/** The password-change reminder for one portal: the day its password was last changed (the export's date where it had one). */
function ReminderRow({ portal, changedOn }: { portal: PortalId; changedOn: string | null }) {
  const setPasswordChanged = useTimers((s) => s.setPasswordChanged);
  const [date, setDate] = useState(changedOn ?? calendarDateOf(Date.now()));
  const [state, setState] = useState<{ done?: boolean; error?: string }>({});
  const id = `transfer-remind-${portal}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const reply = await setPasswordChanged(portal, date);
    setState(reply.ok ? { done: true } : { error: reply.error.fields?.date ?? reply.error.message });
  }
  return (
    <li>
      <form className="transfer-remind" onSubmit={submit} noValidate>
        <Field id={id} label={`${PORTAL_NAMES[portal]}: password last changed on`} error={state.error}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <button type="submit" className="button-secondary">
          Remind me to change it
        </button>
      </form>
      <DoneMessage>{state.done ? `AllyDesk will remind you when the ${PORTAL_NAMES[portal]} password is due for a change.` : null}</DoneMessage>
    </li>
  );
}

/** After the import: what came in, how to delete it where it came from, and the change reminders. */
export function ImportDone({ result }: { result: ImportResult }) {
  const { where, steps } = DELETE_STEPS[result.format];
  const portals = new Map<PortalId, string | null>();
  for (const item of result.imported) if (item.portal && item.portal !== 'custom' && !portals.has(item.portal)) portals.set(item.portal, item.changedOn);
  const count = result.imported.length;
  return (
    <div>
      <DoneMessage>
        Imported {count} {count === 1 ? 'login' : 'logins'} from {IMPORT_FORMAT_NAMES[result.format]}.
      </DoneMessage>
      {result.failed.length > 0 && <ProblemMessage>Not imported: {result.failed.map((f) => `row ${f.row} (${f.reason})`).join('; ')}</ProblemMessage>}
      {count > 0 && (
        <>
          <h3>Now delete them from {where}</h3>
          <p>Office Ally’s advice is not to keep healthcare portal passwords in a browser’s autofill. They are in AllyDesk now.</p>
          <ol>
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
            <li>Delete the exported file as well, and empty the Recycle Bin: the file holds your passwords unprotected.</li>
          </ol>
        </>
      )}
      {portals.size > 0 && (
        <>
          <h3>Change these passwords when they are due</h3>
          <p>A password that was kept in a browser may have been seen. AllyDesk can remind you when each one is due for a change.</p>
          <ul className="transfer-reminders">
            {[...portals].map(([portal, changedOn]) => (
              <ReminderRow key={portal} portal={portal} changedOn={changedOn} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
