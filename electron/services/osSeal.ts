import type { SecretSealAdapter } from '../adapters/types';

/**
 * JSON sealed by the OS key store (safeStorage), as base64 for a JSON file. The vault key and the
 * audit key both keep their sealed form this way.
 */
export async function sealJson(seal: SecretSealAdapter, value: unknown): Promise<string> {
  return (await seal.seal(Buffer.from(JSON.stringify(value), 'utf8'))).toString('base64');
}

/**
 * Opens what sealJson made; `stale` when the OS has moved to a new key and it should be sealed
 * again. null when the key store cannot open it (another computer, a reset key store) or it is
 * not JSON.
 */
export async function unsealJson(seal: SecretSealAdapter, sealed: string): Promise<{ value: unknown; stale: boolean } | null> {
  try {
    const { plain, stale } = await seal.unseal(Buffer.from(sealed, 'base64'));
    return { value: JSON.parse(plain.toString('utf8')) as unknown, stale };
  } catch {
    return null;
  }
}
