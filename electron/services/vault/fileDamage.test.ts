import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { KDF_BOUNDS } from './crypto';
import { storeName, type ProfileFile } from './profileFile';
import { practiceMate, vaultKits } from './testKit';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

const profilePath = (dataDir: string, id: string) => join(dataDir, `${storeName(id)}.json`);
const readProfile = (dataDir: string, id: string) => JSON.parse(readFileSync(profilePath(dataDir, id), 'utf8')) as ProfileFile;
const editProfile = (dataDir: string, id: string, edit: (file: ProfileFile) => void) => {
  const file = readProfile(dataDir, id);
  edit(file);
  writeFileSync(profilePath(dataDir, id), JSON.stringify(file));
};

/** A locked profile with one entry, and the folder it lives in. */
async function lockedProfile() {
  const k = kit();
  const id = (await k.vault.createProfile('Ann', PASS)).unlocked!.profileId;
  k.vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
  await k.vault.lock();
  return { ...k, id };
}

describe('backups with key settings AllyDesk never writes', () => {
  // The crafted file from the report first; each would cost seconds to minutes and up to 16 GiB.
  const refused = [
    { N: 2 ** 22, r: 32, p: 16 },
    { N: 2 ** 20, r: 8, p: 4 },
    { N: KDF_BOUNDS.maxN * 2, r: 8, p: 1 },
    { N: 2 ** 10, r: 8, p: 2 },
    { N: 2 ** 10, r: 16, p: 1 },
    { N: 3000, r: 8, p: 1 }, // not a power of two
    { N: 2, r: 8, p: 1 },
  ];

  it('are refused before any key is derived, with a message saying so', async () => {
    const { vault } = kit();
    await vault.createProfile('Ann', PASS);
    const backup = JSON.parse((await vault.exportBackup()).content) as { kdf: Record<string, unknown> };
    const other = kit();
    for (const settings of refused) {
      const crafted = JSON.stringify({ ...backup, kdf: { ...backup.kdf, ...settings } });
      const started = performance.now();
      const error = await failure(other.vault.importBackup(crafted, PASS));
      // Refused without deriving: the costly settings would take from 1.5 s (N = 2^19) to minutes
      // (N = 2^22, r = 32, p = 16), and today's code answers the cheap ones with "does not open".
      expect(performance.now() - started, JSON.stringify(settings)).toBeLessThan(250);
      expect(error.message).toBe('This backup was not made by AllyDesk or is damaged: its key settings are outside what AllyDesk uses. Nothing was imported.');
    }
    expect((await other.vault.status()).profiles).toEqual([]);
  });
});

describe('profile files damaged before AllyDesk starts', () => {
  it('key settings out of range (N = 2): the file is moved aside as damaged, not an internal error', async () => {
    const { dataDir, id } = await lockedProfile();
    editProfile(dataDir, id, (file) => {
      file.lock.kdf.N = 2;
    });
    const fresh = kit({ dataDir });
    const status = await fresh.vault.status();
    expect(status.profiles).toEqual([]);
    expect(status.movedAside).toEqual([expect.stringMatching(/vault-profile-.*\.damaged-.*\.json$/)]);
    expect(readFileSync(status.movedAside[0]!, 'utf8')).toContain('"N":2');
  });
});

describe('profile files damaged while AllyDesk runs', () => {
  // Each edit is made on disk after the profile was created and locked, with the app still running.
  const damage: Record<string, (path: string) => void> = {
    'not JSON any more': (path) => writeFileSync(path, '{"format":"allydesk-vault-profile", "lock": {'),
    'the wrong shape': (path) => writeFileSync(path, JSON.stringify({ format: 'allydesk-vault-profile', entries: [] })),
    'a wrapped-key tag that cannot be parsed': (path) => {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ProfileFile;
      if ('wrapped' in file.lock.key) file.lock.key.wrapped.t = file.lock.key.wrapped.t.slice(0, 8);
      writeFileSync(path, JSON.stringify(file));
    },
    'a wrapped key that is not base64': (path) => {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ProfileFile;
      if ('wrapped' in file.lock.key) file.lock.key.wrapped.c = '%%% not base64 %%%';
      writeFileSync(path, JSON.stringify(file));
    },
    'key settings out of range (N = 2)': (path) => {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ProfileFile;
      file.lock.kdf.N = 2;
      writeFileSync(path, JSON.stringify(file));
    },
    'key settings out of range (N = 2^22, r = 32, p = 16)': (path) => {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ProfileFile;
      file.lock.kdf = { ...file.lock.kdf, N: 2 ** 22, r: 32, p: 16 };
      writeFileSync(path, JSON.stringify(file));
    },
  };

  for (const [what, edit] of Object.entries(damage)) {
    it(`${what}: unlock says the file is damaged and where it is, and it is no wrong try`, async () => {
      const { vault, dataDir, id, audit } = await lockedProfile();
      // Two real wrong tries first, so a counted failure would show as a change.
      await failure(vault.unlock(id, 'wrong guess one'));
      await failure(vault.unlock(id, 'wrong guess two'));
      const before = readProfile(dataDir, id).throttle;
      expect(before.failures).toBe(2);
      edit(profilePath(dataDir, id));

      const error = await failure(vault.unlock(id, 'wrong guess three'));
      expect(error.code).not.toBe('internal');
      expect(error.message).toMatch(/This profile's file is damaged/);
      expect(error.message).not.toMatch(/passphrase is not right/);
      expect(error.message).toMatch(/does not count as a wrong try/);
      const [movedTo] = error.message.match(/\S+\.damaged-\S+\.json/) ?? [];
      expect(movedTo && existsSync(movedTo)).toBe(true);
      expect(readdirSync(dataDir).some((name) => name === `${storeName(id)}.json`)).toBe(false);
      const status = await vault.status();
      expect(status.movedAside).toContain(movedTo);
      expect(status.profiles).toEqual([]);
      await audit.settled();
      expect((await audit.list(id)).filter((r) => r.event === 'unlock-failed')).toHaveLength(2);
    });
  }

  it('a wrong passphrase still counts, and a right one still opens (the check is not a false alarm)', async () => {
    const { vault, dataDir, id } = await lockedProfile();
    expect((await failure(vault.unlock(id, 'wrong guess one'))).message).toMatch(/passphrase is not right\. 4 more tries/);
    expect(readProfile(dataDir, id).throttle.failures).toBe(1);
    // An edited byte inside the wrapped key fails GCM authentication: indistinguishable from a wrong passphrase.
    editProfile(dataDir, id, (file) => {
      if (!('wrapped' in file.lock.key)) throw new Error('expected a passphrase-only key');
      const c = Buffer.from(file.lock.key.wrapped.c, 'base64');
      c[0]! ^= 0x01;
      file.lock.key.wrapped.c = c.toString('base64');
    });
    expect((await failure(vault.unlock(id, PASS))).message).toMatch(/passphrase is not right\. 3 more tries/);
    expect(readProfile(dataDir, id).throttle.failures).toBe(2);
  });

  it('the unlocked profile damaged meanwhile: the next status moves it aside and locks, nothing is written back', async () => {
    const { vault, dataDir, id, events } = await lockedProfile();
    await vault.unlock(id, PASS);
    writeFileSync(profilePath(dataDir, id), '{"cut off": ');
    const status = await vault.status();
    expect(status.unlocked).toBeNull();
    expect(status.movedAside).toHaveLength(1);
    expect(events.at(-1)).toEqual({ name: 'vault:locked', payload: { reason: 'deleted' } });
    expect(readdirSync(dataDir).filter((name) => name.startsWith('vault-profile-') && !name.includes('.damaged-'))).toEqual([]);
  });

  it('a profile file damaged again at the same moment keeps both damaged copies', async () => {
    const { vault, dataDir, id } = await lockedProfile();
    writeFileSync(profilePath(dataDir, id), '{"first":"damage"}');
    const [first] = (await vault.status()).movedAside;
    // Someone puts a file back under the same name, just as damaged, before the clock moves on.
    writeFileSync(profilePath(dataDir, id), '{"second":"damage"}');
    const second = (await vault.status()).movedAside.find((path) => path !== first);
    expect(second).toBeDefined();
    expect([readFileSync(first!, 'utf8'), readFileSync(second!, 'utf8')]).toEqual(['{"first":"damage"}', '{"second":"damage"}']);
  });

  it('the unlocked profile damaged before a passphrase change: says damaged and locks', async () => {
    const { vault, dataDir, id } = await lockedProfile();
    await vault.unlock(id, PASS);
    writeFileSync(profilePath(dataDir, id), 'not json');
    const error = await failure(vault.changePassphrase(PASS, 'meadow copper falcon 9'));
    expect(error.message).toMatch(/This profile's file is damaged/);
    expect((await vault.status()).unlocked).toBeNull();
  });
});
