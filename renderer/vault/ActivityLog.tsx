import { useEffect, useState } from 'react';
import type { Output } from '../../shared/ipc';
import { isAuditEvent, type AuditEvent } from '../../shared/ipc/auditEvents';
import { useVault } from '../state/vault';
import { ProblemMessage } from '../ui/Message';
import { transferActivityText } from './transfer/activityText';

const EVENT_TEXT: Record<AuditEvent, string> = {
  'profile-create': 'Profile created',
  'profile-delete': 'Profile deleted',
  unlock: 'Unlocked',
  'unlock-failed': 'Wrong passphrase',
  lock: 'Locked',
  add: 'Login added',
  edit: 'Login edited',
  delete: 'Login deleted',
  copy: 'Copied',
  reveal: 'Password revealed',
  fill: 'Filled into a portal window',
  export: 'Backup exported',
  import: 'Imported from a backup',
  'passphrase-change': 'Passphrase changed',
  'autopay-enroll': 'Autopay enrolled',
  'autopay-cancel': 'Autopay cancelled',
  'audit-restarted': 'Activity log started again',
  'pin-set': 'Quick-unlock PIN set',
  'pin-unlock': 'Unlocked with PIN',
  'pin-unlock-failed': 'Wrong PIN',
  'pin-expired': 'PIN stopped working',
  'pin-removed': 'PIN forgotten',
  'shift-end': 'Shift ended',
  'profile-move-in': 'Moved into the shared folder',
  'profile-move-out': 'Moved out of the shared folder to this computer',
};

/** Why a PIN stopped working or a lock happened, as the activity log's records say it. */
const REASON_TEXT: Record<string, string> = {
  expired: 'its hours were up',
  'too-many-tries': '3 wrong PINs',
  'shift-ended': 'the shift ended',
  policy: 'turned off by IT',
  removed: 'removed by you',
};
const reasonOf = (detail: Record<string, string> | undefined) => (detail?.reason && REASON_TEXT[detail.reason] ? ` (${REASON_TEXT[detail.reason]})` : '');

type SetAsideReason = NonNullable<Output<'vault:audit'>['setAside']>['reason'];
/** Why the earlier log was set aside, as the first half of one sentence. */
const SET_ASIDE_TEXT: Record<SetAsideReason, string> = {
  'key-unreadable': 'AllyDesk could not open the key of the earlier activity log (was it copied from another computer?)',
  'key-missing': 'The key of the earlier activity log was missing',
  'records-removed': 'Records were removed from the end of the earlier activity log',
  'log-emptied': 'The earlier activity log was emptied',
  'log-deleted': 'The earlier activity log was deleted together with its check file (only its key was left)',
  'head-missing': 'The check file of the earlier activity log was deleted',
  'head-mismatch': 'The earlier activity log no longer matched its check file (records were removed or replaced)',
};

/** This profile's security events, newest first, whether the log's keyed chain is intact, and how its key is kept. */
export function ActivityLog() {
  const audit = useVault((s) => s.audit);
  const entries = useVault((s) => s.entries);
  const [data, setData] = useState<Output<'vault:audit'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void audit().then((reply) => (reply.ok ? setData(reply.data) : setError(reply.error.message)));
  }, [audit]);
  if (error) return <ProblemMessage>{error}</ProblemMessage>;
  if (!data) return <p role="status">Loading the activity log…</p>;
  const { verification } = data;
  const titleOf = (id?: string) => (id ? (entries.find((e) => e.id === id)?.title ?? 'a deleted login') : '');
  return (
    <div>
      {verification.intact ? (
        <p className="status-ok">The activity log is intact ({verification.records} records checked).</p>
      ) : (
        <ProblemMessage>
          The activity log was changed outside AllyDesk: record {verification.firstBrokenLine} is the first that does not check out. {verification.reason}
        </ProblemMessage>
      )}
      {data.setAside && (
        <p className="status-warn">
          {SET_ASIDE_TEXT[data.setAside.reason]}, so it kept that log in the data folder as {data.setAside.file} and started a new one.
        </p>
      )}
      <p className="hint">
        {data.keyProtection === 'os'
          ? "The log's key is protected by this computer's key store, so the log cannot be rewritten without it."
          : "The log's key is kept in a file next to the log: this check shows accidental damage, not deliberate rewriting."}
      </p>
      <table className="vault-table">
        <caption className="visually-hidden">Activity for this profile, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Login</th>
          </tr>
        </thead>
        <tbody>
          {data.records.map((r) => (
            <tr key={r.seq}>
              <td>{new Date(r.at).toLocaleString('en-US')}</td>
              <td>
                {transferActivityText(r) ?? (isAuditEvent(r.event) ? EVENT_TEXT[r.event] : r.event)}
                {r.detail?.field ? ` (${r.detail.field})` : ''}
                {r.event.startsWith('pin-') ? reasonOf(r.detail) : ''}
              </td>
              <td>{titleOf(r.entryId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
