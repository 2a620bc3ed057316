import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { CURRENT_KDF } from './crypto';
import { storeName, type ProfileFile } from './profileFile';
import { allFileText, FakeOsSeal, practiceMate, vaultKits } from './testKit';

const PASS = 'lantern orchard velvet 42';
const kit = vaultKits(afterEach);

async function failure(promise: Promise<unknown> | (() => unknown)) {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

const profileFile = (dataDir: string, id: string) => join(dataDir, `${storeName(id)}.json`);
const readProfile = (dataDir: string, id: string) => JSON.parse(readFileSync(profileFile(dataDir, id), 'utf8')) as ProfileFile;

describe('vault profiles and entries', () => {
  it('keeps no username, password or note in plaintext in any file of the data folder', async () => {
    const { vault, dataDir } = kit();
    await vault.createProfile('Maria Lopez', PASS);
    vault.saveEntry({
      fields: { ...practiceMate('mlopez.frontdesk'), notes: 'Ask Dr Chen for the 2FA phone' },
      password: 'Quokka!Parsnip77',
      keepHiddenCharacters: false,
    });
    vault.saveEntry({
      fields: { kind: 'sftp', host: 'sftp.officeally.com', port: 22, username: 'sftp-user-9931', notes: 'TherapyAppointment sync' },
      password: 'Zebra#Harbor2026',
      keepHiddenCharacters: false,
    });
    await vault.copy(vault.listEntries('').entries[0]!.id, 'password');
    await vault.lock();
    const text = allFileText(dataDir);
    for (const secret of ['mlopez.frontdesk', 'Quokka!Parsnip77', 'Ask Dr Chen', 'sftp-user-9931', 'Zebra#Harbor2026', 'TherapyAppointment', PASS]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Maria Lopez'); // the profile name is meant to be visible on the picker
  });

  it('round-trips entries through lock and unlock, and edits keep the password unless a new one is given', async () => {
    const { vault, clock } = kit();
    const { unlocked } = await vault.createProfile('Ann', PASS);
    const saved = vault.saveEntry({ fields: practiceMate('ann1'), password: 'Tr1cky-Pass!', keepHiddenCharacters: false });
    clock.advance(5_000);
    vault.saveEntry({ id: saved.id, fields: { ...practiceMate('ann2'), notes: 'new desk' }, password: '', keepHiddenCharacters: false });
    await vault.lock();
    await expect(failure(() => vault.listEntries(''))).resolves.toMatchObject({ code: 'locked' });
    await vault.unlock(unlocked!.profileId, PASS);
    const [entry] = vault.listEntries('').entries;
    expect(entry).toMatchObject({ username: 'ann2', notes: 'new desk', passwordChangedAt: saved.passwordChangedAt, title: 'Practice Mate' });
    expect(vault.reveal(entry!.id).password).toBe('Tr1cky-Pass!');
  });

  it('refuses hidden characters at the ends of a username or password unless the user keeps them', async () => {
    const { vault } = kit();
    await vault.createProfile('Ann', PASS);
    const error = await failure(() => vault.saveEntry({ fields: practiceMate('ann\u200b'), password: 'Secret-pass1 ', keepHiddenCharacters: false }));
    expect(error.fields?.password).toMatch(/space at the end/);
    expect(error.fields?.username).toMatch(/zero-width/);
    expect(error.message).not.toContain('Secret-pass1');
    expect(vault.listEntries('').entries).toHaveLength(0);
    vault.saveEntry({ fields: practiceMate('ann'), password: 'pass with inside spaces', keepHiddenCharacters: false });
    expect(vault.listEntries('').entries).toHaveLength(1);
  });

  it('rejects short and common passphrases and duplicate profile names', async () => {
    const { vault } = kit();
    expect((await failure(vault.createProfile('Ann', 'short'))).fields?.passphrase).toMatch(/at least 8/);
    expect((await failure(vault.createProfile('Ann', 'password1'))).fields?.passphrase).toMatch(/commonly used/);
    await vault.createProfile('Ann', PASS);
    expect((await failure(vault.createProfile('ann', PASS))).code).toBe('conflict');
  });

  it('treats look-alike profile names as the same name, including names saved before they were checked', async () => {
    const { vault, dataDir } = kit();
    const id = (await vault.createProfile('Fuzz Owner', PASS)).unlocked!.profileId;
    for (const alike of ['fuzz owner', '  FUZZ   Owner ', 'Fuzz\u00a0Owner']) {
      const error = await failure(vault.createProfile(alike, PASS));
      expect(error.code, alike).toBe('conflict');
      expect(error.message).toBe('There is already a profile called "Fuzz Owner".');
    }
    // The service refuses invisible characters itself, not only the IPC schema.
    expect((await failure(vault.createProfile('Fuzz Owner\u200b', PASS))).fields?.name).toMatch(/zero-width/);
    expect((await failure(vault.createProfile('Ann\u202eeeL', PASS))).fields?.name).toMatch(/text-direction control/);
    // A name stored by an older version with a zero-width space still blocks its look-alike.
    await vault.lock();
    const file = readProfile(dataDir, id);
    writeFileSync(profileFile(dataDir, id), JSON.stringify({ ...file, name: 'Fuzz Owner\u200b' }));
    expect((await failure(kit({ dataDir }).vault.createProfile('Fuzz Owner', PASS))).code).toBe('conflict');
  });

  it('stores a new profile name normalised (NFC, one space between words)', async () => {
    const { vault, dataDir } = kit();
    const { unlocked } = await vault.createProfile('  Jose\u0301   Nu\u0301n\u0303ez ', PASS);
    expect(unlocked!.name).toBe('José Núñez');
    expect(readProfile(dataDir, unlocked!.profileId).name).toBe('José Núñez');
  });

  it('filters by every word and reports which entries match', async () => {
    const { vault } = kit();
    await vault.createProfile('Ann', PASS);
    vault.saveEntry({ fields: practiceMate('front1'), password: 'x-1234-abcd', keepHiddenCharacters: false });
    vault.saveEntry({
      fields: { kind: 'sftp', host: 'sftp.officeally.com', port: 22, username: 'sync', notes: '' },
      password: 'y-1234-abcd',
      keepHiddenCharacters: false,
    });
    expect(vault.listEntries('sftp sync').entries.map((e) => e.kind)).toEqual(['sftp']);
    expect(vault.listEntries('PRACTICE').entries.map((e) => e.username)).toEqual(['front1']);
  });
});

describe('throttling wrong passphrases', () => {
  it('makes the user wait after 5 wrong tries, doubles the wait, survives a restart and says when to retry', async () => {
    const first = kit();
    const { unlocked } = await first.vault.createProfile('Ann', PASS);
    const id = unlocked!.profileId;
    first.vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await first.vault.lock();
    for (let i = 1; i <= 4; i++) expect((await failure(first.vault.unlock(id, 'wrong guess ' + i))).code).toBe('invalid_input');
    const fifth = await failure(first.vault.unlock(id, 'wrong guess 5'));
    expect(fifth.code).toBe('throttled');
    expect(fifth.message).toMatch(/next try is allowed at .*\(in 30 seconds\)/);
    // Even the right passphrase waits.
    expect((await failure(first.vault.unlock(id, PASS))).code).toBe('throttled');
    first.close();

    const second = kit({ dataDir: first.dataDir, clock: first.clock });
    expect((await second.vault.status()).profiles[0]!.retryAt).toBe(first.clock.now() + 30_000);
    expect((await failure(second.vault.unlock(id, PASS))).code).toBe('throttled');
    second.clock.advance(30_000);
    expect((await failure(second.vault.unlock(id, 'wrong again'))).message).toMatch(/in 1 minute\)/);
    second.clock.advance(60_000);
    await second.vault.unlock(id, PASS);
    expect(second.vault.listEntries('').entries.map((e) => e.username)).toEqual(['ann']);
    expect(readProfile(first.dataDir, id).throttle).toEqual({ failures: 0, retryAt: null });
  });
});

describe('key handling', () => {
  it('upgrades scrypt parameters on unlock and still opens the same entries', async () => {
    const old = kit({ kdf: { N: 2 ** 10, r: 8, p: 1 } });
    const { unlocked } = await old.vault.createProfile('Ann', PASS);
    old.vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await old.vault.lock();
    const oldSalt = readProfile(old.dataDir, unlocked!.profileId).lock.kdf.salt;
    old.close();

    const upgraded = kit({ dataDir: old.dataDir, kdf: { N: 2 ** 12, r: 8, p: 1 } });
    await upgraded.vault.unlock(unlocked!.profileId, PASS);
    const kdf = readProfile(old.dataDir, unlocked!.profileId).lock.kdf;
    expect(kdf).toMatchObject({ N: 2 ** 12, r: 8, p: 1 });
    expect(kdf.salt).not.toBe(oldSalt);
    await upgraded.vault.lock();
    await upgraded.vault.unlock(unlocked!.profileId, PASS);
    expect(upgraded.vault.reveal(upgraded.vault.listEntries('').entries[0]!.id).password).toBe('Pm-pass-001!');
  });

  it('uses the real scrypt parameters by default (one derivation ~0.3–1 s)', async () => {
    const { vault, dataDir } = kit({ kdf: CURRENT_KDF });
    const started = performance.now();
    const { unlocked } = await vault.createProfile('Ann', PASS);
    expect(performance.now() - started).toBeGreaterThan(100);
    expect(readProfile(dataDir, unlocked!.profileId).lock.kdf).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    await vault.lock();
    await vault.unlock(unlocked!.profileId, PASS);
    expect((await vault.status()).unlocked?.name).toBe('Ann');
  });

  it('seals the wrapped key with the OS key store where available, and changing the passphrase re-wraps it', async () => {
    const { vault, dataDir } = kit({ seal: new FakeOsSeal() });
    const { unlocked, protection } = await vault.createProfile('Ann', PASS);
    expect(protection).toBe('os');
    const file = readProfile(dataDir, unlocked!.profileId);
    expect('osSealed' in file.lock.key).toBe(true);
    vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    expect((await failure(vault.changePassphrase('not it at all', 'meadow copper falcon 9'))).fields?.current).toBeTruthy();
    await vault.changePassphrase(PASS, 'meadow copper falcon 9');
    await vault.lock();
    expect((await failure(vault.unlock(unlocked!.profileId, PASS))).code).toBe('invalid_input');
    await vault.unlock(unlocked!.profileId, 'meadow copper falcon 9');
    expect(vault.listEntries('').entries).toHaveLength(1);
  });
});

describe('damage', () => {
  it('moves a garbage or truncated profile file aside, tells where, and other profiles keep working', async () => {
    const { vault, dataDir } = kit();
    const a = (await vault.createProfile('Ann', PASS)).unlocked!.profileId;
    const b = (await vault.createProfile('Bob', PASS)).unlocked!.profileId;
    const c = (await vault.createProfile('Cy', PASS)).unlocked!.profileId;
    vault.saveEntry({ fields: practiceMate('cy'), password: 'Cy-pass-0001', keepHiddenCharacters: false });
    await vault.lock();
    writeFileSync(profileFile(dataDir, a), 'garbage \u0000 not json');
    const truncated = readFileSync(profileFile(dataDir, b), 'utf8');
    writeFileSync(profileFile(dataDir, b), truncated.slice(0, truncated.length / 2));

    const fresh = kit({ dataDir });
    const status = await fresh.vault.status();
    expect(status.profiles.map((p) => p.name)).toEqual(['Cy']);
    expect(status.movedAside).toHaveLength(2);
    for (const path of status.movedAside) expect(existsSync(path)).toBe(true);
    expect(readdirSync(dataDir).filter((n) => n.includes('.damaged-'))).toHaveLength(2);
    await fresh.vault.unlock(c, PASS);
    expect(fresh.vault.listEntries('').entries).toHaveLength(1);
  });

  it('reports one entry whose GCM tag fails as damaged and keeps the others', async () => {
    const { vault, dataDir } = kit();
    const id = (await vault.createProfile('Ann', PASS)).unlocked!.profileId;
    const good = vault.saveEntry({ fields: practiceMate('good'), password: 'Good-pass-01', keepHiddenCharacters: false });
    const bad = vault.saveEntry({ fields: practiceMate('bad'), password: 'Bad-pass-001', keepHiddenCharacters: false });
    await vault.lock();
    const file = readProfile(dataDir, id);
    const box = file.entries[bad.id]!;
    const bytes = Buffer.from(box.c, 'base64');
    bytes[0]! ^= 0x01;
    file.entries[bad.id] = { ...box, c: bytes.toString('base64') };
    writeFileSync(profileFile(dataDir, id), JSON.stringify(file));

    const fresh = kit({ dataDir });
    await fresh.vault.unlock(id, PASS);
    const list = fresh.vault.listEntries('');
    expect(list.entries.map((e) => e.id)).toEqual([good.id]);
    expect(list.damaged).toEqual([{ id: bad.id, damaged: true }]);
    expect((await failure(fresh.vault.copy(bad.id, 'password'))).code).toBe('conflict');
    fresh.vault.deleteEntry(bad.id);
    expect(fresh.vault.listEntries('').damaged).toEqual([]);
  });

  it('an entry box moved to another entry id fails (profile and entry ids are associated data)', async () => {
    const { vault, dataDir } = kit();
    const id = (await vault.createProfile('Ann', PASS)).unlocked!.profileId;
    const one = vault.saveEntry({ fields: practiceMate('one'), password: 'One-pass-001', keepHiddenCharacters: false });
    const two = vault.saveEntry({ fields: practiceMate('two'), password: 'Two-pass-002', keepHiddenCharacters: false });
    await vault.lock();
    const file = readProfile(dataDir, id);
    file.entries[two.id] = file.entries[one.id]!;
    writeFileSync(profileFile(dataDir, id), JSON.stringify(file));
    const fresh = kit({ dataDir });
    await fresh.vault.unlock(id, PASS);
    expect(fresh.vault.listEntries('').damaged.map((d) => d.id)).toEqual([two.id]);
  });
});

describe('OS seal added later', () => {
  it('seals a passphrase-only profile on the next unlock once the OS key store is available', async () => {
    const plain = kit();
    const { unlocked } = await plain.vault.createProfile('Ann', PASS);
    await plain.vault.lock();
    expect('wrapped' in readProfile(plain.dataDir, unlocked!.profileId).lock.key).toBe(true);
    plain.close();
    const sealed = kit({ dataDir: plain.dataDir, seal: new FakeOsSeal() });
    await sealed.vault.unlock(unlocked!.profileId, PASS);
    expect('osSealed' in readProfile(plain.dataDir, unlocked!.profileId).lock.key).toBe(true);
    await sealed.vault.lock();
    await sealed.vault.unlock(unlocked!.profileId, PASS);
    expect((await sealed.vault.status()).unlocked?.name).toBe('Ann');
  });
});

describe('OS key rotated', () => {
  it("seals the key again under the OS key store's current key on the next unlock", async () => {
    const seal = new FakeOsSeal();
    const { vault, dataDir } = kit({ seal });
    const { unlocked } = await vault.createProfile('Ann', PASS);
    vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await vault.lock();
    const sealedKey = () => {
      const key = readProfile(dataDir, unlocked!.profileId).lock.key;
      return 'osSealed' in key ? Buffer.from(key.osSealed, 'base64') : null;
    };
    const before = sealedKey()!;
    seal.rotate();
    expect((await seal.unseal(before)).stale).toBe(true);
    await vault.unlock(unlocked!.profileId, PASS);
    const after = sealedKey()!;
    expect(after.equals(before)).toBe(false);
    expect((await seal.unseal(after)).stale).toBe(false);
    await vault.lock();
    await vault.unlock(unlocked!.profileId, PASS);
    expect(vault.listEntries('').entries).toHaveLength(1);
  });
});

describe('password-change reminders while a profile is locked', () => {
  const DAY = 86_400_000;
  const ehr = (username: string) => ({ ...practiceMate(username), portal: 'ehr' as const });

  it('offers the oldest password date under the same key as when unlocked; only an entry id and a date leave the encryption', async () => {
    const { vault, dataDir, clock, rotationDates } = kit();
    const rotationCredentials = () => rotationDates.current();
    const { unlocked } = await vault.createProfile('Ann', PASS);
    const first = vault.saveEntry({ fields: practiceMate('ann.pm'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    const firstAt = clock.now();
    clock.advance(10 * DAY); // the idle lock locks it meanwhile
    await vault.unlock(unlocked!.profileId, PASS);
    vault.saveEntry({ fields: ehr('ann.ehr'), password: 'Ehr-pass-002!', keepHiddenCharacters: false });
    const secondAt = clock.now();
    const whileUnlocked = rotationCredentials();
    expect(whileUnlocked.map((c) => [c.label, c.changedAt])).toEqual([
      ["Ann's Practice Mate", firstAt],
      ["Ann's EHR 24/7", secondAt],
    ]);

    await vault.lock();
    const pmKey = whileUnlocked[0]!.key;
    expect(rotationCredentials()).toEqual([{ key: pmKey, label: "Ann's oldest saved", changedAt: firstAt, locked: true }]);
    const hint = readProfile(dataDir, unlocked!.profileId).rotationHint!;
    expect(Object.keys(hint).sort()).toEqual(['changedAt', 'entryId']);
    expect(allFileText(dataDir)).not.toContain('ann.pm');

    // A new Practice Mate password moves the hint to the next-oldest (the EHR one).
    clock.advance(DAY);
    await vault.unlock(unlocked!.profileId, PASS);
    vault.saveEntry({ id: first.id, fields: practiceMate('ann.pm'), password: 'Pm-pass-003!', keepHiddenCharacters: false });
    await vault.lock();
    expect(rotationCredentials().map((c) => c.changedAt)).toEqual([secondAt]);

    // No entries, no reminder.
    await vault.unlock(unlocked!.profileId, PASS);
    for (const entry of vault.listEntries('').entries) vault.deleteEntry(entry.id);
    await vault.lock();
    expect(rotationCredentials()).toEqual([]);
  });

  it("shows another profile's reminder while someone else is unlocked, and drops it with the profile", async () => {
    const { vault, rotationDates } = kit();
    const rotationCredentials = () => rotationDates.current();
    const ann = (await vault.createProfile('Ann', PASS)).unlocked!;
    vault.saveEntry({ fields: practiceMate('ann.pm'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await vault.lock();
    await vault.createProfile('Ben', 'meadow copper falcon 9');
    vault.saveEntry({ fields: ehr('ben.ehr'), password: 'Ehr-pass-002!', keepHiddenCharacters: false });
    expect(
      rotationCredentials()
        .map((c) => c.label)
        .sort(),
    ).toEqual(["Ann's oldest saved", "Ben's EHR 24/7"]);
    await vault.lock();
    await vault.deleteProfile(ann.profileId, 'Ann');
    expect(rotationCredentials().map((c) => c.label)).toEqual(["Ben's oldest saved"]);
  });
});

describe('rotation dates the vault publishes', () => {
  it("publishes the locked profiles' oldest dates as it starts, and again only when they change", async () => {
    const first = kit();
    const { unlocked } = await first.vault.createProfile('Ann', PASS);
    first.vault.saveEntry({ fields: practiceMate('ann.pm'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await first.vault.lock();

    const again = kit({ dataDir: first.dataDir });
    expect(again.rotationDates.current()).toEqual([expect.objectContaining({ label: "Ann's oldest saved", locked: true })]);
    let published = 0;
    again.rotationDates.subscribe(() => (published += 1));
    await again.vault.status();
    await again.vault.status();
    expect(published).toBe(0); // nothing changed: the timers are not asked to resync
    await again.vault.unlock(unlocked!.profileId, PASS);
    expect(published).toBe(1);
    expect(again.rotationDates.current().map((c) => c.label)).toEqual(["Ann's Practice Mate"]);
    await again.vault.lock();
    expect(published).toBe(2);
  });
});

describe('profile deletion and parallel guesses', () => {
  it('deletes a profile only when its name is typed exactly, and records it', async () => {
    const { vault, dataDir, audit } = kit();
    const id = (await vault.createProfile('Maria Lopez', PASS)).unlocked!.profileId;
    await vault.lock();
    expect((await failure(vault.deleteProfile(id, 'maria lopez'))).fields?.confirmName).toMatch(/Type "Maria Lopez"/);
    expect(existsSync(profileFile(dataDir, id))).toBe(true);
    const status = await vault.deleteProfile(id, 'Maria Lopez');
    expect(status.profiles).toEqual([]);
    expect(existsSync(profileFile(dataDir, id))).toBe(false);
    expect((await audit.list(id)).map((r) => r.event)).toContain('profile-delete');
  });

  it('parallel wrong guesses are taken one at a time and cannot slip past the throttle', async () => {
    const { vault, dataDir } = kit();
    const id = (await vault.createProfile('Ann', PASS)).unlocked!.profileId;
    await vault.lock();
    const results = await Promise.allSettled(Array.from({ length: 9 }, (_, i) => vault.unlock(id, `guess number ${i}`)));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as UserFacingError).code : 'ok'));
    expect(codes.filter((c) => c === 'invalid_input')).toHaveLength(4);
    expect(codes.filter((c) => c === 'throttled')).toHaveLength(5);
    expect(readProfile(dataDir, id).throttle.failures).toBe(5);
  });
});
