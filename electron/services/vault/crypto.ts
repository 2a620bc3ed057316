import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

/** scrypt cost, stored per profile so it can be raised later (see `needsUpgrade`). */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
export interface StoredKdf extends KdfParams {
  salt: string;
}

/**
 * N = 2^17, r = 8, p = 1 (128 MiB): one derivation measured 386 ms on the reference workstation
 * (2 cores, Node 20, 2026-11), inside the 0.3–1 s target — slow for a guesser, quick for a user.
 */
export const CURRENT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * The only scrypt settings AllyDesk reads from a profile or backup file, checked before anything
 * is derived: a crafted file with N = 2^22, r = 32, p = 16 would otherwise hold main for seconds
 * and gigabytes. N runs from 2^10 (the cheap cost the test suite writes through `deps.kdf`) to
 * 2^18 — one doubling above CURRENT_KDF, so today's release still opens files from a release that
 * raises N once (2^18 · r 8 = 256 MiB). r and p are exactly what AllyDesk writes. To raise the cost
 * further, raise these bounds one release before CURRENT_KDF, or older copies call the new files damaged.
 */
export const KDF_BOUNDS = { minN: 2 ** 10, maxN: 2 ** 18, r: 8, p: 1 } as const;

export const kdfWithinBounds = (kdf: KdfParams): boolean =>
  Number.isInteger(kdf.N) &&
  kdf.N >= KDF_BOUNDS.minN &&
  kdf.N <= KDF_BOUNDS.maxN &&
  (kdf.N & (kdf.N - 1)) === 0 && // scrypt wants a power of two
  kdf.r === KDF_BOUNDS.r &&
  kdf.p === KDF_BOUNDS.p;

export function needsUpgrade(stored: KdfParams, current: KdfParams): boolean {
  return stored.N < current.N || stored.r < current.r || stored.p < current.p;
}

/** Async scrypt so main keeps answering while a key is derived. maxmem must allow 128·N·r bytes. */
export function deriveKey(passphrase: string, kdf: StoredKdf): Promise<Buffer> {
  // Files are checked against KDF_BOUNDS where they are read; this is the backstop for any other caller.
  if (!kdfWithinBounds(kdf)) return Promise.reject(new Error('scrypt parameters outside KDF_BOUNDS'));
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export const newSalt = () => randomBytes(16).toString('base64');
export const newDataKey = () => randomBytes(32);

/** One AES-256-GCM box. The nonce is fresh for every encryption (96 bits, random). */
export interface Sealed {
  n: string;
  c: string;
  t: string;
}

export function encrypt(key: Buffer, plain: Buffer, associatedData: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const c = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { n: nonce.toString('base64'), c: c.toString('base64'), t: cipher.getAuthTag().toString('base64') };
}

/** Throws on any mismatch (wrong key, other associated data, edited bytes): GCM checks the tag. */
export function decrypt(key: Buffer, box: Sealed, associatedData: string): Buffer {
  const nonce = Buffer.from(box.n, 'base64');
  const tag = Buffer.from(box.t, 'base64');
  if (nonce.length !== 12 || tag.length !== 16) throw new Error('malformed box');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(Buffer.from(box.c, 'base64')), decipher.final()]);
}

export const isSealed = (value: unknown): value is Sealed =>
  typeof value === 'object' && value !== null && ['n', 'c', 't'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

/** Associated data binds each box to its place: a box copied to another profile or entry fails. */
export const keyAad = (profileId: string) => `allydesk/vault/v1/key/${profileId}`;
export const entryAad = (profileId: string, entryId: string) => `allydesk/vault/v1/entry/${profileId}/${entryId}`;
