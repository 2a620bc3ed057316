import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { z } from '../../shared/zod';
import type { KeyValueStore, StoreFactory } from '../adapters/types';
import { ensurePrivateFolder } from './privateFolder';

/** A whole file moved aside (`rows` absent), or only the damaged rows of its lists (`rows`: how many). */
export interface DamagedFile {
  original: string;
  movedTo: string;
  rows?: number;
}

/** What a store's file must look like; checked on every open. */
export interface StoreShape<T> {
  /** The whole file (after the defaults fill in missing keys). A file that fails is moved aside. */
  schema: z.ZodMiniType;
  /** Top-level lists checked row by row: a damaged row is moved to a side file, the other rows stay. */
  rows?: Partial<Record<keyof T & string, z.ZodMiniType>>;
}

/** `dir/name.ext` → `dir/name.<suffix>.ext` (the extension kept, so the file still opens as what it is). */
const withSuffix = (path: string, suffix: string) => {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${suffix}${ext}`;
};

/** One `<label>-<time>` suffix under which none of `paths` is taken yet (-2, -3… when it is). */
function freeSuffix(paths: readonly string[], label: string, now: number): string {
  const stamp = `${label}-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  let suffix = stamp;
  for (let n = 2; paths.some((path) => existsSync(withSuffix(path, suffix))); n++) suffix = `${stamp}-${n}`;
  return suffix;
}

/** `<name>.<label>-<time>.<ext>` beside `path`, with -2, -3… when that name is taken. */
export function asideName(path: string, label: string, now: number): string {
  return withSuffix(path, freeSuffix([path], label, now));
}

/** Moves a damaged file aside under a dated name (its bytes kept as they were); returns that name. */
export function moveAside(path: string, now: number): string {
  const movedTo = asideName(path, 'damaged', now);
  renameSync(path, movedTo);
  return movedTo;
}

/**
 * Moves files that belong together aside under one dated suffix (`audit.jsonl` and `audit-head.json`
 * → `audit.<label>-<time>.jsonl`, `audit-head.<label>-<time>.json`). Files that do not exist are
 * skipped; returns where each moved file went, in the order given.
 */
export function moveAsideTogether(paths: readonly string[], label: string, now: number): string[] {
  const suffix = freeSuffix(paths, label, now);
  return paths
    .filter((path) => existsSync(path))
    .map((path) => {
      const movedTo = withSuffix(path, suffix);
      renameSync(path, movedTo);
      return movedTo;
    });
}

type Checked =
  | { verdict: 'ok' }
  | { verdict: 'damaged' }
  | { verdict: 'rows'; kept: Record<string, unknown>; damaged: Record<string, unknown[]>; count: number };

function check<T extends Record<string, unknown>>(text: string, defaults: T, shape: StoreShape<T>): Checked {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { verdict: 'damaged' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { verdict: 'damaged' };
  const kept: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  const damaged: Record<string, unknown[]> = {};
  let count = 0;
  for (const [key, row] of Object.entries(shape.rows ?? {}) as [string, z.ZodMiniType][]) {
    const list = kept[key];
    if (!Array.isArray(list)) continue;
    const good: unknown[] = [];
    const bad: unknown[] = [];
    for (const item of list) (row.safeParse(item).success ? good : bad).push(item);
    if (bad.length === 0) continue;
    kept[key] = good;
    damaged[key] = bad;
    count += bad.length;
  }
  if (!shape.schema.safeParse({ ...defaults, ...kept }).success) return { verdict: 'damaged' };
  return count > 0 ? { verdict: 'rows', kept, damaged, count } : { verdict: 'ok' };
}

/** Written whole and then renamed, as the stores write, so a crash never leaves half a file. */
function replaceFile(path: string, value: unknown) {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, undefined, '\t'), { mode: 0o600 });
  renameSync(temporary, path);
}

/**
 * Opens a store; a file is never silently reset. One that cannot be read, or (given `shape`) does
 * not match its schema, is moved aside next to the original (…damaged-<time>.json), `onDamaged`
 * tells the user where, and a fresh store opens. Damaged rows of a checked list go to a side file
 * (…damaged-rows-<time>.json) and the other rows stay, so one bad row neither hides the list nor
 * is lost when the list is next saved.
 */
export function openStore<T extends Record<string, unknown>>(
  factory: StoreFactory,
  dataDir: string,
  name: string,
  defaults: T,
  onDamaged: (file: DamagedFile) => void,
  now: () => number = Date.now,
  shape?: StoreShape<T>,
): KeyValueStore<T> {
  const original = `${dataDir}/${name}.json`;
  if (shape && existsSync(original)) {
    const checked = check(readFileSync(original, 'utf8'), defaults, shape);
    if (checked.verdict === 'damaged') {
      onDamaged({ original, movedTo: moveAside(original, now()) });
    } else if (checked.verdict === 'rows') {
      const movedTo = asideName(original, 'damaged-rows', now());
      writeFileSync(movedTo, JSON.stringify({ from: `${name}.json`, rows: checked.damaged }, undefined, '\t'), { mode: 0o600 });
      replaceFile(original, checked.kept);
      onDamaged({ original, movedTo, rows: checked.count });
    }
  }
  try {
    return factory.open(name, defaults);
  } catch (error) {
    if (!existsSync(original)) throw error;
    onDamaged({ original, movedTo: moveAside(original, now()) });
    return factory.open(name, defaults);
  }
}

/**
 * Writes a whole file only this user may read (0600) into a folder only this user may open (0700 on
 * POSIX; created so if missing). Written under a temporary name and then renamed, as the stores
 * write, so a crash never leaves half a file, and a file written over gets the owner-only mode too.
 */
export function writePrivateFile(path: string, content: string): void {
  ensurePrivateFolder(dirname(path));
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, content, { mode: 0o600 });
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
    throw error;
  }
}
