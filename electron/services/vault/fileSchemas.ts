import { z } from '../../../shared/zod';
import { onFirstUse } from '../../../shared/onFirstUse';
import { kdfWithinBounds } from './crypto';

export const KDF_OUT_OF_BOUNDS = 'The key settings are outside what AllyDesk uses.';

/**
 * The parts profile files and backups share, checked strictly: a value that does not parse here
 * means the file is damaged or foreign, which the user is told as such — never "wrong passphrase".
 * Built on first use (see onFirstUse): the vault reads no file before the app is listening.
 */
export const vaultFileSchemas = onFirstUse(() => {
  /** Base64 exactly as AllyDesk writes it (Node's padded form), optionally of a fixed byte length. */
  const base64 = (bytes?: number) =>
    z.string().check(
      z.refine((value) => {
        const decoded = Buffer.from(value, 'base64');
        return decoded.toString('base64') === value && (bytes === undefined || decoded.length === bytes);
      }, 'Not base64 of the expected length.'),
    );

  return {
    /** An AES-GCM box with no format check on its parts (entries: one bad entry is reported on its own). */
    looseBox: z.object({ n: z.string(), c: z.string(), t: z.string() }),
    /** The wrapped 32-byte data key: 96-bit nonce, 32-byte ciphertext, 128-bit tag. */
    wrappedKeyBox: z.object({ n: base64(12), c: base64(32), t: base64(16) }),
    /** scrypt settings and salt; out-of-bounds settings are refused before anything is derived. */
    storedKdfSchema: z.object({ N: z.number(), r: z.number(), p: z.number(), salt: base64(16) }).check(z.refine(kdfWithinBounds, KDF_OUT_OF_BOUNDS)),
  };
});
