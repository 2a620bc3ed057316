import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ProfileFile, ProfileStore } from '../profileFile';
import { parseProfileFile } from '../profileFile';
import { moveAside } from '../../storage';
import { lockFile } from './fileLock';
import { localChange, merge, type MergeResult, type SyncedFile } from './merge';

export interface PcIdentity {
  id: string;
  name: string;
}

/** Where a shared profile's files are: the shared folder's copy and this PC's encrypted local copy. */
export const sharedPaths = (folder: string, dataDir: string, profileId: string) => ({
  shared: join(folder, `vault-profile-${profileId}.json`),
  lastGood: join(folder, `vault-profile-${profileId}.last-good.json`),
  gone: join(folder, `vault-profile-${profileId}.gone.json`),
  local: join(dataDir, `vault-profile-${profileId}.json`),
});

/** size, modification time and file id: changes with every write-and-rename of the file. */
export const etagOf = (st: Stats) => `${st.size}:${st.mtimeMs}:${st.ino}`;

export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function folderReachable(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Writes `text` to `path` through a temporary file beside it, then renames it into place. */
export function writeBeside(path: string, text: string, options: { fsync: boolean; beforeRename?: () => void; keepPrevious?: string }) {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, text);
      if (options.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.keepPrevious && statOrNull(path)) keepCopy(path, options.keepPrevious);
    options.beforeRename?.();
    renameSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is gone
    }
    throw error;
  }
}

/** The current file kept as the last good copy: a hard link (no bytes copied) where the share allows one. */
function keepCopy(path: string, copy: string) {
  rmSync(copy, { force: true });
  try {
    linkSync(path, copy);
  } catch {
    copyFileSync(path, copy);
  }
}

/** Temporary files of this profile left by a write the share dropped out of (only the lock holder writes them). */
function removeLeftovers(path: string) {
  const prefix = `.${basename(path)}.`;
  try {
    for (const name of readdirSync(dirname(path))) if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(path), name), { force: true });
  } catch {
    // listing the folder failed: the write below will say whether the share is there
  }
}

export type ReadShared = { file: SyncedFile; etag: string } | { damagedAt: string } | null;

/** Reads and checks a shared profile file; a damaged one is moved aside (its bytes kept). */
export function readSharedFile(path: string, profileId: string, now: number): ReadShared {
  const st = statOrNull(path);
  if (!st) return null;
  let content: unknown = null;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // not JSON (cut short, overwritten): damaged
  }
  const checked = parseProfileFile(content);
  if (checked.success && checked.data.profileId === profileId && checked.data.sync) return { file: checked.data as SyncedFile, etag: etagOf(st) };
  return { damagedAt: moveAside(path, now) };
}

export type SyncState = 'online' | 'offline' | 'gone';

export interface SharedStoreDeps {
  folder: string;
  dataDir: string;
  pc: () => PcIdentity;
  now: () => number;
  onMovedAside: (path: string) => void;
  /** Test seam: runs just before the shared file is renamed into place. */
  beforeRename?: () => void;
}

/**
 * A shared profile as the session sees it: a ProfileStore whose `set` records the change's
 * version, then (in the background, one at a time) locks the shared file, merges any change made at
 * another PC since our last read, writes beside and renames, and writes the local encrypted copy.
 * The data key is never needed: boxes move as they are, and only the entries another PC changed are
 * handed to `onRemote` for the session to decrypt. When the share cannot be reached the change is
 * kept in the local copy and merged the next time it can.
 */
export class SharedProfileStore implements ProfileStore {
  readonly path: string;
  readonly paths: ReturnType<typeof sharedPaths>;
  private file: SyncedFile;
  /** The shared file's etag when we last read or wrote it: unchanged means no merge is needed. */
  private seen: string | null;
  private dirty: boolean;
  private queue: Promise<unknown> = Promise.resolve();
  private queued = false;
  private leftLock: number | null = null;
  state: SyncState = 'online';
  onRemote: ((result: MergeResult) => void) | null = null;
  onState: ((state: SyncState) => void) | null = null;

  constructor(
    private readonly deps: SharedStoreDeps,
    file: SyncedFile,
    seen: string | null,
    dirty: boolean,
  ) {
    this.paths = sharedPaths(deps.folder, deps.dataDir, file.profileId);
    this.path = this.paths.local;
    this.file = file;
    this.seen = seen;
    this.dirty = dirty;
  }

  get store(): ProfileFile {
    return this.file;
  }
  get<K extends keyof ProfileFile>(key: K): ProfileFile[K] {
    return this.file[key];
  }
  set<K extends keyof ProfileFile>(key: K, value: ProfileFile[K]): void {
    this.file = localChange(this.file, key, value, this.deps.pc().id, this.deps.now());
    this.dirty = true;
    this.schedule();
  }
  get pending(): boolean {
    return this.dirty;
  }

  /** Waits until every change made so far has been written (or kept locally while offline). */
  settled(): Promise<SyncState> {
    return this.queue.then(() => this.state);
  }

  /** Poll: merges what another PC saved since our last read, and pushes what is waiting here. */
  sync(): Promise<SyncState> {
    this.queue = this.queue.then(() => this.round()).catch(() => undefined);
    return this.settled();
  }

  private schedule() {
    if (this.queued) return;
    this.queued = true;
    this.queue = this.queue
      .then(() => {
        this.queued = false;
        return this.round();
      })
      .catch(() => undefined);
  }

  private setState(state: SyncState) {
    if (state === this.state) return;
    this.state = state;
    this.onState?.(state);
  }

  private async round(): Promise<void> {
    if (this.state === 'gone') return;
    if (!folderReachable(this.deps.folder)) return this.offline();
    try {
      if (!this.dirty) {
        // Read without the lock: every write is a rename, so a reader sees a whole file.
        this.pull();
        if (!this.dirty) return this.setState((this.state as SyncState) === 'gone' ? 'gone' : 'online');
      }
      if (this.leftLock !== null) {
        // Our own lock, left behind when the share dropped out under it (same time stamp: not retaken).
        if (statOrNull(`${this.paths.shared}.lock`)?.mtimeMs === this.leftLock) rmSync(`${this.paths.shared}.lock`, { recursive: true, force: true });
        this.leftLock = null;
      }
      const release = await lockFile(this.paths.shared);
      const stamp = statOrNull(`${this.paths.shared}.lock`)?.mtimeMs ?? null;
      try {
        removeLeftovers(this.paths.shared);
        this.pull();
        if ((this.state as SyncState) === 'gone') return;
        const text = JSON.stringify(this.file);
        writeBeside(this.paths.shared, text, { fsync: true, keepPrevious: this.paths.lastGood, beforeRename: this.deps.beforeRename });
        this.seen = etagOf(statSync(this.paths.shared));
        this.dirty = false;
        writeBeside(this.paths.local, text, { fsync: false });
      } catch (error) {
        this.leftLock = stamp; // the share may have dropped out under our lock: it may still be there when it is back
        throw error;
      } finally {
        await release().catch(() => {
          this.leftLock = stamp;
        });
      }
      this.setState('online');
    } catch {
      this.offline();
    }
  }

  /** Reads the shared file when it changed since our last look, and merges it into ours. */
  private pull() {
    const st = statOrNull(this.paths.shared);
    if (!st) {
      if (statOrNull(this.paths.gone)) return this.setState('gone');
      // Missing (moved aside as damaged, or never written): ours is written back.
      this.dirty = true;
      return;
    }
    if (etagOf(st) === this.seen) return;
    let read = readSharedFile(this.paths.shared, this.file.profileId, this.deps.now());
    if (read && 'damagedAt' in read) {
      this.deps.onMovedAside(read.damagedAt);
      read = readSharedFile(this.paths.lastGood, this.file.profileId, this.deps.now());
      if (read && 'damagedAt' in read) this.deps.onMovedAside(read.damagedAt);
      this.dirty = true; // the shared file must be written again
      if (!read || 'damagedAt' in read) return;
      read = { file: read.file, etag: '' };
    }
    if (!read) return;
    const result = merge(this.file, read.file);
    this.file = result.file;
    if (read.etag) this.seen = read.etag;
    if (result.oursAhead) this.dirty = true;
    else if (result.changed.length || result.removed.length || result.fieldsChanged.length) {
      writeBeside(this.paths.local, JSON.stringify(this.file), { fsync: false });
    }
    if (result.changed.length || result.removed.length || result.fieldsChanged.length) this.onRemote?.(result);
  }

  /** The share is out of reach: the change is kept (durably) in the local copy until it is back. */
  private offline() {
    if (this.dirty) {
      try {
        writeBeside(this.paths.local, JSON.stringify(this.file), { fsync: true });
      } catch {
        // nothing more can be done here; the session still holds the change
      }
    }
    this.setState('offline');
  }
}
