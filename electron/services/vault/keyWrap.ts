import type { SecretSealAdapter } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { sealJson, unsealJson } from '../osSeal';
import { encrypt, isSealed, keyAad, type Sealed } from './crypto';
import type { ProfileFile } from './profileFile';
import { say } from './say';

/** The data key wrapped by the passphrase key, and sealed by the OS key store on top where there is one. */
export async function storeKey(seal: SecretSealAdapter, profileId: string, kek: Buffer, dataKey: Buffer, osSeal = true): Promise<ProfileFile['lock']['key']> {
  const wrapped = encrypt(kek, dataKey, keyAad(profileId));
  if (!osSeal || (await seal.level()) !== 'os') return { wrapped };
  return { osSealed: await sealJson(seal, wrapped) };
}

/**
 * The passphrase-wrapped key, with any OS seal taken off (backups carry it in this form); `stale`
 * when the OS seal is under an older OS key and should be sealed again.
 */
export async function wrappedKeyOf(seal: SecretSealAdapter, file: ProfileFile): Promise<{ wrapped: Sealed; stale: boolean }> {
  if ('wrapped' in file.lock.key) return { wrapped: file.lock.key.wrapped, stale: false };
  const opened = await unsealJson(seal, file.lock.key.osSealed);
  if (!opened || !isSealed(opened.value)) {
    throw new UserFacingError('unavailable', say('sealCannotOpen'));
  }
  return { wrapped: opened.value, stale: opened.stale };
}
