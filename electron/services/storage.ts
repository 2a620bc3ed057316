import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyValueStore, StoreFactory } from '../adapters/types';

export interface DamagedFile {
  original: string;
  movedTo: string;
}

/**
 * Opens a store; a file that cannot be read is never silently reset. It is moved aside next to
 * the original (…damaged-<time>.json), `onDamaged` tells the user where, and a fresh store opens.
 */
export function openStore<T extends Record<string, unknown>>(
  factory: StoreFactory,
  dataDir: string,
  name: string,
  defaults: T,
  onDamaged: (file: DamagedFile) => void,
  now: () => number = Date.now,
): KeyValueStore<T> {
  try {
    return factory.open(name, defaults);
  } catch (error) {
    const original = `${dataDir}/${name}.json`;
    if (!existsSync(original)) throw error;
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    const movedTo = `${dataDir}/${name}.damaged-${stamp}.json`;
    renameSync(original, movedTo);
    onDamaged({ original, movedTo });
    return factory.open(name, defaults);
  }
}

/**
 * Writes a whole file only this user may read (0600) into a folder only this user may open (0700 on
 * POSIX; created so if missing). Written under a temporary name and then renamed, as the stores
 * write, so a crash never leaves half a file, and a file written over gets the owner-only mode too.
 */
export function writePrivateFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, content, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
    throw error;
  }
}
