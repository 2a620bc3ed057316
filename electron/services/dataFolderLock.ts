import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';

/** The lock itself (a folder proper-lockfile creates atomically) and, beside it, who holds it. */
export const LOCK_NAME = 'allydesk.lock';
export const OWNER_FILE = 'allydesk.lock.json';

export interface DataFolderOwner {
  pid: number;
  hostname: string;
  since: string;
}

/** Another AllyDesk holds the data folder; the message is the one line a second instance prints. */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataFolderOwner | null,
  ) {
    const where = owner ? `process ${owner.pid} on host ${owner.hostname}` : 'another AllyDesk process';
    super(`AllyDesk is already running on the data folder ${dataDir} (${where}).`);
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLockDeps {
  pid?: number;
  hostname?: string;
  now?: () => number;
  /** Whether a process with this id runs on this computer (signal 0: EPERM means it runs as another user). */
  isRunning?: (pid: number) => boolean;
  /** The lock was lost while held (its folder removed, or not refreshed within the stale time). */
  onCompromised?: (error: Error) => void;
  /** A lock not refreshed for this long counts as stale (its owner froze or died on another host). */
  staleMs?: number;
}

export interface DataFolderLock {
  readonly owner: DataFolderOwner;
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(dataDir: string): DataFolderOwner | null {
  try {
    const owner = JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Partial<DataFolderOwner>;
    if (Number.isInteger(owner.pid) && typeof owner.hostname === 'string' && typeof owner.since === 'string') return owner as DataFolderOwner;
  } catch {
    // No owner file yet (the holder is between taking the lock and writing it), or a damaged one.
  }
  return null;
}

/** Folders this process holds: a lock recorded under our own pid that we do not hold is left over (pid reused). */
const heldHere = new Set<string>();

/**
 * Takes the exclusive lock on the data folder, so two AllyDesk instances (two browser hosts, or the
 * desktop app and a browser host) never write the same files. proper-lockfile keeps the lock fresh
 * and takes over one whose owner stopped refreshing it (frozen, or on another host of a shared
 * folder); on this host a lock whose recorded process is gone is taken over at once. Throws
 * DataFolderInUse when a live instance holds it. The folder must exist.
 */
export async function lockDataFolder(dataDir: string, deps: DataFolderLockDeps = {}): Promise<DataFolderLock> {
  const pid = deps.pid ?? process.pid;
  const hostname = deps.hostname ?? osHostname();
  const alive = deps.isRunning ?? isRunning;
  const lockfilePath = join(dataDir, LOCK_NAME);
  const take = () =>
    lock(dataDir, {
      lockfilePath,
      realpath: false,
      // Refreshed every 15 s; generous, so a busy front-desk PC or a slow network share is not taken for dead.
      stale: deps.staleMs ?? 30_000,
      onCompromised: deps.onCompromised ?? (() => undefined),
    });

  let unlock: () => Promise<void>;
  try {
    unlock = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(dataDir);
    const leftOver = owner !== null && owner.hostname === hostname && (owner.pid === pid ? !heldHere.has(dataDir) : !alive(owner.pid));
    if (!leftOver) throw new DataFolderInUse(dataDir, owner);
    // Its process is gone (crashed, killed): nobody will refresh or release it.
    rmSync(lockfilePath, { recursive: true, force: true });
    try {
      unlock = await take();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderInUse(dataDir, readOwner(dataDir));
      throw again;
    }
  }

  const owner: DataFolderOwner = { pid, hostname, since: new Date((deps.now ?? Date.now)()).toISOString() };
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(owner), { mode: 0o600 });
  heldHere.add(dataDir);
  let released = false;
  return {
    owner,
    async release() {
      if (released) return;
      released = true;
      heldHere.delete(dataDir);
      // Only our own record: after a lost lock the file may already name the instance that took over.
      const recorded = readOwner(dataDir);
      if (recorded?.pid === pid && recorded.hostname === hostname) rmSync(join(dataDir, OWNER_FILE), { force: true });
      await unlock().catch(() => undefined); // already gone (compromised): nothing left to release
    },
  };
}
