import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../../shared/policy/empty';
import type { PolicyValues } from '../../../shared/policy/schema';
import type { UserFacingError } from '../errors';
import { staticPolicy } from '../policy/service';
import { allFileText, FAST_KDF, makeVault, practiceMate, vaultKits } from './testKit';

const PASS = 'lantern orchard velvet 42';
const PIN = '69035817';
const kit = vaultKits(afterEach);
const HOUR = 3_600_000;

const policyOf = (values: Partial<PolicyValues>) => staticPolicy({ ...EMPTY_POLICY_STATE, values });
const failure = async (promise: Promise<unknown>) =>
  (await promise.then(
    () => null,
    (e: UserFacingError) => e,
  ))!;

async function annWithPin(options: Parameters<typeof makeVault>[0] = {}) {
  const k = kit(options);
  const { unlocked } = await k.vault.createProfile('Ann', PASS);
  k.vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
  await k.vault.setPin(PIN, 8);
  return { ...k, profileId: unlocked!.profileId };
}

const events = async (k: ReturnType<typeof makeVault>, profileId: string) => (await k.audit.list(profileId)).map((r) => r.event);

describe('quick unlock in the vault', () => {
  it('unlocks with the PIN after an idle or OS lock, and audits it', async () => {
    const k = await annWithPin();
    k.power.emit('lock-screen');
    expect((await k.vault.status()).unlocked).toBeNull();
    const { status, entries } = await k.vault.unlockWithPin(k.profileId, PIN);
    expect(status.unlocked).toEqual({ profileId: k.profileId, name: 'Ann', unlockedBy: 'pin' });
    expect(entries.map((e) => e.username)).toEqual(['ann.frontdesk']);
    expect(await events(k, k.profileId)).toEqual(expect.arrayContaining(['pin-set', 'pin-unlock']));
  });

  it('three wrong PINs: the passphrase is needed and the status says why', async () => {
    const k = await annWithPin();
    await k.vault.lock();
    expect((await failure(k.vault.unlockWithPin(k.profileId, '4829'))).message).toMatch(/2 tries left/);
    expect((await failure(k.vault.unlockWithPin(k.profileId, '4828'))).message).toMatch(/1 try left/);
    expect((await failure(k.vault.unlockWithPin(k.profileId, '4827'))).message).toBe('3 wrong PINs: the PIN no longer works. Unlock with your passphrase.');
    expect((await failure(k.vault.unlockWithPin(k.profileId, PIN))).code).toBe('forbidden');
    expect((await k.vault.status()).profiles[0]).toMatchObject({ pin: null, pinEnded: 'too-many-tries' });
    const recorded = await events(k, k.profileId);
    expect(recorded.filter((e) => e === 'pin-unlock-failed')).toHaveLength(3);
    expect(recorded).toContain('pin-expired');
    // The passphrase still works and clears the reason.
    await k.vault.unlock(k.profileId, PASS);
    expect((await k.vault.status()).profiles[0]).toMatchObject({ pin: null, pinEnded: null });
  });

  it('expires after its hours (the page clock of main) and records the expiry', async () => {
    const k = await annWithPin();
    await k.vault.lock();
    k.clock.advance(8 * HOUR);
    expect((await failure(k.vault.unlockWithPin(k.profileId, PIN))).message).toMatch(/expired/);
    expect((await k.vault.status()).profiles[0]!.pinEnded).toBe('expired');
    expect(await events(k, k.profileId)).toContain('pin-expired');
  });

  it('lasts 1 to 12 hours without a policy, as the screen offers: main refuses 168 with a clear message, and a policy above 12 does not raise it', async () => {
    const k = kit();
    await k.vault.createProfile('Ann', PASS);
    const refused = await failure(k.vault.setPin(PIN, 168));
    expect(refused.fields).toEqual({ hours: 'A PIN can last 1 to 12 hours. Choose 12 hours or less.' });
    expect((await k.vault.status()).profiles[0]!.pin).toBeNull();
    await k.vault.setPin(PIN, 12);
    const generous = kit({ policy: policyOf({ PinMaxHours: 48 }) });
    await generous.vault.createProfile('Bob', PASS);
    expect((await failure(generous.vault.setPin(PIN, 24))).code).toBe('invalid_input');
  });

  it('is set only right after a passphrase unlock, refuses guessable PINs, and keeps to the policy', async () => {
    const k = await annWithPin({ policy: policyOf({ PinMaxHours: 4 }) }).catch((e: UserFacingError) => e);
    expect((k as UserFacingError).message).toBe('Your practice allows a PIN to last at most 4 hours. Choose 4 hours or less.');
    const off = kit({ policy: policyOf({ PinUnlock: 'disabled' }) });
    await off.vault.createProfile('Bob', PASS);
    expect((await failure(off.vault.setPin(PIN, 1))).message).toMatch(/turned PIN unlock off/);
    expect((await off.vault.status()).quickUnlock).toEqual({ allowed: false, maxHours: 12 });

    const j = await annWithPin();
    expect((await failure(j.vault.setPin('1234', 8))).fields).toEqual({ pin: expect.stringMatching(/first PINs anyone tries/) });
    await j.vault.lock();
    await j.vault.unlockWithPin(j.profileId, PIN);
    expect((await failure(j.vault.setPin('903582', 8))).message).toMatch(/only right after unlocking with your passphrase/);
  });

  it('lives in memory only: a restarted vault has no PIN, and no PIN material is on disk or in a backup', async () => {
    const salt = randomBytes(16);
    const k = await annWithPin({ pinSalt: () => Buffer.from(salt) });
    const backup = await k.vault.exportBackup();
    await k.vault.lock();
    const pinKey = scryptSync(PIN, salt, 32, { N: FAST_KDF.N, r: FAST_KDF.r, p: FAST_KDF.p });
    const onDisk = allFileText(k.dataDir) + backup.content;
    for (const material of [PIN, salt.toString('base64'), salt.toString('hex'), pinKey.toString('base64'), pinKey.toString('hex')]) {
      expect(onDisk).not.toContain(material);
    }
    const restarted = makeVault({ dataDir: k.dataDir, clock: k.clock });
    try {
      expect((await restarted.vault.status()).profiles[0]).toMatchObject({ pin: null, pinEnded: null });
      expect((await failure(restarted.vault.unlockWithPin(k.profileId, PIN))).message).toMatch(/no PIN for this profile in this session/);
    } finally {
      restarted.close();
    }
  });

  it('each profile has its own PIN; removing it is audited', async () => {
    const k = await annWithPin();
    await k.vault.createProfile('Bob', PASS);
    const bob = (await k.vault.status()).unlocked!.profileId;
    expect((await failure(k.vault.unlockWithPin(bob, PIN))).message).toMatch(/no PIN/);
    await k.vault.unlockWithPin(k.profileId, PIN);
    expect((await k.vault.status()).unlocked!.name).toBe('Ann');
    await k.vault.lock();
    await k.vault.unlock(k.profileId, PASS);
    await k.vault.removePin();
    expect((await k.vault.status()).profiles.find((p) => p.id === k.profileId)).toMatchObject({ pin: null, pinEnded: null });
    expect(await events(k, k.profileId)).toContain('pin-removed');
  });
});
