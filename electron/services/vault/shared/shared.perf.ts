import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CURRENT_KDF } from '../crypto';
import { makeVault, practiceMate } from '../testKit';

const PASS = 'lantern orchard velvet 42';
type Row = { name: string; value: number; unit: string; budget: number; pass: boolean };

/**
 * `npm run bench`, the two shared-folder rows:
 * - unlocking a profile from the shared folder beside the same unlock from the local folder
 *   (≤ 1.1×: scrypt dominates; the shared unlock adds reading the shared copy and writing the local one);
 * - a save that merges another PC's change into a 1,000-entry profile beside a plain local save
 *   (≤ 1.5×): the merge reuses the unlocked key, moves boxes without re-encrypting them, decrypts
 *   only the entry the other PC changed, and is skipped when the file is as we last read it.
 */
export default async function measure(): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), 'allydesk-bench-share-'));
  const pc = (id: string, withFolder: boolean, kdf = CURRENT_KDF) =>
    makeVault({ kdf, shared: withFolder ? { folder: () => folder, pc: () => ({ id, name: id }) } : undefined });
  const kits = [pc('local', false), pc('a', true), pc('b', true)];
  const [local, a, b] = kits as [ReturnType<typeof pc>, ReturnType<typeof pc>, ReturnType<typeof pc>];
  try {
    // Unlock: the same 50-entry profile, once local, once shared.
    const localId = (await local.vault.createProfile('Bench local', PASS)).unlocked!.profileId;
    const sharedId = (await a.vault.createProfile('Bench shared', PASS)).unlocked!.profileId;
    for (let i = 0; i < 50; i++) {
      local.vault.saveEntry({ fields: practiceMate(`user${i}`), password: `Bench-pass-${i}!`, keepHiddenCharacters: false });
      a.vault.saveEntry({ fields: practiceMate(`user${i}`), password: `Bench-pass-${i}!`, keepHiddenCharacters: false });
    }
    await a.vault.sharedSettled();
    await Promise.all([local.vault.lock(), a.vault.lock()]);
    const unlockLocal: number[] = [];
    const unlockShared: number[] = [];
    for (let round = 0; round < 8; round++) {
      let t = performance.now();
      await local.vault.unlock(localId, PASS);
      unlockLocal.push(performance.now() - t);
      t = performance.now();
      await b.vault.unlock(sharedId, PASS);
      unlockShared.push(performance.now() - t);
      await Promise.all([local.vault.lock(), b.vault.lock()]);
    }
    const unlockRatio = Math.min(...unlockShared) / Math.min(...unlockLocal);

    // Save: 1,000 entries in each profile.
    await local.vault.unlock(localId, PASS);
    await a.vault.unlock(sharedId, PASS);
    const localIds: string[] = [];
    const sharedIds: string[] = [];
    for (let i = 50; i < 1000; i++) {
      localIds.push(local.vault.saveEntry({ fields: practiceMate(`user${i}`), password: `Bench-pass-${i}!`, keepHiddenCharacters: false }).id);
      sharedIds.push(a.vault.saveEntry({ fields: practiceMate(`user${i}`), password: `Bench-pass-${i}!`, keepHiddenCharacters: false }).id);
    }
    await a.vault.sharedSettled();
    await b.vault.unlock(sharedId, PASS);
    const plain: number[] = [];
    const merged: number[] = [];
    for (let round = 0; round < 21; round++) {
      let t = performance.now();
      local.vault.saveEntry({ id: localIds[round]!, fields: practiceMate(`edited${round}`), password: '', keepHiddenCharacters: false });
      plain.push(performance.now() - t);
      // Another PC saved a change since A last read the file: A's save must merge it.
      b.vault.saveEntry({ id: sharedIds[500 + round]!, fields: practiceMate(`at-b${round}`), password: '', keepHiddenCharacters: false });
      await b.vault.sharedSettled();
      t = performance.now();
      a.vault.saveEntry({ id: sharedIds[round]!, fields: practiceMate(`edited${round}`), password: '', keepHiddenCharacters: false });
      await a.vault.sharedSettled();
      merged.push(performance.now() - t);
    }
    const check = a.vault.listEntries('at-b20').entries.length;
    if (check !== 1) throw new Error('the merged save lost the other PC’s change');
    const saveRatio = median(merged) / median(plain);
    return [
      { name: 'shared-folder unlock ÷ the same unlock from the local folder', value: round3(unlockRatio), unit: '×', budget: 1.1, pass: unlockRatio <= 1.1 },
      {
        name: 'save with merge (1,000 entries, another PC’s change) ÷ plain local save',
        value: round3(saveRatio),
        unit: '×',
        budget: 1.5,
        pass: saveRatio <= 1.5,
      },
    ];
  } finally {
    for (const k of kits) {
      await k.vault.lock();
      k.close();
      rmSync(k.dataDir, { recursive: true, force: true });
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
