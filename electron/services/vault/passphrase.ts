import type { SecretSealAdapter } from '../../adapters/types';
import type { AuditLog } from '../audit/service';
import { UserFacingError } from '../errors';
import { decrypt, deriveKey, keyAad, needsUpgrade, newDataKey, newSalt, type KdfParams, type StoredKdf } from './crypto';
import { storeKey, wrappedKeyOf } from './keyWrap';
import type { ProfileFile, ProfileStore } from './profileFile';
import { afterFailure, describeRetry, FREE_TRIES, isWaiting } from './throttle';
import { say } from './say';

/**
 * A profile's passphrase: scrypt → key that wraps the profile's data key (sealed again by the OS
 * key store where there is one), with wrong tries throttled on disk.
 */
export function createPassphraseKeys(deps: { kdf: KdfParams; seal: SecretSealAdapter; audit: Pick<AuditLog, 'record'>; now: () => number }) {
  const { now } = deps;

  /** New salt, current scrypt parameters, same data key (entries need no re-encryption). */
  async function rewrap(store: ProfileStore, passphrase: string, dataKey: Buffer) {
    const kdf: StoredKdf = { ...deps.kdf, salt: newSalt() };
    const kek = await deriveKey(passphrase, kdf);
    // A shared profile is opened at other PCs, whose key stores cannot open this one's seal.
    const key = await storeKey(deps.seal, store.get('profileId'), kek, dataKey, !store.get('sync'));
    kek.fill(0);
    store.set('lock', { kdf, key });
  }

  return {
    rewrap,

    /** A new profile's data key and its lock (scrypt parameters and the wrapped key), ready to store. */
    async newKey(profileId: string, passphrase: string, osSeal = true): Promise<{ dataKey: Buffer; lock: ProfileFile['lock'] }> {
      const kdf: StoredKdf = { ...deps.kdf, salt: newSalt() };
      const kek = await deriveKey(passphrase, kdf);
      const dataKey = newDataKey();
      const key = await storeKey(deps.seal, profileId, kek, dataKey, osSeal);
      kek.fill(0);
      return { dataKey, lock: { kdf, key } };
    },

    /**
     * Checks a passphrase against a checked profile file, with throttling; returns the data key. Only
     * a failed unwrap (GCM authentication of the wrapped key) counts as a wrong try.
     */
    async check({ store, file }: { store: ProfileStore; file: ProfileFile }, passphrase: string, field = 'passphrase'): Promise<{ dataKey: Buffer }> {
      if (isWaiting(file.throttle, now())) {
        throw new UserFacingError('throttled', say('waitAfterWrongTries', { retry: describeRetry(file.throttle.retryAt!, now()) }));
      }
      const { wrapped, stale } = await wrappedKeyOf(deps.seal, file);
      const kek = await deriveKey(passphrase, file.lock.kdf);
      let dataKey: Buffer;
      try {
        dataKey = decrypt(kek, wrapped, keyAad(file.profileId));
      } catch {
        const next = afterFailure(file.throttle, now());
        store.set('throttle', next);
        deps.audit.record({ event: 'unlock-failed', profileId: file.profileId, detail: { failures: String(next.failures) } });
        const left = FREE_TRIES - next.failures;
        const message = next.retryAt
          ? say('wrongThenWait', { retry: describeRetry(next.retryAt, now()) })
          : say('wrongTriesLeft', { tries: say.count('moreTries', left) });
        throw new UserFacingError(next.retryAt ? 'throttled' : 'invalid_input', message, { [field]: say('checkCapsLock') });
      } finally {
        kek.fill(0);
      }
      if (file.throttle.failures > 0) store.set('throttle', { failures: 0, retryAt: null });
      // Re-wrap with today's scrypt cost, to add the OS seal where it has become available, or to seal
      // again under the OS's current key.
      const sealNow = !file.sync && (('wrapped' in file.lock.key && (await deps.seal.level()) === 'os') || stale);
      if (needsUpgrade(file.lock.kdf, deps.kdf) || sealNow) await rewrap(store, passphrase, dataKey);
      return { dataKey };
    },
  };
}
export type PassphraseKeys = ReturnType<typeof createPassphraseKeys>;
