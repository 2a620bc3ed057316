import { createHmac, hkdfSync } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Logger } from '../../adapters/types';
import { moveAside } from '../storage';
import { folderReachable, statOrNull, writeBeside, type PcIdentity } from '../vault/shared/sharedStore';
import type { AuditLog, AuditRecord } from './service';

/**
 * A shared profile's activity in the practice's shared folder: one hash-chained file per PC beside
 * the profile's file (`vault-profile-<id>.activity-<pcId>.jsonl` + `….head.json`), written only by
 * that PC, so no two PCs ever append to one file. This PC's own audit log stays the journal: records
 * are *carried* from it into this PC's shared file whenever the share can be reached (each line
 * names the local record it came from, so a carry after the share was away resumes where the last
 * one ended — nothing lost, nothing twice). Each carry writes beside and renames, so a share that
 * drops out mid-write leaves the previous file whole.
 *
 * Lines are HMAC-SHA256 under a key derived (HKDF) from the profile's data key, which every PC that
 * knows the passphrase has and nobody else: anyone with the share can read the events (never a
 * secret: ids, counts, codes), but cannot rewrite a file so that it still checks out.
 */
const V = 1;
const GENESIS = '0'.repeat(64);
const PC_ID = /^[A-Za-z0-9_-]{8,32}$/;

export type PcFileState = 'intact' | 'changed' | 'cut' | 'deleted';
export interface PcActivity {
  pcId: string;
  pcName: string;
  thisPc: boolean;
  state: PcFileState;
  records: number;
  /** The first line that does not check out ('changed'). */
  firstBrokenLine?: number;
}
export type MergedRecord = AuditRecord & { pcId: string; pcName: string; thisPc: boolean };
export interface SharedActivityView {
  /** Where the other PCs' files were read: the shared folder, the copies kept when the profile moved out, or nowhere. */
  source: 'shared' | 'kept' | 'unreachable' | 'none';
  pcs: PcActivity[];
  records: MergedRecord[];
  /** This PC's file in the shared folder had to start again from this PC's log (it was cut, changed or deleted). */
  rewritten: { state: Exclude<PcFileState, 'intact'>; keptAs: string | null; at: string } | null;
}

type Line = AuditRecord & { v: number; pcName: string; from: string; localSeq: number; prev: string; hash: string };
type Head = { seq: number; hash: string; mac: string };
type Seen = Record<string, { pcs: Record<string, { name: string; seq: number }>; rewritten?: SharedActivityView['rewritten'] }>;

/** The activity key of one profile: the same at every PC, derived from the data key and never stored. */
export const activityKeyOf = (dataKey: Buffer, profileId: string) =>
  Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('allydesk-shared-activity'), Buffer.from(profileId), 32));

export const activityPaths = (folder: string, profileId: string, pcId: string) => ({
  log: join(folder, `vault-profile-${profileId}.activity-${pcId}.jsonl`),
  head: join(folder, `vault-profile-${profileId}.activity-${pcId}.head.json`),
});

const lineHash = (key: Buffer, profileId: string, pcId: string, l: Omit<Line, 'hash' | 'v'>) =>
  createHmac('sha256', key)
    .update(JSON.stringify([V, profileId, pcId, l.seq, l.at, l.profileId, l.event, l.entryId ?? null, l.detail ?? null, l.pcName, l.from, l.localSeq, l.prev]))
    .digest('hex');
const headMac = (key: Buffer, pcId: string, seq: number, hash: string) =>
  createHmac('sha256', key)
    .update(JSON.stringify(['head', V, pcId, seq, hash]))
    .digest('hex');

interface Checked {
  state: Exclude<PcFileState, 'deleted'>;
  lines: Line[];
  firstBrokenLine?: number;
  /** Every line checks out; only the head file is missing or does not match. */
  chainIntact: boolean;
}

/** Reads one PC's file and checks its chain and keyed head; the lines that parse are returned whatever the verdict. */
function checkPcFile(paths: { log: string; head: string }, key: Buffer, profileId: string, pcId: string): Checked | null {
  if (!statOrNull(paths.log)) return null;
  const raw = readFileSync(paths.log, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
  const lines: Line[] = [];
  let prev = GENESIS;
  let broken: number | undefined;
  for (const [index, text] of raw.entries()) {
    let line: Line | null = null;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      // not a record: the chain breaks here
    }
    if (typeof line !== 'object' || line === null || typeof line.at !== 'string' || typeof line.event !== 'string') {
      broken ??= index + 1;
      continue;
    }
    lines.push(line);
    if (broken !== undefined) continue;
    const { v, hash, ...body } = line;
    if (v !== V || line.seq !== index + 1 || line.prev !== prev || lineHash(key, profileId, pcId, body) !== hash) broken = index + 1;
    else prev = hash;
  }
  if (broken !== undefined) return { state: 'changed', lines, firstBrokenLine: broken, chainIntact: false };
  let head: Head | null;
  try {
    head = JSON.parse(readFileSync(paths.head, 'utf8')) as Head;
  } catch {
    head = null;
  }
  if (!head || typeof head.seq !== 'number' || head.mac !== headMac(key, pcId, head.seq, head.hash)) {
    return { state: 'cut', lines, chainIntact: true };
  }
  // A log one carry longer than its head is a write the share dropped out of before the head: fine.
  if (lines.length < head.seq) return { state: 'cut', lines, chainIntact: true };
  if (head.seq > 0 && lines[head.seq - 1]!.hash !== head.hash) return { state: 'changed', lines, firstBrokenLine: head.seq, chainIntact: false };
  return { state: 'intact', lines, chainIntact: true };
}

/** The PCs whose activity files for this profile are in `dir`. */
function pcIdsIn(dir: string, profileId: string): string[] {
  const prefix = `vault-profile-${profileId}.activity-`;
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.jsonl'))
      .map((name) => name.slice(prefix.length, -'.jsonl'.length))
      .filter((id) => PC_ID.test(id));
  } catch {
    return [];
  }
}

/**
 * Newest first, in time: each PC's records keep their own order (a PC whose clock was set back
 * does not reshuffle its own history), and between PCs the later time comes first, ties broken by
 * the PC's id so the order is the same at every PC and on every look.
 */
export function mergeInTime(perPc: MergedRecord[][], limit = 500): MergedRecord[] {
  const lists = perPc.map((records) => [...records].sort((a, b) => b.seq - a.seq));
  const at = lists.map(() => 0);
  const out: MergedRecord[] = [];
  while (out.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const next = lists[i]![at[i]!];
      if (!next) continue;
      const current = best >= 0 ? lists[best]![at[best]!]! : null;
      if (!current || next.at > current.at || (next.at === current.at && next.pcId < current.pcId)) best = i;
    }
    if (best < 0) break;
    out.push(lists[best]![at[best]!]!);
    at[best]!++;
  }
  return out;
}

export interface SharedActivityDeps {
  dataDir: string;
  now: () => number;
  pc: () => PcIdentity;
  local: Pick<AuditLog, 'recordsOf'>;
  logger?: Logger;
}

export function createSharedActivity(deps: SharedActivityDeps) {
  const seenPath = join(deps.dataDir, 'shared-activity-seen.json');
  const keptDir = join(deps.dataDir, 'shared-activity');
  /** Activity keys of the profiles unlocked since start (memory only), so records written after a lock are carried too. */
  const keys = new Map<string, Buffer>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  function readSeen(): Seen {
    try {
      const parsed = JSON.parse(readFileSync(seenPath, 'utf8')) as unknown;
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Seen) : {};
    } catch {
      return {};
    }
  }
  function updateSeen(profileId: string, change: (entry: Seen[string]) => void) {
    const seen = readSeen();
    const entry = seen[profileId] ?? { pcs: {} };
    change(entry);
    seen[profileId] = entry;
    writeBeside(seenPath, JSON.stringify(seen), { fsync: false });
  }

  const toRecord = (line: Line, pcId: string, thisPc: boolean): MergedRecord => ({
    seq: line.seq,
    at: line.at,
    profileId: line.profileId,
    event: line.event,
    ...(line.entryId ? { entryId: line.entryId } : {}),
    ...(line.detail ? { detail: line.detail } : {}),
    pcId,
    pcName: line.pcName,
    thisPc,
  });

  /**
   * Appends this PC's records of the profile not yet in its shared file. A file that no longer checks
   * out (cut, changed) or that was deleted after this PC wrote it is kept aside and written again
   * from this PC's log, which holds every record; the Activity view says so.
   */
  async function carryNow(profileId: string, folder: string, key: Buffer): Promise<'carried' | 'offline'> {
    if (!folderReachable(folder)) return 'offline';
    const pc = deps.pc();
    const paths = activityPaths(folder, profileId, pc.id);
    const { logId, records } = await deps.local.recordsOf(profileId);
    try {
      let checked = checkPcFile(paths, key, profileId, pc.id);
      const seenSeq = readSeen()[profileId]?.pcs[pc.id]?.seq ?? 0;
      // Only this PC writes this file: a head it did not get to write (the share dropped out) is
      // written with the next carry; a file that was cut, changed or deleted is written again.
      const problem: Exclude<PcFileState, 'intact'> | null = !checked
        ? seenSeq > 0
          ? 'deleted'
          : null
        : !checked.chainIntact
          ? 'changed'
          : checked.lines.length < seenSeq
            ? 'cut'
            : null;
      if (problem) {
        const keptAs = statOrNull(paths.log) ? moveAside(paths.log, deps.now()) : null;
        if (statOrNull(paths.head)) moveAside(paths.head, deps.now());
        updateSeen(profileId, (entry) => {
          entry.rewritten = { state: problem, keptAs: keptAs ? basename(keptAs) : null, at: new Date(deps.now()).toISOString() };
          delete entry.pcs[pc.id];
        });
        deps.logger?.warn("This PC's shared activity file was written again from its own log", { problem });
        checked = null;
      }
      const lines = checked?.lines ?? [];
      const last = lines.at(-1);
      const carried = last && last.from === logId ? last.localSeq : 0;
      const fresh = records.filter((r) => r.seq > carried);
      if (fresh.length === 0 && lines.length > 0 && checked?.state === 'intact') return 'carried';
      let prev = last?.hash ?? GENESIS;
      const added: string[] = [];
      for (const r of fresh) {
        const body: Omit<Line, 'hash' | 'v'> = {
          seq: lines.length + added.length + 1,
          at: r.at,
          profileId: r.profileId,
          event: r.event,
          ...(r.entryId ? { entryId: r.entryId } : {}),
          ...(r.detail ? { detail: r.detail } : {}),
          pcName: pc.name,
          from: logId,
          localSeq: r.seq,
          prev,
        };
        const hash = lineHash(key, profileId, pc.id, body);
        added.push(JSON.stringify({ v: V, ...body, hash }));
        prev = hash;
      }
      const before = statOrNull(paths.log) ? readFileSync(paths.log, 'utf8') : '';
      const text = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${added.map((l) => `${l}\n`).join('')}`;
      const seq = lines.length + added.length;
      writeBeside(paths.log, text, { fsync: true });
      writeBeside(paths.head, JSON.stringify({ seq, hash: prev, mac: headMac(key, pc.id, seq, prev) }), { fsync: true });
      updateSeen(profileId, (entry) => (entry.pcs[pc.id] = { name: pc.name, seq }));
      return 'carried';
    } catch (error) {
      // The share went away during the carry: the records wait in this PC's log for the next one.
      deps.logger?.warn('Activity could not be carried to the shared folder', { error: error instanceof Error ? error.name : 'unknown' });
      return 'offline';
    }
  }

  /** The other PCs' files in `dir`, checked; a file this PC has seen before and that is gone or shorter is reported. */
  function readOthers(dir: string, profileId: string, key: Buffer, remember: boolean): { pcs: PcActivity[]; records: MergedRecord[][] } {
    const self = deps.pc().id;
    const seen = readSeen()[profileId]?.pcs ?? {};
    const pcs: PcActivity[] = [];
    const records: MergedRecord[][] = [];
    const found = pcIdsIn(dir, profileId).filter((id) => id !== self);
    const nextSeen: Record<string, { name: string; seq: number }> = {};
    for (const pcId of found) {
      const checked = checkPcFile(activityPaths(dir, profileId, pcId), key, profileId, pcId);
      if (!checked) continue;
      const pcName = checked.lines.at(-1)?.pcName ?? seen[pcId]?.name ?? pcId;
      const seenSeq = seen[pcId]?.seq ?? 0;
      const state = checked.state === 'intact' && checked.lines.length < seenSeq ? 'cut' : checked.state;
      pcs.push({
        pcId,
        pcName,
        thisPc: false,
        state,
        records: checked.lines.length,
        ...(checked.firstBrokenLine ? { firstBrokenLine: checked.firstBrokenLine } : {}),
      });
      records.push(checked.lines.map((line) => toRecord(line, pcId, false)));
      // What was seen stays the mark to check against: a cut file does not lower it.
      nextSeen[pcId] = { name: pcName, seq: Math.max(seenSeq, state === 'intact' ? checked.lines.length : 0) };
    }
    for (const [pcId, was] of Object.entries(seen)) {
      if (pcId === self || found.includes(pcId)) continue;
      pcs.push({ pcId, pcName: was.name, thisPc: false, state: 'deleted', records: 0 });
      nextSeen[pcId] = was;
    }
    if (remember) {
      updateSeen(profileId, (entry) => {
        entry.pcs = { ...nextSeen, ...(entry.pcs[self] ? { [self]: entry.pcs[self] } : {}) };
      });
    }
    return { pcs, records };
  }

  return {
    /** The profile was unlocked here: its activity key is kept (in memory) for carrying. */
    remember(profileId: string, dataKey: Buffer) {
      if (!keys.has(profileId)) keys.set(profileId, activityKeyOf(dataKey, profileId));
    },
    /** Carries this PC's waiting records of one shared profile (or says the share is out of reach). */
    carry: (profileId: string, folder: string): Promise<'carried' | 'offline' | 'no-key'> =>
      serial(async () => {
        const key = keys.get(profileId);
        return key ? carryNow(profileId, folder, key) : 'no-key';
      }),
    /** Poll: carries the waiting records of every shared profile unlocked here since start. */
    carryAll: (folder: string, isShared: (profileId: string) => boolean) =>
      serial(async () => {
        for (const [profileId, key] of keys) if (isShared(profileId)) await carryNow(profileId, folder, key);
      }),

    /**
     * The profile leaves the shared folder: the other PCs' files are copied to this PC's data folder,
     * so its Activity view still shows them (this PC's own records stay in its own log).
     */
    keepOnMoveOut(profileId: string, folder: string) {
      mkdirSync(keptDir, { recursive: true, mode: 0o700 });
      for (const pcId of pcIdsIn(folder, profileId)) {
        if (pcId === deps.pc().id) continue;
        const from = activityPaths(folder, profileId, pcId);
        const to = activityPaths(keptDir, profileId, pcId);
        copyFileSync(from.log, to.log);
        if (statOrNull(from.head)) copyFileSync(from.head, to.head);
      }
    },

    /**
     * The Activity view of one profile: this PC's records from its own log, the other PCs' from their
     * files (shared folder, or the copies kept at move-out), merged newest first.
     */
    view: (profileId: string, dataKey: Buffer, where: { folder: string | null; shared: boolean }): Promise<SharedActivityView> =>
      serial(async () => {
        const key = activityKeyOf(dataKey, profileId);
        const pc = deps.pc();
        const own = (await deps.local.recordsOf(profileId)).records.map((r): MergedRecord => ({ ...r, pcId: pc.id, pcName: pc.name, thisPc: true }));
        const mine: PcActivity = { pcId: pc.id, pcName: pc.name, thisPc: true, state: 'intact', records: own.length };
        let source: SharedActivityView['source'] = 'none';
        let others: ReturnType<typeof readOthers> = { pcs: [], records: [] };
        if (where.shared && where.folder && folderReachable(where.folder)) {
          source = 'shared';
          others = readOthers(where.folder, profileId, key, true);
        } else if (where.shared) {
          source = 'unreachable';
        } else if (pcIdsIn(keptDir, profileId).length > 0) {
          source = 'kept';
          others = readOthers(keptDir, profileId, key, false);
        }
        return {
          source,
          pcs: [mine, ...others.pcs],
          records: mergeInTime([own, ...others.records]),
          rewritten: where.shared ? (readSeen()[profileId]?.rewritten ?? null) : null,
        };
      }),
  };
}
export type SharedActivity = ReturnType<typeof createSharedActivity>;
