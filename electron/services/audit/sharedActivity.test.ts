import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NoSeal } from '../../adapters/node';
import { AdjustableClock } from '../clock';
import { newDataKey } from '../vault/crypto';
import type { AuditEvent } from '../../../shared/ipc/auditEvents';
import { createAuditLog } from './service';
import { activityPaths, createSharedActivity, mergeInTime, type MergedRecord } from './sharedActivity';

const dirs: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `allydesk-${name}-`));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PROFILE = 'ann0000000000000';
const T0 = Date.parse('2026-12-07T09:00:00Z');

/** Two front-desk PCs (own data folder, own audit log, own id) and one folder standing in for the share. */
function practice() {
  const share = temp('share');
  const dataKey = newDataKey();
  const pc = (id: string, name: string, offset: number) => {
    const dataDir = temp(id);
    const clock = new AdjustableClock(() => T0 + offset);
    const log = createAuditLog({ dataDir, clock, seal: new NoSeal() });
    const activity = createSharedActivity({ dataDir, now: () => clock.now(), pc: () => ({ id, name }), local: log });
    activity.remember(PROFILE, dataKey);
    const record = async (...events: AuditEvent[]) => {
      for (const event of events) {
        log.record({ event, profileId: PROFILE, entryId: 'e1' });
        clock.advance(60_000);
      }
      await log.settled();
    };
    const view = () => activity.view(PROFILE, dataKey, { folder: share, shared: true });
    return { id, dataDir, clock, log, activity, record, view, carry: () => activity.carry(PROFILE, share) };
  };
  return { share, dataKey, a: pc('pcA00000aaaa', 'FRONT-DESK-1', 0), b: pc('pcB00000bbbb', 'FRONT-DESK-2', 30_000) };
}
const rows = (records: MergedRecord[]) => records.map((r) => `${r.pcName}${r.thisPc ? ' (this PC)' : ''}: ${r.event}`);
const linesOf = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n');

describe('a shared profile’s activity, one file per PC in the shared folder', () => {
  it('keeps one chained file per PC and merges both PCs’ records in time, naming the PC', async () => {
    const { share, a, b } = practice();
    await a.record('unlock', 'copy');
    await b.record('unlock', 'reveal');
    expect(await a.carry()).toBe('carried');
    expect(await b.carry()).toBe('carried');
    expect(readdirSync(share).sort()).toEqual([
      `vault-profile-${PROFILE}.activity-${a.id}.head.json`,
      `vault-profile-${PROFILE}.activity-${a.id}.jsonl`,
      `vault-profile-${PROFILE}.activity-${b.id}.head.json`,
      `vault-profile-${PROFILE}.activity-${b.id}.jsonl`,
    ]);
    // The PC's name is recorded inside its file; no secret is in it, only events and ids.
    const line = JSON.parse(linesOf(activityPaths(share, PROFILE, b.id).log)[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ pcName: 'FRONT-DESK-2', event: 'unlock', entryId: 'e1' });

    const view = await a.view();
    expect(view.source).toBe('shared');
    expect(rows(view.records)).toEqual([
      'FRONT-DESK-2: reveal', // 09:01:30
      'FRONT-DESK-1 (this PC): copy', // 09:01:00
      'FRONT-DESK-2: unlock', // 09:00:30
      'FRONT-DESK-1 (this PC): unlock', // 09:00:00
    ]);
    expect(view.pcs.map((p) => [p.pcName, p.state, p.records])).toEqual([
      ['FRONT-DESK-1', 'intact', 2],
      ['FRONT-DESK-2', 'intact', 2],
    ]);
    expect(rows((await b.view()).records)[0]).toBe('FRONT-DESK-2 (this PC): reveal');
  });

  it('carries what was recorded while the share was out of reach once it is back: nothing lost, nothing twice', async () => {
    const { share, a, b } = practice();
    await a.record('unlock');
    await a.carry();
    const away = `${share}-away`;
    renameSync(share, away); // the share drops out
    await a.record('copy', 'lock', 'unlock-failed');
    expect(await a.carry()).toBe('offline');
    expect((await b.view()).source).toBe('unreachable');
    renameSync(away, share); // and is back
    expect(await a.carry()).toBe('carried');
    expect(await a.carry()).toBe('carried');
    const events = linesOf(activityPaths(share, PROFILE, a.id).log).map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events).toEqual(['unlock', 'copy', 'lock', 'unlock-failed']);
    const atB = await b.view();
    expect(atB.pcs.find((p) => p.pcId === a.id)).toMatchObject({ state: 'intact', records: 4 });
    expect(rows(atB.records)).toEqual(['FRONT-DESK-1: unlock-failed', 'FRONT-DESK-1: lock', 'FRONT-DESK-1: copy', 'FRONT-DESK-1: unlock']);
  });

  it('brings the records made before the profile was shared (moving in) as this PC’s file', async () => {
    const { share, a } = practice();
    await a.record('profile-create', 'add', 'profile-move-in');
    await a.carry();
    expect(linesOf(activityPaths(share, PROFILE, a.id).log)).toHaveLength(3);
  });

  it('notices another PC’s file cut short, with a tampered record, or deleted, and still shows the others', async () => {
    const { share, a, b } = practice();
    await a.record('unlock');
    await b.record('unlock', 'copy', 'reveal');
    await a.carry();
    await b.carry();
    const seen = await a.view();
    expect(seen.pcs.map((p) => p.state)).toEqual(['intact', 'intact']);

    // Cut: the last two lines removed (the head cannot be rewritten without the key; the count seen before also tells).
    const bLog = activityPaths(share, PROFILE, b.id).log;
    writeFileSync(bLog, `${linesOf(bLog)[0]}\n`);
    let view = await a.view();
    expect(view.pcs.find((p) => p.pcId === b.id)).toMatchObject({ pcName: 'FRONT-DESK-2', state: 'cut' });
    expect(view.records.filter((r) => r.thisPc)).toHaveLength(1);

    // Tampered: one record's event edited.
    await b.carry(); // PC B notices its own file was cut and writes it again from its own log
    expect(linesOf(bLog)).toHaveLength(3);
    const lines = linesOf(bLog);
    lines[1] = lines[1]!.replace('"copy"', '"lock"');
    writeFileSync(bLog, `${lines.join('\n')}\n`);
    view = await a.view();
    expect(view.pcs.find((p) => p.pcId === b.id)).toMatchObject({ state: 'changed', firstBrokenLine: 2 });

    // Deleted: both of PC B's files gone.
    rmSync(bLog);
    rmSync(activityPaths(share, PROFILE, b.id).head);
    view = await a.view();
    expect(view.pcs.find((p) => p.pcId === b.id)).toMatchObject({ pcName: 'FRONT-DESK-2', state: 'deleted' });
    expect(rows(view.records)).toEqual(['FRONT-DESK-1 (this PC): unlock']);
  });

  it('a forged file (rewritten without the passphrase) does not check out', async () => {
    const { share, a, b } = practice();
    await b.record('unlock');
    await b.carry();
    const bLog = activityPaths(share, PROFILE, b.id).log;
    const line = JSON.parse(linesOf(bLog)[0]!) as Record<string, unknown>;
    writeFileSync(bLog, `${JSON.stringify({ ...line, event: 'lock', hash: 'f'.repeat(64) })}\n`);
    expect((await a.view()).pcs.find((p) => p.pcId === b.id)).toMatchObject({ state: 'changed', firstBrokenLine: 1 });
  });

  it('writes this PC’s own file again from its own log when it was deleted, and says so', async () => {
    const { share, a } = practice();
    await a.record('unlock', 'copy');
    await a.carry();
    rmSync(activityPaths(share, PROFILE, a.id).log);
    await a.record('lock');
    await a.carry();
    expect(linesOf(activityPaths(share, PROFILE, a.id).log)).toHaveLength(3);
    expect((await a.view()).rewritten).toMatchObject({ state: 'deleted', keptAs: null });
  });

  it('a head the share dropped out before is written with the next carry, without a warning', async () => {
    const { share, a, b } = practice();
    await a.record('unlock');
    await a.carry();
    rmSync(activityPaths(share, PROFILE, a.id).head);
    expect((await b.view()).pcs.find((p) => p.pcId === a.id)?.state).toBe('cut');
    await a.record('copy');
    await a.carry();
    expect((await b.view()).pcs.find((p) => p.pcId === a.id)).toMatchObject({ state: 'intact', records: 2 });
    expect((await a.view()).rewritten).toBeNull();
  });

  it('keeps the other PCs’ activity when the profile moves out of the shared folder', async () => {
    const { share, dataKey, a, b } = practice();
    await b.record('unlock', 'copy');
    await b.carry();
    a.activity.keepOnMoveOut(PROFILE, share);
    rmSync(share, { recursive: true });
    const view = await a.activity.view(PROFILE, dataKey, { folder: null, shared: false });
    expect(view.source).toBe('kept');
    expect(rows(view.records)).toEqual(['FRONT-DESK-2: copy', 'FRONT-DESK-2: unlock']);
    expect(existsSync(join(a.dataDir, 'shared-activity'))).toBe(true);
  });
});

describe('merging PCs’ records in time', () => {
  const rec = (pcId: string, seq: number, at: string): MergedRecord => ({ seq, at, profileId: PROFILE, event: 'copy', pcId, pcName: pcId, thisPc: false });
  it('keeps each PC’s own order even when its clock was set back, and breaks ties by PC id', () => {
    const merged = mergeInTime([
      [rec('b', 1, '2026-12-07T09:05:00.000Z'), rec('b', 2, '2026-12-07T09:01:00.000Z')], // B's clock set back between its records
      [rec('a', 1, '2026-12-07T09:03:00.000Z'), rec('a', 2, '2026-12-07T09:05:00.000Z')],
    ]);
    // B's records stay newest-first by its own sequence (b2 before b1), though b1 says 09:05.
    expect(merged.map((r) => `${r.pcId}${r.seq}`)).toEqual(['a2', 'a1', 'b2', 'b1']);
    const tie = mergeInTime([[rec('b', 1, '2026-12-07T09:00:00.000Z')], [rec('a', 1, '2026-12-07T09:00:00.000Z')]]);
    expect(tie.map((r) => r.pcId)).toEqual(['a', 'b']);
  });
});
