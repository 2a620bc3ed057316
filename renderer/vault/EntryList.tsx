import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../shared/ipc/vault';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { WINDOW_PORTAL_IDS } from '../../shared/content/ids';
import { usePortals } from '../state/portals';
import { useVault } from '../state/vault';
import { EntryForm } from './EntryForm';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' });
const DAY = 24 * 3600 * 1000;

/** The unlocked profile's logins: filter, copy, reveal, open the portal, edit, delete. */
export function EntryList() {
  const entries = useVault((s) => s.entries);
  const damaged = useVault((s) => s.damaged);
  const query = useVault((s) => s.query);
  const listEntries = useVault((s) => s.listEntries);
  const [adding, setAdding] = useState(false);
  return (
    <div>
      <div className="vault-toolbar">
        <div className="field vault-search">
          <label htmlFor="vault-search">Find a login</label>
          <input id="vault-search" type="search" value={query} onChange={(e) => void listEntries(e.target.value)} placeholder="Portal, username or note" />
        </div>
        <button type="button" onClick={() => setAdding(true)}>
          Add a login
        </button>
      </div>
      {adding && <EntryForm open={adding} onOpenChange={setAdding} />}
      <CopyNotice />
      {damaged.map((id) => (
        <DamagedEntry key={id} id={id} />
      ))}
      {entries.length === 0 && (
        <p className="muted">
          {query ? 'No login matches that search.' : 'No logins saved yet. Add your Office Ally portal and SFTP logins to copy them quickly and safely.'}
        </p>
      )}
      <ul className="vault-entries">
        {entries.map((entry) => (
          <EntryCard key={entry.id} entry={entry} />
        ))}
      </ul>
    </div>
  );
}

function CopyNotice() {
  const notice = useVault((s) => s.copyNotice);
  const entries = useVault((s) => s.entries);
  const title = entries.find((e) => e.id === notice?.id)?.title ?? 'the login';
  let message = '';
  if (notice && !notice.delivered) {
    message = `AllyDesk could not reach this computer's clipboard (browser mode cannot), so the ${notice.field} was not copied. Use "Reveal password" and type it instead.`;
  } else if (notice) {
    message = `${notice.field === 'password' ? 'Password' : 'Username'} for ${title} copied. ${notice.clearsAt ? `The clipboard will be cleared at ${timeOf(notice.clearsAt)}.` : 'It stays on the clipboard until you lock the vault.'}`;
  }
  return (
    <>
      <p className={notice ? (notice.delivered ? 'status-ok vault-notice' : 'status-warn vault-notice') : 'visually-hidden'} role="status">
        {message}
      </p>
      {notice?.delivered && notice.clearsAt && <ClipboardCountdown clearsAt={notice.clearsAt} />}
      {notice?.delivered && !notice.marked && (
        <p className="hint">AllyDesk could not mark it private here, so clipboard history may keep a copy until the clipboard is cleared.</p>
      )}
    </>
  );
}

/** A visible countdown; screen readers heard the clearing time once in the status above, not every second. */
function ClipboardCountdown({ clearsAt }: { clearsAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((clearsAt - now) / 1000));
  return (
    <p className="hint" aria-hidden="true">
      Clipboard clears in {seconds} s
    </p>
  );
}

function EntryCard({ entry }: { entry: EntrySummary }) {
  const { copy, reveal, hide, openPortal, deleteEntry } = useVault.getState();
  const revealed = useVault((s) => (s.revealed?.id === entry.id ? s.revealed.password : null));
  const profileName = useVault((s) => s.status?.unlocked?.name ?? null);
  const logIn = usePortals((s) => s.logIn);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `vault-entry-${entry.id}`;
  const run = async (action: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await action();
    setError(result.ok ? null : result.error!.message);
  };
  const ageDays = Math.max(0, Math.floor((Date.now() - entry.passwordChangedAt) / DAY));
  // The visible text starts the accessible name (WCAG 2.5.3); the entry title tells the buttons apart.
  const named = (text: string) => ({ 'aria-label': `${text} for ${entry.title}` });
  return (
    <li className="card vault-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <dl className="vault-facts">
        <dt>Username</dt>
        <dd className="vault-mono">{entry.username}</dd>
        {entry.kind === 'sftp' && (
          <>
            <dt>Host</dt>
            <dd className="vault-mono">
              {entry.host}:{entry.port}
            </dd>
          </>
        )}
        <dt>Password</dt>
        <dd>
          {revealed !== null ? <span className="vault-mono vault-revealed">{revealed}</span> : <span aria-label="hidden">••••••••</span>}{' '}
          <span className="hint">changed {ageDays === 0 ? 'today' : `${ageDays} days ago`}</span>
        </dd>
        {entry.notes && (
          <>
            <dt>Notes</dt>
            <dd className="vault-notes">{entry.notes}</dd>
          </>
        )}
      </dl>
      {revealed !== null && <p className="hint">Shown for 15 seconds, then hidden again.</p>}
      <div className="vault-actions">
        <button type="button" onClick={() => void run(() => copy(entry.id, 'username'))} {...named('Copy username')}>
          Copy username
        </button>
        <button type="button" onClick={() => void run(() => copy(entry.id, 'password'))} {...named('Copy password')}>
          Copy password
        </button>
        {revealed === null ? (
          <button type="button" className="button-secondary" onClick={() => void run(() => reveal(entry.id))} {...named('Reveal password')}>
            Reveal password
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={hide} {...named('Hide password')}>
            Hide password
          </button>
        )}
        {entry.kind === 'portal' && profileName && (WINDOW_PORTAL_IDS as readonly (string | null)[]).includes(entry.portal) && (
          <button type="button" onClick={() => void run(() => logIn(entry.id))} {...named(`Log in as ${profileName}`)}>
            Log in as {profileName}
          </button>
        )}
        {entry.kind === 'portal' && (
          <button type="button" className="button-secondary" onClick={() => void run(() => openPortal(entry.id))}>
            Open {entry.title} login in your browser
          </button>
        )}
        <button type="button" className="button-quiet" onClick={() => setEditing(true)} {...named('Edit')}>
          Edit
        </button>
        <DeleteEntry entry={entry} onDelete={() => run(() => deleteEntry(entry.id))} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {editing && <EntryForm entry={entry} open={editing} onOpenChange={setEditing} />}
    </li>
  );
}

function DeleteEntry({ entry, onDelete }: { entry: EntrySummary; onDelete(): Promise<void> }) {
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className="button-quiet" aria-label={`Delete ${entry.title}`}>
          Delete
        </button>
      }
      title={`Delete the ${entry.title} login?`}
      description={`The saved username and password for ${entry.title} are removed from your vault.`}
      keepLabel="Keep it"
      confirmLabel="Delete login"
      onConfirm={() => void onDelete()}
    />
  );
}

function DamagedEntry({ id }: { id: string }) {
  const deleteEntry = useVault((s) => s.deleteEntry);
  return (
    <div className="status-bad vault-damaged" role="alert">
      <p>
        One saved login could not be read: it was damaged on disk (entry {id.slice(0, 6)}…). Your other logins are fine. Delete it and add that login again.
      </p>
      <button type="button" className="button-danger" onClick={() => void deleteEntry(id)}>
        Delete the damaged login
      </button>
    </div>
  );
}
