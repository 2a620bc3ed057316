import type { Sealed } from '../crypto';
import type { ProfileFile } from '../profileFile';

/**
 * One change's place in the order of changes: a Lamport counter (`c`, one more than the highest
 * counter this PC had seen when it made the change), the PC that made it (`pc`, breaks ties), and
 * that PC's wall clock (`at`, shown to people, never used to order). A PC whose clock is ten
 * minutes off still orders its changes after everything it has read.
 */
export interface Version {
  c: number;
  pc: string;
  at: number;
  /** A tombstone: the entry was deleted by this change (its box is gone, its version stays). */
  deleted?: true;
}
/** A version that lost to a later one, still sealed under its entry's associated data. */
export interface HistoryItem extends Version {
  box?: Sealed;
}
/** Profile fields outside the entries that change as a whole; each has its own version. */
export const SYNCED_FIELDS = ['name', 'settings', 'lock', 'throttle', 'rotationHint'] as const;
export type SyncedField = (typeof SYNCED_FIELDS)[number];

export interface SyncMeta {
  /** The highest counter in this file. */
  clock: number;
  /** The PC that created the profile (or moved it in), so same-named profiles can be told apart. */
  origin: { pc: string; pcName: string };
  entries: Record<string, Version>;
  fields: Partial<Record<SyncedField, Version>>;
  /** Per entry, the versions that lost (newest first, at most HISTORY_KEPT). */
  history: Record<string, HistoryItem[]>;
}
export type SyncedFile = ProfileFile & { sync: SyncMeta };

export const HISTORY_KEPT = 10;

/** true when `a` is ordered after `b`. */
export const isAfter = (a: Version, b: Version): boolean => a.c > b.c || (a.c === b.c && a.pc > b.pc);
const same = (a: Version, b: Version) => a.c === b.c && a.pc === b.pc;

/** The sync metadata of a profile that starts being shared now: every entry and field gets a version. */
export function startSync(file: ProfileFile, pc: { id: string; name: string }, at: number): SyncedFile {
  const version = (): Version => ({ c: 1, pc: pc.id, at });
  const entries: Record<string, Version> = {};
  for (const id of Object.keys(file.entries)) entries[id] = version();
  const fields: SyncMeta['fields'] = {};
  for (const field of SYNCED_FIELDS) fields[field] = version();
  return { ...file, sync: { clock: 1, origin: { pc: pc.id, pcName: pc.name }, entries, fields, history: {} } };
}

/**
 * A change made here: `key` set to `value`. For the entries, each box that differs from before gets
 * a new version and each one that is gone a tombstone; the replaced box goes to the entry's history.
 */
export function localChange<K extends keyof ProfileFile>(file: SyncedFile, key: K, value: ProfileFile[K], pc: string, at: number): SyncedFile {
  let clock = file.sync.clock;
  const next = (): Version => ({ c: ++clock, pc, at });
  if (key === 'entries') {
    const before = file.entries;
    const after = value as ProfileFile['entries'];
    const entries = { ...file.sync.entries };
    let history = file.sync.history;
    for (const [id, box] of Object.entries(after)) {
      const old = before[id];
      if (old && old.n === box.n && old.c === box.c && old.t === box.t) continue;
      if (old && entries[id]) history = withHistory(history, id, [{ ...entries[id]!, box: old }]);
      entries[id] = next();
    }
    for (const id of Object.keys(before)) {
      if (id in after) continue;
      if (entries[id]) history = withHistory(history, id, [{ ...entries[id]!, box: before[id] }]);
      entries[id] = { ...next(), deleted: true };
    }
    return { ...file, entries: after, sync: { ...file.sync, clock, entries, history } };
  }
  if ((SYNCED_FIELDS as readonly string[]).includes(key as string)) {
    return { ...file, [key]: value, sync: { ...file.sync, clock, fields: { ...file.sync.fields, [key]: next() } } };
  }
  return { ...file, [key]: value };
}

function withHistory(history: SyncMeta['history'], id: string, items: HistoryItem[]): SyncMeta['history'] {
  const all = [...items, ...(history[id] ?? [])];
  const seen = new Set<string>();
  const kept = all
    .filter((item) => {
      const key = `${item.c}/${item.pc}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (isAfter(a, b) ? -1 : 1))
    .slice(0, HISTORY_KEPT);
  return { ...history, [id]: kept };
}

export interface MergeResult {
  file: SyncedFile;
  /** Entries whose box now differs from ours (to decrypt once), and entries that are gone for us. */
  changed: string[];
  removed: string[];
  /** Fields that now hold their value instead of ours. */
  fieldsChanged: SyncedField[];
  /** Ours held something theirs lacks, so the merged file must be written back. */
  oursAhead: boolean;
}

/**
 * Entry by entry and field by field, the later version wins (see `isAfter`); the other one is kept
 * in that entry's history. A tombstone is a version like any other, so a deletion at one PC is not
 * undone by an older copy that still has the entry, and an edit made after the deletion brings it back.
 * Nothing is decrypted or encrypted here: boxes move as they are.
 */
export function merge(ours: SyncedFile, theirs: SyncedFile): MergeResult {
  const entries: ProfileFile['entries'] = {};
  const versions: Record<string, Version> = {};
  let history: SyncMeta['history'] = { ...ours.sync.history };
  const changed: string[] = [];
  const removed: string[] = [];
  let oursAhead = false;
  for (const [id, items] of Object.entries(theirs.sync.history)) {
    if (!sameHistory(history[id], items)) history = withHistory(history, id, items);
  }
  const ids = new Set([...Object.keys(ours.sync.entries), ...Object.keys(theirs.sync.entries)]);
  for (const id of ids) {
    const mine = ours.sync.entries[id];
    const other = theirs.sync.entries[id];
    const takeTheirs = !mine || (other !== undefined && isAfter(other, mine));
    const win = takeTheirs ? other! : mine!;
    const lose = takeTheirs ? mine : other;
    const winBox = takeTheirs ? theirs.entries[id] : ours.entries[id];
    const loseBox = takeTheirs ? ours.entries[id] : theirs.entries[id];
    versions[id] = win;
    if (winBox && !win.deleted) entries[id] = winBox;
    if (!takeTheirs && (!other || !same(other, mine!))) oursAhead = true;
    if (takeTheirs) {
      if (ours.entries[id] && !entries[id]) removed.push(id);
      else if (entries[id]) changed.push(id);
    }
    if (lose && !same(lose, win) && !lose.deleted && loseBox) history = withHistory(history, id, [{ ...lose, box: loseBox }]);
  }
  const fields: SyncMeta['fields'] = {};
  const fieldsChanged: SyncedField[] = [];
  const file = { ...ours } as SyncedFile;
  for (const field of SYNCED_FIELDS) {
    const mine = ours.sync.fields[field];
    const other = theirs.sync.fields[field];
    if (other && (!mine || isAfter(other, mine))) {
      fields[field] = other;
      (file as Record<string, unknown>)[field] = theirs[field];
      fieldsChanged.push(field);
    } else if (mine) {
      fields[field] = mine;
      if (!other || !same(other, mine)) oursAhead = true;
    }
  }
  file.entries = entries;
  file.sync = { ...ours.sync, clock: Math.max(ours.sync.clock, theirs.sync.clock), entries: versions, fields, history };
  return { file, changed, removed, fieldsChanged, oursAhead };
}

function sameHistory(a: HistoryItem[] | undefined, b: HistoryItem[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((item, i) => same(item, b[i]!));
}
