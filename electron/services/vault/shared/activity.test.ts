import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../clock';
import { practiceMate, vaultKits } from '../testKit';

const PASS = 'lantern orchard velvet 42';
const dirs: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `allydesk-${name}-`));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const kit = vaultKits(afterEach);
const T0 = Date.parse('2026-12-07T09:00:00Z');

/** Two front-desk PCs with their own data folders (and audit logs) and one shared folder, as the app wires them. */
function practice() {
  const folder = temp('share');
  const pc = (id: string, offset: number) =>
    kit({
      dataDir: temp(id),
      clock: new AdjustableClock(() => T0 + offset),
      shared: { folder: () => folder, pc: () => ({ id, name: `FRONT-${id.slice(0, 1).toUpperCase()}` }) },
    });
  return { folder, a: pc('aaaaaaaa', 0), b: pc('bbbbbbbb', 30_000) };
}
const rows = (records: { pcName?: string; thisPc?: boolean; event: string }[]) => records.map((r) => `${r.pcName}${r.thisPc ? ' (this PC)' : ''}: ${r.event}`);

describe('the Activity view of a shared profile (vault service wired with the shared activity)', () => {
  it('shows both PCs’ records merged in time, each naming its PC, once the other PC has polled', async () => {
    const { folder, a, b } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await b.vault.unlock(id, PASS);
    const saved = b.vault.saveEntry({ fields: practiceMate('ann.at.b'), password: 'Pw-from-B-1!', keepHiddenCharacters: false });
    await b.vault.sharedSettled();
    b.clock.advance(60_000);
    await b.vault.reveal(saved.id);
    await b.audit.settled();
    await b.vault.syncShared(); // the poll carries PC B's records into its file in the shared folder
    expect(
      readdirSync(folder)
        .filter((name) => name.includes('.activity-'))
        .sort(),
    ).toEqual([`vault-profile-${id}.activity-bbbbbbbb.head.json`, `vault-profile-${id}.activity-bbbbbbbb.jsonl`]);

    const view = await a.vault.audit();
    expect(view.activity.source).toBe('shared');
    expect(view.activity.pcs.map((pc) => [pc.pcName, pc.state])).toEqual([
      ['FRONT-A', 'intact'],
      ['FRONT-B', 'intact'],
    ]);
    expect(rows(view.records)).toEqual(['FRONT-B: reveal', 'FRONT-B: add', 'FRONT-B: unlock', 'FRONT-A (this PC): profile-create']);
    // Looking also carried PC A's own records, so PC B sees them too.
    expect(rows((await b.vault.audit()).records)).toContain('FRONT-A: profile-create');
    expect(JSON.stringify(view)).not.toContain('Pw-from-B-1!');
  });

  it('notices another PC’s file cut short or deleted', async () => {
    const { folder, a, b } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await b.vault.unlock(id, PASS);
    await b.vault.lock();
    await b.audit.settled();
    await b.vault.syncShared();
    expect((await a.vault.audit()).activity.pcs.find((pc) => pc.pcName === 'FRONT-B')).toMatchObject({ state: 'intact', records: 2 });

    const log = join(folder, `vault-profile-${id}.activity-bbbbbbbb.jsonl`);
    writeFileSync(log, '');
    expect((await a.vault.audit()).activity.pcs.find((pc) => pc.pcName === 'FRONT-B')).toMatchObject({ state: 'cut' });
    rmSync(log);
    expect((await a.vault.audit()).activity.pcs.find((pc) => pc.pcName === 'FRONT-B')).toMatchObject({ state: 'deleted' });
  });

  it('keeps the other PCs’ records in the view when the profile moves out to this computer', async () => {
    const { a, b } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await b.vault.unlock(id, PASS);
    await b.audit.settled();
    await b.vault.syncShared();
    a.clock.advance(2 * 60_000);
    await a.vault.moveToThisComputer();
    const view = await a.vault.audit();
    expect(view.activity.source).toBe('kept');
    expect(rows(view.records)).toContain('FRONT-B: unlock');
    expect(rows(view.records)[0]).toBe('FRONT-A (this PC): profile-move-out');
  });
});
