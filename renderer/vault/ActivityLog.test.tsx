import { render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activate } from '../i18n/store';
import type { Output } from '../../shared/ipc';
import { setBridge } from '../bridge';
import { useVault } from '../state/vault';
import { ActivityLog } from './ActivityLog';

type AuditReply = Output<'vault:audit'>;
const records: AuditReply['records'] = [{ seq: 2, at: '2026-11-23T09:01:00.000Z', profileId: 'profile-0001', event: 'unlock' }];

const ONE_PC: AuditReply['activity'] = { source: 'none', pcs: [], rewritten: null };

function replyWith(input: Omit<AuditReply, 'activity'> & { activity?: AuditReply['activity'] }) {
  const data: AuditReply = { activity: ONE_PC, ...input };
  setBridge({
    invoke: (async (channel: string) =>
      channel === 'vault:audit' ? { ok: true, data } : { ok: false, error: { code: 'unknown_channel', message: 'no' } }) as never,
    on: (() => () => undefined) as never,
  });
}

beforeAll(() => activate('en-US'));
beforeEach(() => useVault.setState({ entries: [] }));

describe('ActivityLog', () => {
  it("says the log's key is protected by the computer's key store", async () => {
    replyWith({ records, verification: { intact: true, records: 2 }, keyProtection: 'os', setAside: null });
    render(<ActivityLog />);
    expect(await screen.findByText('The activity log is intact (2 records checked).')).toBeTruthy();
    expect(screen.getByText(/key is protected by this computer's key store/)).toBeTruthy();
    expect(screen.queryByText(/kept that log/)).toBeNull();
    expect(screen.getByRole('cell', { name: 'Unlocked' })).toBeTruthy();
  });

  it('is honest when the key sits in a file, and names the kept earlier log after a restart', async () => {
    const file = 'audit.set-aside-2026-11-23T09-00-00-000Z.jsonl';
    replyWith({
      records,
      verification: { intact: true, records: 2 },
      keyProtection: 'none',
      setAside: { file, reason: 'key-unreadable', at: '2026-11-23T09:00:00.000Z' },
    });
    render(<ActivityLog />);
    expect(await screen.findByText(/shows accidental damage, not deliberate rewriting/)).toBeTruthy();
    expect(
      screen.getByText(
        `AllyDesk could not open the key of the earlier activity log (was it copied from another computer?), so it kept that log in the data folder as ${file} and started a new one.`,
      ),
    ).toBeTruthy();
  });

  it('names what happened to a log cut at the end, and where it was kept', async () => {
    const file = 'audit.set-aside-2026-11-23T09-00-00-000Z.jsonl';
    replyWith({
      records,
      verification: { intact: true, records: 2 },
      keyProtection: 'os',
      setAside: { file, reason: 'records-removed', at: '2026-11-23T09:00:00.000Z' },
    });
    render(<ActivityLog />);
    expect(
      await screen.findByText(
        `Records were removed from the end of the earlier activity log, so it kept that log in the data folder as ${file} and started a new one.`,
      ),
    ).toBeTruthy();
  });

  it('has no computer column for a profile used at this computer only', async () => {
    replyWith({ records, verification: { intact: true, records: 2 }, keyProtection: 'os', setAside: null });
    render(<ActivityLog />);
    await screen.findByRole('cell', { name: 'Unlocked' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['When', 'What', 'Login']);
  });
});

describe('ActivityLog of a profile in the shared folder', () => {
  const pc = (pcId: string, pcName: string, thisPc: boolean) => ({ pcId, pcName, thisPc });
  const desk1 = pc('pcA00000aaaa', 'FRONT-DESK-1', true);
  const desk2 = pc('pcB00000bbbb', 'FRONT-DESK-2', false);
  const merged: AuditReply['records'] = [
    { seq: 2, at: '2026-11-23T09:03:00.000Z', profileId: 'p', event: 'reveal', entryId: 'e1', ...desk2 },
    { seq: 2, at: '2026-11-23T09:02:00.000Z', profileId: 'p', event: 'copy', entryId: 'e1', detail: { field: 'password' }, ...desk1 },
    { seq: 1, at: '2026-11-23T09:01:00.000Z', profileId: 'p', event: 'unlock', ...desk2 },
    { seq: 1, at: '2026-11-23T09:00:00.000Z', profileId: 'p', event: 'unlock', ...desk1 },
  ];
  const intactPcs = [
    { ...desk1, state: 'intact' as const, records: 2 },
    { ...desk2, state: 'intact' as const, records: 2 },
  ];

  it('lists both computers’ records in the order main merged them, each naming its computer', async () => {
    useVault.setState({ entries: [{ id: 'e1', title: 'Practice Mate' } as never] });
    replyWith({
      records: merged,
      verification: { intact: true, records: 2 },
      keyProtection: 'os',
      setAside: null,
      activity: { source: 'shared', pcs: intactPcs, rewritten: null },
    });
    render(<ActivityLog />);
    expect(await screen.findByText(/its activity at 2 computers is shown together/)).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['When', 'Computer', 'What', 'Login']);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent))).toEqual([
      ['FRONT-DESK-2', 'Password revealed', 'Practice Mate'],
      ['FRONT-DESK-1 (this computer)', 'Copied (password)', 'Practice Mate'],
      ['FRONT-DESK-2', 'Unlocked', ''],
      ['FRONT-DESK-1 (this computer)', 'Unlocked', ''],
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says which computer’s file was cut, changed or deleted, and when this computer wrote its own again', async () => {
    replyWith({
      records: merged,
      verification: { intact: true, records: 2 },
      keyProtection: 'os',
      setAside: null,
      activity: {
        source: 'shared',
        pcs: [
          { ...desk1, state: 'intact', records: 2 },
          { ...desk2, state: 'cut', records: 1 },
          { ...pc('pcC00000cccc', 'BACK-OFFICE', false), state: 'changed', records: 3, firstBrokenLine: 2 },
          { ...pc('pcD00000dddd', 'FRONT-DESK-3', false), state: 'deleted', records: 0 },
        ],
        rewritten: { state: 'deleted', keptAs: null, at: '2026-11-23T09:05:00.000Z' },
      },
    });
    render(<ActivityLog />);
    expect(await screen.findByText("FRONT-DESK-2's activity file in the shared folder was cut short: records were removed from its end.")).toBeTruthy();
    expect(
      screen.getByText("BACK-OFFICE's activity file in the shared folder was changed outside AllyDesk: record 2 is the first that does not check out."),
    ).toBeTruthy();
    expect(screen.getByText("FRONT-DESK-3's activity file was deleted from the shared folder.")).toBeTruthy();
    expect(
      screen.getByText("This computer's activity file in the shared folder was deleted, so AllyDesk wrote it again from this computer's own log."),
    ).toBeTruthy();
    expect(screen.getByText(/its activity at 3 computers/)).toBeTruthy();
  });

  it('says so while the shared folder is out of reach, and names a kept copy of this computer’s own old file', async () => {
    replyWith({
      records: merged.filter((r) => r.thisPc),
      verification: { intact: true, records: 2 },
      keyProtection: 'os',
      setAside: null,
      activity: {
        source: 'unreachable',
        pcs: [{ ...desk1, state: 'intact', records: 2 }],
        rewritten: { state: 'cut', keptAs: 'act.set-aside.jsonl', at: 'x' },
      },
    });
    render(<ActivityLog />);
    expect(await screen.findByText(/only this computer's records are shown/)).toBeTruthy();
    expect(
      screen.getByText(/was cut short, so AllyDesk wrote it again from this computer's own log and kept the old one as act.set-aside.jsonl\./),
    ).toBeTruthy();
    expect(screen.getAllByRole('cell', { name: 'FRONT-DESK-1 (this computer)' })).toHaveLength(2);
  });

  it('is in Spanish when Spanish is chosen', async () => {
    await activate('es-US');
    try {
      replyWith({
        records: merged,
        verification: { intact: true, records: 2 },
        keyProtection: 'os',
        setAside: null,
        activity: { source: 'shared', pcs: intactPcs, rewritten: null },
      });
      render(<ActivityLog />);
      expect(await screen.findByRole('columnheader', { name: 'Computadora' })).toBeTruthy();
      expect(screen.getAllByRole('cell', { name: 'FRONT-DESK-1 (esta computadora)' })).toHaveLength(2);
      expect(screen.getByRole('cell', { name: 'Contraseña mostrada' })).toBeTruthy();
    } finally {
      await activate('en-US');
    }
  });
});
