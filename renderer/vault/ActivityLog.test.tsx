import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../shared/ipc';
import { setBridge } from '../bridge';
import { useVault } from '../state/vault';
import { ActivityLog } from './ActivityLog';

type AuditReply = Output<'vault:audit'>;
const records: AuditReply['records'] = [{ seq: 2, at: '2026-11-23T09:01:00.000Z', profileId: 'profile-0001', event: 'unlock' }];

function replyWith(data: AuditReply) {
  setBridge({
    invoke: (async (channel: string) =>
      channel === 'vault:audit' ? { ok: true, data } : { ok: false, error: { code: 'unknown_channel', message: 'no' } }) as never,
    on: (() => () => undefined) as never,
  });
}

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
});
