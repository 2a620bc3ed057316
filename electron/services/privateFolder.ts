import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OWNER_ONLY = 0o700;
/** Where exported vault backups go, inside the data folder. */
export const BACKUPS_FOLDER = 'backups';

/**
 * Creates a folder only this user may open (0700 on POSIX), and tightens an existing one that
 * others could read: the data folder and backups/ hold the vault's files. `mkdir`'s mode is cut by
 * the umask but never widened by it, and it does not touch a folder that already exists — hence
 * the chmod. On Windows the per-user profile folder's ACL does this job; modes mean nothing there.
 */
export function ensurePrivateFolder(path: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY });
  if (platform === 'win32') return;
  if ((statSync(path).mode & 0o777) !== OWNER_ONLY) chmodSync(path, OWNER_ONLY);
}

/** The data folder, and its backups/ when there is one, owner-only: run on every start to repair older installs. */
export function ensurePrivateDataFolder(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  ensurePrivateFolder(dataDir, platform);
  const backups = join(dataDir, BACKUPS_FOLDER);
  if (existsSync(backups)) ensurePrivateFolder(backups, platform);
}
