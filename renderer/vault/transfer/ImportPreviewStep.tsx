import { Dialog } from 'radix-ui';
import { useMemo, useState } from 'react';
import { PORTAL_NAMES } from '../../../shared/content/ids';
import { useVaultImport, type ImportPreview, type ImportResult } from '../../state/vaultImport';
import { ProblemMessage } from '../../ui/Message';

type Row = ImportPreview['rows'][number];

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function rowNote(row: Row): string {
  const notes: string[] = [];
  if (row.problem) notes.push(row.problem);
  if (row.duplicateOf === 'saved') notes.push('Already saved in your profile.');
  else if (typeof row.duplicateOf === 'number') notes.push(`Same login as row ${row.duplicateOf}.`);
  if (row.hidden) notes.push(`Hidden characters. ${row.hidden}`);
  return notes.join(' ');
}

function RowsTable({ rows, caption, chosen, toggle }: { rows: Row[]; caption: string; chosen: Set<number>; toggle(row: number): void }) {
  return (
    <table className="vault-table transfer-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Row</th>
          <th scope="col">Login</th>
          <th scope="col">Username</th>
          <th scope="col">Check</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const where = row.portal && row.portal !== 'custom' ? PORTAL_NAMES[row.portal] : `Other site: ${row.host || 'no address'}`;
          const note = rowNote(row);
          return (
            <tr key={row.row}>
              <td>
                <input
                  type="checkbox"
                  className="transfer-tick"
                  checked={chosen.has(row.row)}
                  disabled={row.problem !== null}
                  onChange={() => toggle(row.row)}
                  aria-label={`Import row ${row.row}: ${where}, ${row.username || 'no username'}`}
                />
              </td>
              <td>{row.row}</td>
              <td>
                <strong>{where}</strong>
                {row.title !== where && row.title !== row.host && <div className="transfer-muted">{row.title}</div>}
              </td>
              <td className="vault-mono">{row.username}</td>
              <td className={note ? 'transfer-warn' : undefined}>{note || 'Ready'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The preview: Office Ally logins first (ticked when new and clean), other sites on request, unreadable rows by number. */
export function ImportPreviewStep({ preview, onDone }: { preview: ImportPreview; onDone(result: ImportResult): void }) {
  const importRows = useVaultImport((s) => s.importRows);
  const [chosen, setChosen] = useState(() => new Set(preview.rows.filter((r) => r.ticked).map((r) => r.row)));
  const [showOthers, setShowOthers] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [officeAlly, others] = useMemo(() => {
    const ours = preview.rows.filter((r) => r.portal !== null);
    return [ours, preview.rows.filter((r) => r.portal === null)];
  }, [preview]);

  const toggle = (row: number) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });

  async function run() {
    setBusy(true);
    const reply = await importRows([...chosen]);
    setBusy(false);
    if (reply.ok) onDone(reply.data);
    else setError(reply.error.message);
  }

  return (
    <div>
      <p>
        {plural(preview.rows.length, 'login')} read
        {preview.notLogins > 0 ? `, ${plural(preview.notLogins, 'note or card', 'notes and cards')} left out` : ''}.{' '}
        {plural(officeAlly.length, 'Office Ally login')}, {plural(others.length, 'other site')}.
      </p>
      {preview.bad.length > 0 && (
        <div className="status-warn transfer-bad">
          <p>{plural(preview.bad.length, 'row')} could not be read and will not be imported:</p>
          <ul>
            {preview.bad.slice(0, 50).map((bad) => (
              <li key={bad.row}>
                Row {bad.row}: {bad.reason}
              </li>
            ))}
          </ul>
          {preview.bad.length > 50 && <p>…and {plural(preview.bad.length - 50, 'more row')}.</p>}
        </div>
      )}
      <h3>Office Ally and Patient Ally logins</h3>
      {officeAlly.length > 0 ? (
        <RowsTable rows={officeAlly} caption="Office Ally and Patient Ally logins in the file" chosen={chosen} toggle={toggle} />
      ) : (
        <p>This file has no Office Ally or Patient Ally login.</p>
      )}
      {others.length > 0 && (
        <>
          <h3>Other sites</h3>
          <p className="transfer-muted">AllyDesk is for your Office Ally logins, so these are not ticked. Tick any you want here as well.</p>
          <button type="button" className="button-secondary" aria-expanded={showOthers} onClick={() => setShowOthers((v) => !v)}>
            {showOthers ? 'Hide other sites' : `Show ${plural(others.length, 'other site')}`}
          </button>
          {showOthers && <RowsTable rows={others} caption="Other sites in the file" chosen={chosen} toggle={toggle} />}
        </>
      )}
      <ProblemMessage>{error}</ProblemMessage>
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <button type="button" className="button-quiet">
            Cancel
          </button>
        </Dialog.Close>
        <button type="button" disabled={busy || chosen.size === 0} onClick={() => void run()}>
          {busy ? 'Importing…' : `Import ${plural(chosen.size, 'login')}`}
        </button>
      </div>
    </div>
  );
}
