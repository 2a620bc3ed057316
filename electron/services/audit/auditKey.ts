import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretSealAdapter } from '../../adapters/types';
import { sealJson, unsealJson } from '../osSeal';

/**
 * What the key file protects: the HMAC key, and the first record number that must carry it.
 * `keyedFrom` sits inside the seal so nobody can pass keyed records off as older unkeyed ones.
 */
export interface AuditKeyMaterial {
  key: Buffer;
  keyedFrom: number;
}
export type KeyProtection = 'os' | 'none';
export type OpenedKey = AuditKeyMaterial & { protection: KeyProtection };

interface KeyPayload {
  key: string;
  keyedFrom: number;
}
/**
 * On disk: `osSealed` where the OS key store (Keychain, DPAPI, libsecret) seals it. Where there is
 * no key store (browser host, Linux without a keyring) the key is kept `unsealed`: anyone who can
 * read this file can then rewrite the whole log consistently, so the chain shows accidental damage
 * but not deliberate rewriting. The Activity view says so (`keyProtection: 'none'`).
 */
type KeyFile = { format: 'allydesk-audit-key'; osSealed: string } | { format: 'allydesk-audit-key'; unsealed: KeyPayload };

export class UnreadableAuditKey extends Error {}

const isPayload = (value: unknown): value is KeyPayload =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeyPayload).key === 'string' &&
  Number.isInteger((value as KeyPayload).keyedFrom) &&
  (value as KeyPayload).keyedFrom >= 1;

function writeKeyFile(path: string, content: KeyFile) {
  // Written whole and then renamed, so a crash never leaves half a key file.
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
  renameSync(temporary, path);
}

async function sealed(seal: SecretSealAdapter, material: AuditKeyMaterial): Promise<{ file: KeyFile; protection: KeyProtection }> {
  const payload: KeyPayload = { key: material.key.toString('base64'), keyedFrom: material.keyedFrom };
  if ((await seal.level()) === 'os') {
    try {
      const osSealed = await sealJson(seal, payload);
      return { file: { format: 'allydesk-audit-key', osSealed }, protection: 'os' };
    } catch {
      // The key store refused just now: keep the log going with an unsealed key; the next start seals it.
    }
  }
  return { file: { format: 'allydesk-audit-key', unsealed: payload }, protection: 'none' };
}

/** A new random key for a log whose first keyed record will be `keyedFrom`. */
export async function createAuditKey(path: string, seal: SecretSealAdapter, keyedFrom: number): Promise<OpenedKey> {
  const material = { key: randomBytes(32), keyedFrom };
  const { file, protection } = await sealed(seal, material);
  writeKeyFile(path, file);
  return { ...material, protection };
}

/**
 * Opens the key file; seals it again when the OS has moved to a new key (`stale`) or when it was
 * kept unsealed and a key store is available now. Throws UnreadableAuditKey when it cannot be opened
 * (copied from another computer, key store reset, damaged file).
 */
export async function openAuditKey(path: string, seal: SecretSealAdapter): Promise<OpenedKey> {
  let file: Partial<{ format: string; osSealed: unknown; unsealed: unknown }>;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as typeof file;
  } catch {
    throw new UnreadableAuditKey('The key file is not readable.');
  }
  if (file?.format !== 'allydesk-audit-key') throw new UnreadableAuditKey('The key file is not an AllyDesk audit key.');
  let payload: unknown;
  let reseal: boolean;
  if (typeof file.osSealed === 'string') {
    const opened = await unsealJson(seal, file.osSealed);
    if (!opened) throw new UnreadableAuditKey("This computer's key store could not open the key.");
    payload = opened.value;
    reseal = opened.stale;
  } else {
    payload = file.unsealed;
    reseal = (await seal.level()) === 'os';
  }
  if (!isPayload(payload)) throw new UnreadableAuditKey('The key file does not hold a key.');
  const key = Buffer.from(payload.key, 'base64');
  if (key.length !== 32) throw new UnreadableAuditKey('The key file does not hold a key.');
  const material = { key, keyedFrom: payload.keyedFrom };
  if (!reseal) return { ...material, protection: typeof file.osSealed === 'string' ? 'os' : 'none' };
  const again = await sealed(seal, material);
  writeKeyFile(path, again.file);
  return { ...material, protection: again.protection };
}
