import { useEffect, useState } from 'react';
import type { Output } from '../../shared/ipc';
import { useVault } from '../state/vault';

const EVENT_TEXT: Record<string, string> = {
  'profile-create': 'Profile created',
  unlock: 'Unlocked',
  'unlock-failed': 'Wrong passphrase',
  lock: 'Locked',
  add: 'Login added',
  edit: 'Login edited',
  delete: 'Login deleted',
  copy: 'Copied',
  reveal: 'Password revealed',
  export: 'Backup exported',
  import: 'Imported from a backup',
  'passphrase-change': 'Passphrase changed',
  'autopay-enroll': 'Autopay enrolled',
  'autopay-cancel': 'Autopay cancelled',
};

/** This profile's security events, newest first, and whether the log's hash chain is intact. */
export function ActivityLog() {
  const auditLog = useVault((s) => s.auditLog);
  const entries = useVault((s) => s.entries);
  const [data, setData] = useState<Output<'vault:audit'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void auditLog().then((reply) => (reply.ok ? setData(reply.data) : setError(reply.error.message)));
  }, [auditLog]);
  if (error) return <p className="status-bad" role="alert">{error}</p>;
  if (!data) return <p role="status">Loading the activity log…</p>;
  const { verification } = data;
  const titleOf = (id?: string) => (id ? (entries.find((e) => e.id === id)?.title ?? 'a deleted login') : '');
  return (
    <div>
      {verification.intact ? (
        <p className="status-ok">The activity log is intact ({verification.records} records checked).</p>
      ) : (
        <p className="status-bad" role="alert">
          The activity log was changed outside AllyDesk: record {verification.firstBrokenLine} is the first that does not check out. {verification.reason}
        </p>
      )}
      <table className="vault-table">
        <caption className="visually-hidden">Activity for this profile, newest first</caption>
        <thead>
          <tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Login</th></tr>
        </thead>
        <tbody>
          {data.records.map((r) => (
            <tr key={r.seq}>
              <td>{new Date(r.at).toLocaleString('en-US')}</td>
              <td>{EVENT_TEXT[r.event] ?? r.event}{r.detail?.field ? ` (${r.detail.field})` : ''}</td>
              <td>{titleOf(r.entryId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
