import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../clock';
import { FakeOsSeal, allFileText, practiceMate, vaultKits } from '../testKit';

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

/** Front-desk PCs with their own data folders and one shared folder; the second PC's clock is 10 minutes behind. */
function practice(options: { seal?: boolean } = {}) {
  let folder: string | null = temp('share');
  const pc = (id: string, offset: number) =>
    kit({
      dataDir: temp(id),
      clock: new AdjustableClock(() => T0 + offset),
      seal: options.seal ? new FakeOsSeal() : undefined,
      shared: { folder: () => folder, pc: () => ({ id, name: `FRONT-${id.toUpperCase()}` }) },
    });
  return {
    folder: () => folder!,
    unset: () => (folder = null),
    reset: (next: string) => (folder = next),
    a: pc('a', 0),
    b: pc('b', -10 * 60_000),
  };
}
const usernames = (list: { entries: { username: string }[] }) => list.entries.map((e) => e.username).sort();

describe('profiles in the practice shared folder (vault service)', () => {
  it('a profile made at one PC is listed and unlocks at the other, and both PCs’ saves end up in it', async () => {
    const { a, b } = practice();
    const made = await a.vault.createProfile('Ann', PASS);
    const id = made.unlocked!.profileId;
    expect(made.profiles[0]).toMatchObject({ name: 'Ann', shared: true });
    const listed = await b.vault.status();
    expect(listed.profiles.map((p) => p.name)).toEqual(['Ann']);
    expect(listed.sharedFolder).toMatchObject({ reachable: true, pcName: 'FRONT-B' });
    await b.vault.unlock(id, PASS);

    a.vault.saveEntry({ fields: practiceMate('ann.at.a'), password: 'Pw-from-A-1!', keepHiddenCharacters: false });
    b.vault.saveEntry({ fields: practiceMate('ann.at.b'), password: 'Pw-from-B-1!', keepHiddenCharacters: false });
    await Promise.all([a.vault.sharedSettled(), b.vault.sharedSettled()]);
    await a.vault.syncShared();
    expect(usernames(a.vault.listEntries(''))).toEqual(['ann.at.a', 'ann.at.b']);
    expect(usernames(b.vault.listEntries(''))).toEqual(['ann.at.a', 'ann.at.b']);
    expect(a.events.some((e) => e.name === 'vault:entriesChanged')).toBe(true);
  });

  it('an edit at a PC whose clock is 10 minutes behind still wins when it was made later, and the other stays in history', async () => {
    const { a, b } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    const saved = a.vault.saveEntry({ fields: practiceMate('first'), password: 'Pw-first-1!', keepHiddenCharacters: false });
    await a.vault.sharedSettled();
    await b.vault.unlock(id, PASS);
    b.vault.saveEntry({ id: saved.id, fields: practiceMate('second-at-b'), password: '', keepHiddenCharacters: false });
    await b.vault.sharedSettled();
    await a.vault.syncShared();
    expect(usernames(a.vault.listEntries(''))).toEqual(['second-at-b']);
  });

  it('a shared profile’s key is protected by its passphrase alone: no OS seal, so another PC can open it', async () => {
    const { folder, a, b } = practice({ seal: true });
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    const file = JSON.parse(readFileSync(join(folder(), `vault-profile-${id}.json`), 'utf8'));
    expect(Object.keys(file.lock.key)).toEqual(['wrapped']);
    await expect(b.vault.unlock(id, PASS)).resolves.toMatchObject({ status: { unlocked: { profileId: id } } });
    a.vault.saveEntry({ fields: practiceMate('u'), password: 'Secret-Pw-77!', keepHiddenCharacters: false });
    await a.vault.sharedSettled();
    expect(allFileText(folder())).not.toContain('Secret-Pw-77!');
  });

  it('while the share is unreachable the profile unlocks from the local copy, says so, and merges once back', async () => {
    const p = practice();
    const id = (await p.a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await p.a.vault.lock();
    const away = `${p.folder()}-away`;
    renameSync(p.folder(), away);
    const offline = await p.a.vault.unlock(id, PASS);
    expect(offline.status.sharedFolder).toMatchObject({ reachable: false });
    p.a.vault.saveEntry({ fields: practiceMate('while-away'), password: 'Pw-away-1!', keepHiddenCharacters: false });
    await p.a.vault.sharedSettled();
    expect((await p.a.vault.status()).sharedFolder).toMatchObject({ reachable: false, pending: true });
    renameSync(away, p.folder());
    await p.a.vault.syncShared();
    expect((await p.a.vault.status()).sharedFolder).toMatchObject({ reachable: true, pending: false });
    await p.b.vault.unlock(id, PASS);
    expect(usernames(p.b.vault.listEntries(''))).toEqual(['while-away']);
  });

  it('a damaged shared file is moved aside and the local copy still unlocks', async () => {
    const { folder, a } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    a.vault.saveEntry({ fields: practiceMate('kept'), password: 'Pw-kept-1!', keepHiddenCharacters: false });
    await a.vault.sharedSettled();
    await a.vault.lock();
    writeFileSync(join(folder(), `vault-profile-${id}.json`), 'not json at all');
    writeFileSync(join(folder(), `vault-profile-${id}.last-good.json`), '{}');
    const opened = await a.vault.unlock(id, PASS);
    expect(usernames(opened)).toEqual(['kept']);
    expect(opened.status.movedAside.some((path) => path.includes('damaged'))).toBe(true);
  });

  it('a profile deleted at one PC is gone at the other, and its open session there locks', async () => {
    const { a, b } = practice();
    const id = (await a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await b.vault.unlock(id, PASS);
    await a.vault.deleteProfile(id, 'Ann');
    await b.vault.syncShared();
    const after = await b.vault.status();
    expect(after.unlocked).toBeNull();
    expect(after.profiles).toEqual([]);
    expect(existsSync(join(b.dataDir, `vault-profile-${id}.json`))).toBe(false);
  });

  it('a local profile moves into the folder when its owner agrees, and back out, nothing lost; two same-named profiles are both kept and told apart', async () => {
    const p = practice({ seal: true });
    p.unset();
    const local = (await p.a.vault.createProfile('Ann', PASS)).unlocked!.profileId;
    p.a.vault.saveEntry({ fields: practiceMate('ann.local'), password: 'Pw-local-1!', keepHiddenCharacters: false });
    await p.a.vault.lock();
    const other = (await p.b.vault.createProfile('Ann', PASS)).unlocked!.profileId; // made at B before the folder existed
    p.reset(temp('share2'));
    await p.a.vault.unlock(local, PASS);
    const moved = await p.a.vault.moveToShared();
    expect(moved.profiles.find((x) => x.id === local)).toMatchObject({ shared: true });
    await p.b.vault.moveToShared();
    const listed = await p.b.vault.status();
    expect(listed.profiles.map((x) => [x.name, x.madeAt])).toEqual([
      ['Ann', 'FRONT-A'],
      ['Ann', 'FRONT-B'],
    ]);
    expect(new Set(listed.profiles.map((x) => x.id))).toEqual(new Set([local, other]));
    await p.b.vault.unlock(local, PASS);
    expect(usernames(p.b.vault.listEntries(''))).toEqual(['ann.local']);

    const back = await p.a.vault.moveToThisComputer();
    expect(back.profiles.find((x) => x.id === local)?.shared).toBeUndefined();
    await p.a.vault.lock();
    expect(usernames(await p.a.vault.unlock(local, PASS))).toEqual(['ann.local']);
    // The OS seal is back on the local profile; other PCs drop their copies.
    expect(Object.keys(JSON.parse(readFileSync(join(p.a.dataDir, `vault-profile-${local}.json`), 'utf8')).lock.key)).toEqual(['osSealed']);
    await p.b.vault.syncShared();
    expect((await p.b.vault.status()).profiles.map((x) => x.id)).toEqual([other]);
  });
});
