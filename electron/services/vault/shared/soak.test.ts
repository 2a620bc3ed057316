import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../clock';
import { parseProfileFile } from '../profileFile';
import { practiceMate, vaultKits } from '../testKit';

/**
 * Three PCs save into one shared profile at the same time, SAVES times each (default 40 so the
 * suite stays quick; ALLYDESK_SOAK_SAVES=200 for the full soak). Every change must be
 * present at every PC afterwards and every file in the folders readable.
 */
const SAVES = Number(process.env.ALLYDESK_SOAK_SAVES ?? 40);
const PASS = 'lantern orchard velvet 42';
const dirs: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `allydesk-soak-${name}-`));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const kit = vaultKits(afterEach);

describe(`soak: three PCs, ${SAVES} saves each, one shared profile`, () => {
  it('ends with every change present at every PC and every file readable', async () => {
    const folder = temp('share');
    const T0 = Date.parse('2026-12-07T09:00:00Z');
    const pcs = ['a', 'b', 'c'].map((id, i) =>
      kit({ dataDir: temp(id), clock: new AdjustableClock(() => T0 + (i - 1) * 10 * 60_000), shared: { folder: () => folder, pc: () => ({ id, name: id }) } }),
    );
    const id = (await pcs[0]!.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await Promise.all(pcs.slice(1).map((p) => p.vault.unlock(id, PASS)));
    // Each PC adds its own entries and edits one entry all three share, interleaved with polls.
    const common = pcs[0]!.vault.saveEntry({ fields: practiceMate('common'), password: 'Common-pw-1!', keepHiddenCharacters: false }).id;
    await pcs[0]!.vault.sharedSettled();
    await Promise.all(pcs.map((p) => p.vault.syncShared()));
    await Promise.all(
      pcs.map(async (p, n) => {
        for (let i = 0; i < SAVES; i++) {
          if (i % 5 === 4) p.vault.saveEntry({ id: common, fields: practiceMate(`common-${n}-${i}`), password: '', keepHiddenCharacters: false });
          else p.vault.saveEntry({ fields: practiceMate(`pc${n}-save${i}`), password: `Pw-${n}-${i}-x!`, keepHiddenCharacters: false });
          await p.vault.sharedSettled();
          if (i % 3 === 0) await p.vault.syncShared();
        }
      }),
    );
    for (const p of pcs) await p.vault.syncShared();
    for (const p of pcs) await p.vault.syncShared();
    const expected = pcs.flatMap((_, n) =>
      Array.from({ length: SAVES }, (_, i) => i)
        .filter((i) => i % 5 !== 4)
        .map((i) => `pc${n}-save${i}`),
    );
    const lists = pcs.map((p) => p.vault.listEntries('').entries.map((e) => e.username));
    for (const list of lists) {
      expect(list.filter((u) => !u.startsWith('common')).sort()).toEqual([...expected].sort());
      expect(list.filter((u) => u.startsWith('common'))).toHaveLength(1);
    }
    expect(new Set(lists.map((l) => l.find((u) => u.startsWith('common'))))).toHaveProperty('size', 1);
    for (const dir of [folder, ...pcs.map((p) => p.dataDir)]) {
      for (const name of readdirSync(dir).filter((n) => /^vault-profile-[^.]*\.json$/.test(n))) {
        expect(parseProfileFile(JSON.parse(readFileSync(join(dir, name), 'utf8'))).success, `${dir}/${name}`).toBe(true);
      }
      // Each PC's activity file beside the profile: every line a record.
      for (const name of readdirSync(dir).filter((n) => /\.activity-.*\.jsonl$/.test(n))) {
        for (const line of readFileSync(join(dir, name), 'utf8').trimEnd().split('\n')) expect(JSON.parse(line)).toHaveProperty('hash');
      }
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
    }
  }, 600_000);
});
