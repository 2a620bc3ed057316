import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UpdateMemory } from './service';

type Remembered = Awaited<ReturnType<UpdateMemory['load']>>;

const isRemembered = (value: unknown): value is Remembered => {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const pending = v.pending as Record<string, unknown> | undefined;
  return (
    (v.lastRunVersion === undefined || typeof v.lastRunVersion === 'string') &&
    (pending === undefined ||
      (typeof pending === 'object' &&
        pending !== null &&
        typeof pending.version === 'string' &&
        (pending.releaseNotes === undefined || typeof pending.releaseNotes === 'string')))
  );
};

/** update.json in the data folder: the version that ran last and the update waiting to install. A damaged file counts as empty. */
export function fileUpdateMemory(dataDir: string): UpdateMemory {
  const file = join(dataDir, 'update.json');
  return {
    async load() {
      try {
        const value: unknown = JSON.parse(await readFile(file, 'utf8'));
        return isRemembered(value) ? value : {};
      } catch {
        return {};
      }
    },
    async save(value) {
      await writeFile(`${file}.tmp`, JSON.stringify(value), { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    },
  };
}
