import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { VAULT_ID_CHARS } from '../../../../shared/ipc/vaultConstants';
import type { ProfileFile } from '../profileFile';
import { parseProfileFile } from '../profileFile';
import { readFileSync } from 'node:fs';
import { folderReachable, readSharedFile, SharedProfileStore, sharedPaths, statOrNull, writeBeside, etagOf, type PcIdentity } from './sharedStore';
import { merge, startSync, type SyncedFile } from './merge';

const FILE = new RegExp(`^vault-profile-(${VAULT_ID_CHARS})\\.json$`);

export interface SharedFolderDeps {
  /** The practice's profiles folder (policy ProfilesFolder, or Settings), or null. */
  folder: () => string | null;
  dataDir: string;
  pc: () => PcIdentity;
  now: () => number;
  onMovedAside: (path: string) => void;
  beforeRename?: () => void;
}

export interface SharedListing {
  folder: string;
  reachable: boolean;
  /** The shared copies (or, while the share is out of reach, this PC's local copies of them). */
  files: SyncedFile[];
}

/**
 * The practice's shared profiles folder: lists the profiles in it, opens one for unlocking (the
 * shared copy merged with this PC's local copy), creates, deletes (a `.gone.json` marker, so other
 * PCs drop their copies instead of writing it back) and moves profiles in and out.
 */
export function createSharedFolder(deps: SharedFolderDeps) {
  /** Parsed shared files by etag: the picker's list re-reads only files that changed. */
  const cache = new Map<string, { etag: string; file: SyncedFile | null }>();
  const paths = (folder: string, profileId: string) => sharedPaths(folder, deps.dataDir, profileId);
  const storeDeps = (folder: string) => ({
    folder,
    dataDir: deps.dataDir,
    pc: deps.pc,
    now: deps.now,
    onMovedAside: deps.onMovedAside,
    beforeRename: deps.beforeRename,
  });

  function readLocal(path: string, profileId: string): SyncedFile | null {
    try {
      const checked = parseProfileFile(JSON.parse(readFileSync(path, 'utf8')));
      return checked.success && checked.data.profileId === profileId && checked.data.sync ? (checked.data as SyncedFile) : null;
    } catch {
      return null;
    }
  }

  /** This PC's local copies of shared profiles (in the data folder, marked by their sync section). */
  function localCopies(): SyncedFile[] {
    return readdirSync(deps.dataDir)
      .map((name) => FILE.exec(name)?.[1])
      .filter((id): id is string => Boolean(id))
      .flatMap((id) => {
        const file = readLocal(paths(deps.dataDir, id).local, id);
        return file ? [file] : [];
      });
  }

  function list(): SharedListing | null {
    const folder = deps.folder();
    if (!folder) return null;
    if (!folderReachable(folder)) return { folder, reachable: false, files: localCopies() };
    const files: SyncedFile[] = [];
    for (const name of readdirSync(folder)) {
      const id = FILE.exec(name)?.[1];
      if (!id) continue;
      const st = statOrNull(paths(folder, id).shared);
      if (!st) continue;
      const etag = etagOf(st);
      let hit = cache.get(id);
      if (hit?.etag !== etag) {
        const read = readSharedFile(paths(folder, id).shared, id, deps.now());
        if (read && 'damagedAt' in read) deps.onMovedAside(read.damagedAt);
        hit = { etag, file: read && 'file' in read ? read.file : null };
        cache.set(id, hit);
      }
      if (hit.file) files.push(hit.file);
    }
    // A profile whose shared file was damaged and moved aside is still listed from the local copy;
    // a local copy of a profile deleted or moved out at another PC is dropped.
    for (const local of localCopies()) {
      if (files.some((f) => f.profileId === local.profileId)) continue;
      if (statOrNull(paths(folder, local.profileId).gone)) rmSync(paths(folder, local.profileId).local, { force: true });
      else files.push(local);
    }
    return { folder, reachable: true, files };
  }

  /**
   * The store a session of this shared profile writes through: the shared copy merged with this
   * PC's local copy (changes made here while the share was away are pushed now), or the local copy
   * alone when the share cannot be reached.
   */
  function open(profileId: string): SharedProfileStore | { damagedAt: string } | null {
    const folder = deps.folder();
    if (!folder) return null;
    const p = paths(folder, profileId);
    const local = readLocal(p.local, profileId);
    if (!folderReachable(folder)) {
      if (!local) return null;
      const store = new SharedProfileStore(storeDeps(folder), local, null, false);
      store.state = 'offline';
      return store;
    }
    let read = readSharedFile(p.shared, profileId, deps.now());
    let damagedAt: string | null = null;
    if (read && 'damagedAt' in read) {
      deps.onMovedAside(read.damagedAt);
      damagedAt = read.damagedAt;
      read = readSharedFile(p.lastGood, profileId, deps.now());
      if (read && 'damagedAt' in read) deps.onMovedAside(read.damagedAt);
      if (read && 'file' in read) read = { file: read.file, etag: '' };
    }
    const shared = read && 'file' in read ? read : null;
    if (!shared && !local) return damagedAt ? { damagedAt } : null;
    if (!shared) {
      if (!damagedAt && statOrNull(p.gone)) {
        rmSync(p.local, { force: true });
        return null;
      }
      // Only the local copy is whole: it is written back as the shared file.
      const store = new SharedProfileStore(storeDeps(folder), local!, null, true);
      void store.sync();
      return store;
    }
    if (!local) return new SharedProfileStore(storeDeps(folder), shared.file, shared.etag || null, !shared.etag);
    const merged = merge(local, shared.file);
    const store = new SharedProfileStore(storeDeps(folder), merged.file, shared.etag || null, merged.oursAhead || !shared.etag);
    if (store.pending) void store.sync();
    return store;
  }

  /** Writes a profile into the shared folder as a new shared profile, with its local copy. */
  function put(file: ProfileFile, folder: string): SharedProfileStore {
    const synced = file.sync ? (file as SyncedFile) : startSync(file, deps.pc(), deps.now());
    const p = paths(folder, file.profileId);
    const text = JSON.stringify(synced);
    writeBeside(p.shared, text, { fsync: true });
    writeBeside(p.local, text, { fsync: true });
    rmSync(p.gone, { force: true });
    return new SharedProfileStore(storeDeps(folder), synced, etagOf(statOrNull(p.shared)!), false);
  }

  /** Takes the profile out of the shared folder: other PCs see the marker and drop their copies. */
  function takeOut(profileId: string, reason: 'deleted' | 'moved-out') {
    const folder = deps.folder();
    if (!folder) return;
    const p = paths(folder, profileId);
    writeFileSync(p.gone, JSON.stringify({ profileId, reason, at: deps.now(), pc: deps.pc().id }));
    rmSync(p.shared, { force: true });
    rmSync(p.lastGood, { force: true });
    cache.delete(profileId);
  }

  return {
    folder: deps.folder,
    pc: deps.pc,
    list,
    open,
    reachable: () => {
      const folder = deps.folder();
      return folder !== null && folderReachable(folder);
    },
    /** A new profile, straight into the shared folder. */
    create(file: ProfileFile): SharedProfileStore {
      const folder = deps.folder();
      if (!folder || !folderReachable(folder)) throw new Error('shared folder out of reach');
      return put(file, folder);
    },
    /** A local profile moves in: its key is already passphrase-wrapped only (the caller took the OS seal off). */
    moveIn(file: ProfileFile): SharedProfileStore {
      const folder = deps.folder();
      if (!folder || !folderReachable(folder)) throw new Error('shared folder out of reach');
      return put(file, folder);
    },
    /** The profile leaves the shared folder; the caller writes it as a local profile. */
    moveOut: (profileId: string) => takeOut(profileId, 'moved-out'),
    /** Deleted by its owner: gone from the folder, from this PC, and (at their next look) from every PC. */
    remove(profileId: string) {
      takeOut(profileId, 'deleted');
      rmSync(paths(deps.dataDir, profileId).local, { force: true });
    },
    /** Whether this profile is a shared one (its local copy carries a sync section). */
    isShared: (profileId: string) => readLocal(paths(deps.dataDir, profileId).local, profileId) !== null,
  };
}
export type SharedFolder = ReturnType<typeof createSharedFolder>;
