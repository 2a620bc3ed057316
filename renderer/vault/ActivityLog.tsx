import { useEffect, useState } from 'react';
import type { Output } from '../../shared/ipc';
import { isAuditEvent } from '../../shared/ipc/auditEvents';
import { useLocale, useT } from '../i18n/store';
import { useVault } from '../state/vault';
import { ProblemMessage } from '../ui/Message';
import { activityMessages as m } from './activityMessages';
import { transferActivityText } from './transfer/activityText';

type AuditReply = Output<'vault:audit'>;
type ActivityRecord = AuditReply['records'][number];
type Pc = AuditReply['activity']['pcs'][number];

const REASONS = ['expired', 'too-many-tries', 'shift-ended', 'policy', 'removed'] as const;
const isReason = (value: string | undefined): value is (typeof REASONS)[number] => (REASONS as readonly string[]).includes(value ?? '');

/**
 * This profile's security events, newest first, whether the log's keyed chain is intact, and how its
 * key is kept. A shared profile's events from every PC are merged in time (main does that), each row
 * naming the computer it happened at; another PC's activity file that was cut, changed or deleted is
 * said so above the list.
 */
export function ActivityLog() {
  const audit = useVault((s) => s.audit);
  const entries = useVault((s) => s.entries);
  const t = useT();
  const locale = useLocale();
  const [data, setData] = useState<AuditReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void audit().then((reply) => (reply.ok ? setData(reply.data) : setError(reply.error.message)));
  }, [audit]);
  if (error) return <ProblemMessage>{error}</ProblemMessage>;
  if (!data) return <p role="status">{t(m.loading)}</p>;
  const { verification, activity } = data;
  const manyPcs = activity.source !== 'none' || activity.pcs.length > 1;
  const titleOf = (id?: string) => (id ? (entries.find((e) => e.id === id)?.title ?? t(m.deletedLogin)) : '');
  const whatOf = (r: ActivityRecord) => {
    let what = transferActivityText(r) ?? (isAuditEvent(r.event) ? t(m[`event.${r.event}`]) : r.event);
    if (r.detail?.field) what = t(m.withField, { what, field: r.detail.field });
    if (r.event.startsWith('pin-') && isReason(r.detail?.reason)) what = t(m.withReason, { what, reason: t(m[`reason.${r.detail.reason}`]) });
    return what;
  };
  const pcOf = (r: ActivityRecord) => (r.thisPc ? t(m.thisComputer, { name: r.pcName ?? '' }) : (r.pcName ?? ''));
  return (
    <div>
      {verification.intact ? (
        <p className="status-ok">{t(m.intact, { count: verification.records })}</p>
      ) : (
        <ProblemMessage>{t(m.broken, { line: verification.firstBrokenLine, reason: verification.reason })}</ProblemMessage>
      )}
      {data.setAside && <p className="status-warn">{t(m.setAside, { why: t(m[`setAside.${data.setAside.reason}`]), file: data.setAside.file })}</p>}
      <p className="hint">{data.keyProtection === 'os' ? t(m.keyOs) : t(m.keyFile)}</p>
      <SharedActivityNotes activity={activity} />
      <table className="vault-table">
        <caption className="visually-hidden">{manyPcs ? t(m.captionShared) : t(m.caption)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(m.when)}</th>
            {manyPcs && <th scope="col">{t(m.computer)}</th>}
            <th scope="col">{t(m.what)}</th>
            <th scope="col">{t(m.login)}</th>
          </tr>
        </thead>
        <tbody>
          {data.records.map((r) => (
            <tr key={`${r.pcId ?? ''}-${r.seq}`}>
              <td>{new Date(r.at).toLocaleString(locale)}</td>
              {manyPcs && <td>{pcOf(r)}</td>}
              <td>{whatOf(r)}</td>
              <td>{titleOf(r.entryId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a shared profile's other PCs' records came from, and any PC's activity file that no longer checks out. */
function SharedActivityNotes({ activity }: { activity: AuditReply['activity'] }) {
  const t = useT();
  if (activity.source === 'none') return null;
  const problemOf = (pc: Pc) =>
    pc.state === 'changed'
      ? t(m.pcChanged, { name: pc.pcName, line: pc.firstBrokenLine ?? 1 })
      : pc.state === 'cut'
        ? t(m.pcCut, { name: pc.pcName })
        : pc.state === 'deleted'
          ? t(m.pcDeleted, { name: pc.pcName })
          : null;
  const problems = activity.pcs.filter((pc) => !pc.thisPc && pc.state !== 'intact');
  return (
    <>
      {activity.source === 'shared' && <p className="hint">{t(m.sharedFrom, { count: activity.pcs.filter((pc) => pc.state !== 'deleted').length })}</p>}
      {activity.source === 'unreachable' && <p className="status-warn">{t(m.sharedUnreachable)}</p>}
      {activity.source === 'kept' && <p className="hint">{t(m.sharedKept)}</p>}
      {problems.map((pc) => (
        <ProblemMessage key={pc.pcId}>{problemOf(pc)}</ProblemMessage>
      ))}
      {activity.rewritten && <p className="status-warn">{t(m.ownRewritten, { state: activity.rewritten.state, kept: activity.rewritten.keptAs ?? 'none' })}</p>}
    </>
  );
}
