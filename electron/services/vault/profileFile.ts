import { existsSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { vaultSettings, type VaultSettings } from '../../../shared/ipc/vault';
import type { KeyValueStore, StoreFactory } from '../../adapters/types';
import { openStore } from '../storage';

const sealed = z.object({ n: z.string(), c: z.string(), t: z.string() });

/**
 * One electron-store file per profile (vault-profile-<id>.json), so a damaged file costs only its
 * own profile. Only ciphertext, the scrypt parameters, the profile name and settings are on disk.
 */
export const profileFileSchema = z.object({
  format: z.literal('allydesk-vault-profile'),
  version: z.literal(1),
  profileId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  name: z.string().min(1),
  createdAt: z.number(),
  /** scrypt parameters and the key they unlock, in one field so a re-wrap is one atomic write. */
  lock: z.object({
    kdf: z.object({ N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1), salt: z.string() }),
    /** The data key wrapped by the passphrase key; `osSealed` adds the OS key store's seal on top. */
    key: z.union([z.object({ wrapped: sealed }), z.object({ osSealed: z.string() })]),
  }),
  entries: z.record(z.string(), sealed),
  throttle: z.object({ failures: z.number().int().min(0), retryAt: z.number().nullable() }),
  settings: vaultSettings,
  /**
   * The profile's oldest password date, kept outside the encryption so password-change reminders
   * work while the profile is locked: an entry's random id and a date, no title, username or secret.
   */
  rotationHint: z.object({ entryId: z.string(), changedAt: z.number() }).nullable().optional(),
});
export type ProfileFile = z.infer<typeof profileFileSchema>;
export type ProfileStore = KeyValueStore<ProfileFile>;

export const DEFAULT_SETTINGS: VaultSettings = { clipboardClearSeconds: 30, idleLockMinutes: 5, rotationDays: 90, practiceName: '' };

const FILE = /^vault-profile-([A-Za-z0-9_-]{8,64})\.json$/;
export const storeName = (profileId: string) => `vault-profile-${profileId}`;

/** Opens, checks and caches profile stores; an unreadable or malformed file is moved aside and reported. */
export function createProfileFiles(deps: { dataDir: string; stores: StoreFactory; now: () => number; onMovedAside: (path: string) => void }) {
  const open = new Map<string, ProfileStore>();

  function moveAside(path: string) {
    const stamp = new Date(deps.now()).toISOString().replace(/[:.]/g, '-');
    const movedTo = path.replace(/\.json$/, `.damaged-${stamp}.json`);
    renameSync(path, movedTo);
    deps.onMovedAside(movedTo);
  }

  function load(profileId: string): ProfileStore | null {
    const cached = open.get(profileId);
    if (cached) return cached;
    const path = join(deps.dataDir, `${storeName(profileId)}.json`);
    if (!existsSync(path)) return null;
    let damagedFile = false;
    const store = openStore(deps.stores, deps.dataDir, storeName(profileId), {} as ProfileFile, ({ movedTo }) => {
      damagedFile = true;
      deps.onMovedAside(movedTo);
    }, deps.now);
    if (damagedFile) {
      // openStore opened a fresh, empty store in its place: it is not a profile.
      if (existsSync(store.path)) unlinkSync(store.path);
      return null;
    }
    const checked = profileFileSchema.safeParse(store.store);
    if (!checked.success || checked.data.profileId !== profileId) {
      moveAside(store.path);
      return null;
    }
    open.set(profileId, store);
    return store;
  }

  return {
    load,
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
      // A file removed behind our back reads as empty: skip it rather than fail the whole list.
      return ids.map((id) => load(id)?.store).filter((file): file is ProfileFile => Boolean(file?.profileId));
    },
    remove(profileId: string) {
      const store = load(profileId);
      open.delete(profileId);
      if (store && existsSync(store.path)) unlinkSync(store.path);
    },
  };
}
export type ProfileFiles = ReturnType<typeof createProfileFiles>;
