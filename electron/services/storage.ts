import { existsSync, renameSync } from 'node:fs';
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
