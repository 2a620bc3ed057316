import { rmSync, statSync } from 'node:fs';
import { lock } from 'proper-lockfile';

/** How long a lock may go without its holder refreshing it before another PC takes it over. */
export const STALE_MS = 10_000;
const REFRESH_MS = 2_000;
const GIVE_UP_MS = 30_000;

export class LockBusy extends Error {
  constructor() {
    super('Another computer has held this profile open for too long.');
  }
}

/**
 * Locks `file` across PCs with proper-lockfile: a `<file>.lock` folder (mkdir is atomic on SMB
 * shares and local disks alike) that its holder refreshes every 2 s. Staleness is judged by
 * watching: a lock whose time stamp has not moved for STALE_MS of *this* PC's monotonic time is
 * taken over. proper-lockfile's own check compares the stamp with this PC's wall clock, which calls
 * a live lock from a PC ten minutes behind stale (and never one from a PC ahead), so it is off.
 * `onLost` is told when another PC took our lock (we were stalled for longer than STALE_MS).
 */
export async function lockFile(file: string, options: { onLost?: () => void; monotonic?: () => number } = {}): Promise<() => Promise<void>> {
  const monotonic = options.monotonic ?? (() => performance.now());
  const lockPath = `${file}.lock`;
  const started = monotonic();
  let watched: { stamp: number; since: number } | null = null;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return await lock(file, {
        realpath: false,
        lockfilePath: lockPath,
        stale: 24 * 60 * 60 * 1000, // see above: staleness is ours to judge
        update: REFRESH_MS,
        retries: 0,
        onCompromised: () => options.onLost?.(),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    let stamp: number;
    try {
      stamp = statSync(lockPath).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    const t = monotonic();
    if (!watched || watched.stamp !== stamp) watched = { stamp, since: t };
    else if (t - watched.since >= STALE_MS) {
      rmSync(lockPath, { recursive: true, force: true }); // its holder stopped refreshing it
      watched = null;
      continue;
    }
    if (t - started > GIVE_UP_MS) throw new LockBusy();
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
