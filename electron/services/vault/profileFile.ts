import { existsSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../../shared/zod';
import { vaultSettingsSchema, type VaultSettings } from '../../../shared/ipc/vault';
import { VAULT_ID, VAULT_ID_CHARS } from '../../../shared/ipc/vaultConstants';
import { onFirstUse } from '../../../shared/onFirstUse';
import type { KeyValueStore, StoreFactory } from '../../adapters/types';
import { moveAside, openStore } from '../storage';
import { vaultFileSchemas } from './fileSchemas';

/**
 * One electron-store file per profile (vault-profile-<id>.json), so a damaged file costs only its
 * own profile. Only ciphertext, the scrypt parameters, the profile name and settings are on disk.
 */
const profileFileSchema = onFirstUse(() => {
  const { looseBox, storedKdfSchema, wrappedKeyBox } = vaultFileSchemas();
  return z.object({
    format: z.literal('allydesk-vault-profile'),
    version: z.literal(1),
    profileId: z.string().check(z.regex(VAULT_ID)),
    name: z.string().check(z.minLength(1)),
    createdAt: z.number(),
    /** scrypt parameters and the key they unlock, in one field so a re-wrap is one atomic write. */
    lock: z.object({
      kdf: storedKdfSchema,
      /** The data key wrapped by the passphrase key; `osSealed` adds the OS key store's seal on top. */
      key: z.union([z.object({ wrapped: wrappedKeyBox }), z.object({ osSealed: z.string() })]),
    }),
    // Loose on purpose: one unreadable entry is reported on its own when the profile is unlocked.
    entries: z.record(z.string(), looseBox),
    throttle: z.object({ failures: z.int().check(z.gte(0)), retryAt: z.nullable(z.number()) }),
    settings: vaultSettingsSchema(),
    /**
     * The profile's oldest password date, kept outside the encryption so password-change reminders
     * work while the profile is locked: an entry's random id and a date, no title, username or secret.
     */
    rotationHint: z.optional(z.nullable(z.object({ entryId: z.string(), changedAt: z.number() }))),
    /**
     * Only on a profile kept in the practice's shared folder (and its local copy): each entry's and
     * field's version, so saves at two PCs merge entry by entry (see shared/merge.ts). No secret.
     */
    sync: z.optional(syncMetaSchema()),
  });
});

const syncMetaSchema = onFirstUse(() => {
  const { looseBox } = vaultFileSchemas();
  const version = { c: z.int().check(z.gte(0)), pc: z.string(), at: z.number(), deleted: z.optional(z.literal(true)) };
  return z.object({
    clock: z.int().check(z.gte(0)),
    origin: z.object({ pc: z.string(), pcName: z.string() }),
    entries: z.record(z.string(), z.object(version)),
    fields: z.record(z.string(), z.object(version)),
    history: z.record(z.string(), z.array(z.object({ ...version, box: z.optional(looseBox) }))),
  });
});
/** Checks a profile file's contents (for files AllyDesk reads itself, such as the shared folder's). */
export const parseProfileFile = (content: unknown) => profileFileSchema().safeParse(content);
export type ProfileFile = z.infer<ReturnType<typeof profileFileSchema>>;
export type ProfileStore = KeyValueStore<ProfileFile>;

export const DEFAULT_SETTINGS: VaultSettings = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };

const FILE = new RegExp(`^vault-profile-(${VAULT_ID_CHARS})\\.json$`);
export const storeName = (profileId: string) => `vault-profile-${profileId}`;

/** What is on disk for a profile: a checked file, a damaged one (moved aside to `damagedAt`), or nothing. */
export type ProfileOnDisk = { store: ProfileStore; file: ProfileFile } | { damagedAt: string } | null;

/** Opens, checks and caches profile stores; an unreadable or malformed file is moved aside and reported. */
export function createProfileFiles(deps: { dataDir: string; stores: StoreFactory; now: () => number; onMovedAside: (path: string) => void }) {
  const open = new Map<string, ProfileStore>();

  function setAside(path: string): string {
    const movedTo = moveAside(path, deps.now());
    deps.onMovedAside(movedTo);
    return movedTo;
  }

  /** Reads the file as it is now (it may have been edited since it was opened) and checks it. */
  function check(profileId: string, store: ProfileStore): ProfileOnDisk {
    if (!existsSync(store.path)) {
      open.delete(profileId);
      return null;
    }
    let content: unknown;
    try {
      content = store.store; // re-read from disk on every access
    } catch {
      content = null; // not JSON any more
    }
    const checked = profileFileSchema().safeParse(content);
    if (checked.success && checked.data.profileId === profileId) {
      open.set(profileId, store);
      return { store, file: checked.data };
    }
    open.delete(profileId);
    return { damagedAt: setAside(store.path) };
  }

  function read(profileId: string): ProfileOnDisk {
    const cached = open.get(profileId);
    if (cached) return check(profileId, cached);
    const path = join(deps.dataDir, `${storeName(profileId)}.json`);
    if (!existsSync(path)) return null;
    let damagedAt: string | null = null;
    const store = openStore(
      deps.stores,
      deps.dataDir,
      storeName(profileId),
      {} as ProfileFile,
      ({ movedTo }) => {
        damagedAt = movedTo;
        deps.onMovedAside(movedTo);
      },
      deps.now,
    );
    if (damagedAt) {
      // openStore opened a fresh, empty store in its place: it is not a profile.
      if (existsSync(store.path)) unlinkSync(store.path);
      return { damagedAt };
    }
    return check(profileId, store);
  }

  /** The cached store, checked when first opened (use `read` where the file must be checked now). */
  function load(profileId: string): ProfileStore | null {
    const cached = open.get(profileId);
    if (cached) return cached;
    const found = read(profileId);
    return found && 'store' in found ? found.store : null;
  }

  return {
    load,
    read,
    create(file: ProfileFile): ProfileStore {
      const store = deps.stores.open(storeName(file.profileId), {} as ProfileFile);
      for (const key of Object.keys(file) as (keyof ProfileFile)[]) store.set(key, file[key]);
      open.set(file.profileId, store);
      return store;
    },
    /** Every readable profile, by scanning the folder (no separate index that could disagree). */
    all(): ProfileFile[] {
      const ids = readdirSync(deps.dataDir)
        .map((name) => FILE.exec(name)?.[1])
        .filter((id): id is string => Boolean(id));
      // Each file is checked as it is now: one removed behind our back is skipped, one damaged
      // while AllyDesk runs is moved aside and reported, and the others are still listed.
      return ids.map((id) => read(id)).flatMap((found) => (found && 'file' in found ? [found.file] : []));
    },
    remove(profileId: string) {
      const store = load(profileId);
      open.delete(profileId);
      if (store && existsSync(store.path)) unlinkSync(store.path);
    },
  };
}
export type ProfileFiles = ReturnType<typeof createProfileFiles>;
