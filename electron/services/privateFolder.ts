import { chmodSync, mkdirSync, statSync } from 'node:fs';

const OWNER_ONLY = 0o700;

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
