import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from '../../../shared/zod';
import { vaultSettingsSchema, type VaultSettings } from '../../../shared/ipc/vault';
import { VAULT_ID } from '../../../shared/ipc/vaultConstants';
import { onFirstUse } from '../../../shared/onFirstUse';
import { UserFacingError } from '../errors';
import { decrypt, deriveKey, keyAad, type Sealed, type StoredKdf } from './crypto';
import { openEntry, type OpenEntry } from './entries';
import { vaultFileSchemas } from './fileSchemas';
import { say } from './say';

const backupSchema = onFirstUse(() => {
  const { looseBox, storedKdfSchema, wrappedKeyBox } = vaultFileSchemas();
  return z.object({
    format: z.literal('allydesk-vault-backup'),
    version: z.literal(1),
    profileId: z.string().check(z.regex(VAULT_ID)),
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    exportedAt: z.number(),
    kdf: storedKdfSchema,
    wrapped: wrappedKeyBox,
    entries: z.record(z.string(), looseBox),
    settings: vaultSettingsSchema(),
    mac: z.string(),
  });
});
type Backup = z.infer<ReturnType<typeof backupSchema>>;

/** Object keys sorted at every level, so the MAC does not depend on how a file was re-serialised. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// A MAC over the whole file, keyed from the data key: removing or swapping entries is caught, not only editing one.
const macKey = (dataKey: Buffer) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'allydesk/vault/v1/backup-mac', 32));
const macOf = (dataKey: Buffer, body: Omit<Backup, 'mac'>) => createHmac('sha256', macKey(dataKey)).update(canonical(body)).digest('base64');

/**
 * A backup holds the passphrase-wrapped key without the OS seal, so it opens on another
 * workstation with the profile's passphrase alone.
 */
export function buildBackup(input: {
  profileId: string;
  name: string;
  kdf: StoredKdf;
  wrapped: Sealed;
  entries: Record<string, Sealed>;
  settings: VaultSettings;
  dataKey: Buffer;
  now: number;
}): string {
  const body: Omit<Backup, 'mac'> = {
    format: 'allydesk-vault-backup',
    version: 1,
    profileId: input.profileId,
    name: input.name,
    exportedAt: input.now,
    kdf: input.kdf,
    wrapped: input.wrapped,
    entries: input.entries,
    settings: input.settings,
  };
  return `${JSON.stringify({ ...body, mac: macOf(input.dataKey, body) }, null, 2)}\n`;
}

/** Opens and fully checks a backup; throws a UserFacingError before anything is imported. */
export async function openBackup(content: string, passphrase: string): Promise<{ name: string; settings: VaultSettings; entries: OpenEntry[] }> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    json = null;
  }
  const parsed = backupSchema().safeParse(json);
  if (!parsed.success) {
    // Checked before any key is derived: a crafted file cannot make AllyDesk spend seconds and gigabytes.
    if (parsed.error.issues.every((issue) => issue.path[0] === 'kdf')) throw new UserFacingError('invalid_input', say('backupKdfRefused'));
    throw new UserFacingError('invalid_input', say('notABackup'), {
      content: say('chooseBackupFile'),
    });
  }
  const backup = parsed.data;
  const kek = await deriveKey(passphrase, backup.kdf);
  let dataKey: Buffer;
  try {
    dataKey = decrypt(kek, backup.wrapped, keyAad(backup.profileId));
  } catch {
    throw new UserFacingError('invalid_input', say('backupWrongPassphrase'), {
      passphrase: say('backupPassphraseHint'),
    });
  }
  const { mac, ...body } = backup;
  const expected = Buffer.from(macOf(dataKey, body), 'base64');
  const given = Buffer.from(mac, 'base64');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new UserFacingError('invalid_input', say('backupTampered'));
  const entries: OpenEntry[] = [];
  for (const [id, box] of Object.entries(backup.entries)) {
    const entry = openEntry(dataKey, backup.profileId, id, box);
    if (!entry) throw new UserFacingError('invalid_input', say('backupTampered'));
    entries.push(entry);
  }
  dataKey.fill(0);
  return { name: backup.name, settings: backup.settings, entries };
}
