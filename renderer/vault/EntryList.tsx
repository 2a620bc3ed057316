import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../shared/ipc/vault';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { WINDOW_PORTAL_IDS } from '../../shared/content/ids';
import { usePortals } from '../state/portals';
import { useVault } from '../state/vault';
import { EntryForm } from './EntryForm';
import { useT } from '../i18n/store';
import { loginsMessages as m } from './messages';

const DAY = 24 * 3600 * 1000;

/** The unlocked profile's logins: filter, copy, reveal, open the portal, edit, delete. */
export function EntryList() {
  const entries = useVault((s) => s.entries);
  const damaged = useVault((s) => s.damaged);
  const query = useVault((s) => s.query);
  const listEntries = useVault((s) => s.listEntries);
  const [adding, setAdding] = useState(false);
  const t = useT();
  return (
    <div>
      <div className="vault-toolbar">
        <div className="field vault-search">
          <label htmlFor="vault-search">{t(m.find)}</label>
          <input id="vault-search" type="search" value={query} onChange={(e) => void listEntries(e.target.value)} placeholder={t(m.findPlaceholder)} />
        </div>
        <button type="button" onClick={() => setAdding(true)}>
          {t(m.add)}
        </button>
      </div>
      {adding && <EntryForm open={adding} onOpenChange={setAdding} />}
      <CopyNotice />
      {damaged.map((id) => (
        <DamagedEntry key={id} id={id} />
      ))}
      {entries.length === 0 && <p className="muted">{t(query ? m.noMatch : m.none)}</p>}
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
  const t = useT();
  const title = entries.find((e) => e.id === notice?.id)?.title ?? t(m.theLogin);
  let message = '';
  if (notice && !notice.delivered) {
    message = t(m.notCopied, { field: t(m[`field.${notice.field}`]) });
  } else if (notice) {
    const copied = t(notice.field === 'password' ? m.passwordCopied : m.usernameCopied, { title });
    message = `${copied} ${notice.clearsAt ? t(m.clearsAt, { at: notice.clearsAt }) : t(m.staysUntilLock)}`;
  }
  return (
    <>
      <p className={notice ? (notice.delivered ? 'status-ok vault-notice' : 'status-warn vault-notice') : 'visually-hidden'} role="status">
        {message}
      </p>
      {notice?.delivered && notice.clearsAt && <ClipboardCountdown clearsAt={notice.clearsAt} />}
      {notice?.delivered && !notice.marked && <p className="hint">{t(m.notMarked)}</p>}
    </>
  );
}

/** A visible countdown; screen readers heard the clearing time once in the status above, not every second. */
function ClipboardCountdown({ clearsAt }: { clearsAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  const t = useT();
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((clearsAt - now) / 1000));
  return (
    <p className="hint" aria-hidden="true">
      {t(m.clearsIn, { seconds })}
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
  const t = useT();
  const headingId = `vault-entry-${entry.id}`;
  const run = async (action: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await action();
    setError(result.ok ? null : result.error!.message);
  };
  const ageDays = Math.max(0, Math.floor((Date.now() - entry.passwordChangedAt) / DAY));
  // The visible text starts the accessible name (WCAG 2.5.3); the entry title tells the buttons apart.
  const named = (text: string) => ({ 'aria-label': text });
  const title = entry.title;
  return (
    <li className="card vault-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.title}</h3>
      <dl className="vault-facts">
        <dt>{t(m.username)}</dt>
        <dd className="vault-mono">{entry.username}</dd>
        {entry.kind === 'sftp' && (
          <>
            <dt>{t(m.host)}</dt>
            <dd className="vault-mono">
              {entry.host}:{entry.port}
            </dd>
          </>
        )}
        <dt>{t(m.password)}</dt>
        <dd>
          {revealed !== null ? <span className="vault-mono vault-revealed">{revealed}</span> : <span aria-label={t(m.hidden)}>••••••••</span>}{' '}
          <span className="hint">{t(m.changed, { days: ageDays })}</span>
        </dd>
        {entry.notes && (
          <>
            <dt>{t(m.notes)}</dt>
            <dd className="vault-notes">{entry.notes}</dd>
          </>
        )}
      </dl>
      {revealed !== null && <p className="hint">{t(m.shownFor)}</p>}
      <div className="vault-actions">
        <button type="button" onClick={() => void run(() => copy(entry.id, 'username'))} {...named(t(m.copyUsernameFor, { title }))}>
          {t(m.copyUsername)}
        </button>
        <button type="button" onClick={() => void run(() => copy(entry.id, 'password'))} {...named(t(m.copyPasswordFor, { title }))}>
          {t(m.copyPassword)}
        </button>
        {revealed === null ? (
          <button type="button" className="button-secondary" onClick={() => void run(() => reveal(entry.id))} {...named(t(m.revealFor, { title }))}>
            {t(m.reveal)}
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={hide} {...named(t(m.hideFor, { title }))}>
            {t(m.hide)}
          </button>
        )}
        {entry.kind === 'portal' && profileName && (WINDOW_PORTAL_IDS as readonly (string | null)[]).includes(entry.portal) && (
          <button type="button" onClick={() => void run(() => logIn(entry.id))} {...named(t(m.logInAsFor, { name: profileName, title }))}>
            {t(m.logInAs, { name: profileName })}
          </button>
        )}
        {entry.kind === 'portal' && (
          <button type="button" className="button-secondary" onClick={() => void run(() => openPortal(entry.id))}>
            {t(m.openInBrowser, { title })}
          </button>
        )}
        <button type="button" className="button-quiet" onClick={() => setEditing(true)} {...named(t(m.editFor, { title }))}>
          {t(m.edit)}
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
  const t = useT();
  const title = entry.title;
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className="button-quiet" aria-label={t(m.deleteFor, { title })}>
          {t(m.delete)}
        </button>
      }
      title={t(m.deleteTitle, { title })}
      description={t(m.deleteText, { title })}
      keepLabel={t(m.keepIt)}
      confirmLabel={t(m.deleteLogin)}
      onConfirm={() => void onDelete()}
    />
  );
}

function DamagedEntry({ id }: { id: string }) {
  const deleteEntry = useVault((s) => s.deleteEntry);
  const t = useT();
  return (
    <div className="status-bad vault-damaged" role="alert">
      <p>{t(m.damaged, { id: id.slice(0, 6) })}</p>
      <button type="button" className="button-danger" onClick={() => void deleteEntry(id)}>
        {t(m.deleteDamaged)}
      </button>
    </div>
  );
}
