import { createHash, createHmac } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { vaultSchemas, type AuditSetAsideReason } from '../../../shared/ipc/vault';
import type { Clock, Logger, SecretSealAdapter } from '../../adapters/types';
import { moveAsideTogether } from '../storage';
import { createAuditKey, openAuditKey, UnreadableAuditKey, type KeyProtection, type OpenedKey } from './auditKey';
import type { Output } from '../../../shared/ipc';
import type { AuditEvent } from '../../../shared/ipc/auditEvents';

export interface AuditInput {
  event: AuditEvent;
  profileId: string | null;
  entryId?: string;
  /** Ids, counts, codes only — never a username, password, note or card number. */
  detail?: Record<string, string>;
}
/** A record as written and read back (its `event` a string: the file may have been changed). */
export type AuditRecord = Output<'vault:audit'>['records'][number];
export type AuditVerification = { intact: true; records: number } | { intact: false; records: number; firstBrokenLine: number; reason: string };
/** Why an earlier log was moved aside and a new one started (see auditSetAsideReason). */
export type SetAsideReason = AuditSetAsideReason;
export interface AuditAbout {
  keyProtection: KeyProtection;
  /** The kept earlier log (file name in the data folder), when this log had to start over. */
  setAside: { file: string; reason: SetAsideReason; at: string } | null;
}
export const AUDIT_RESTARTED: AuditEvent = 'audit-restarted';

const GENESIS = '0'.repeat(64);
/** Records carrying this marker are HMAC-keyed; records without it come from older AllyDesk versions. */
const KEYED = 2;
type StoredLine = AuditRecord & { v?: number; prev: string; hash: string };
type Head = { seq: number; hash: string; v?: number; mac?: string };

const fieldsOf = (record: AuditRecord, prev: string) => [
  record.seq,
  record.at,
  record.profileId,
  record.event,
  record.entryId ?? null,
  record.detail ?? null,
  prev,
];
const unkeyedHash = (record: AuditRecord, prev: string) =>
  createHash('sha256')
    .update(JSON.stringify(fieldsOf(record, prev)))
    .digest('hex');
const keyedHash = (key: Buffer, record: AuditRecord, prev: string) =>
  createHmac('sha256', key)
    .update(JSON.stringify([KEYED, ...fieldsOf(record, prev)]))
    .digest('hex');
const headMac = (key: Buffer, seq: number, hash: string) =>
  createHmac('sha256', key)
    .update(JSON.stringify(['head', seq, hash]))
    .digest('hex');

/**
 * Append-only JSONL audit log; each line carries the previous line's hash, so an edited, removed
 * or reordered line breaks the chain, and a small head file (keyed too) catches lines cut off the
 * end. New lines are HMAC-SHA256 under a per-installation key kept in audit-key.json, sealed by the
 * OS key store where there is one, so a chain rewritten without the key fails. Lines written by
 * older versions (plain SHA-256, no `v`) still verify, and the keyed chain continues from them.
 *
 * The key opens asynchronously, but `record()` stays synchronous for its fire-and-forget callers:
 * records queue in call order and are written once the key is ready; `settled()` waits for them.
 */
export function createAuditLog(deps: { dataDir: string; clock: Clock; seal: SecretSealAdapter; logger?: Logger }) {
  const file = join(deps.dataDir, 'audit.jsonl');
  const headFile = join(deps.dataDir, 'audit-head.json');
  const keyFile = join(deps.dataDir, 'audit-key.json');
  let last = { seq: 0, hash: GENESIS };

  const readLines = () =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => line.length > 0)
      : [];
  const readHead = (): Head | null => {
    try {
      return existsSync(headFile) ? (JSON.parse(readFileSync(headFile, 'utf8')) as Head) : null;
    } catch {
      return null;
    }
  };
  const isKeyedLine = (line: string) => {
    try {
      return (JSON.parse(line) as { v?: unknown }).v !== undefined;
    } catch {
      return false;
    }
  };

  // Continue the chain from the last line on disk (even if an earlier line was tampered with).
  function continueFromTail() {
    last = { seq: 0, hash: GENESIS };
    const tail = readLines().at(-1);
    if (!tail) return;
    try {
      const parsed = JSON.parse(tail) as { seq: number; hash: string };
      if (Number.isInteger(parsed.seq) && typeof parsed.hash === 'string') last = { seq: parsed.seq, hash: parsed.hash };
    } catch {
      // A garbled last line: verification reports it; new records still chain from the head file.
      const head = readHead();
      if (head) last = { seq: head.seq, hash: head.hash };
    }
  }

  function writeHead(key: Buffer) {
    const head: Head = { ...last, v: KEYED, mac: headMac(key, last.seq, last.hash) };
    writeFileSync(headFile, JSON.stringify(head), { mode: 0o600 });
  }

  function append(key: Buffer, input: AuditInput, at: string) {
    const entry: AuditRecord = {
      seq: last.seq + 1,
      at,
      profileId: input.profileId,
      event: input.event,
      ...(input.entryId ? { entryId: input.entryId } : {}),
      ...(input.detail ? { detail: { ...input.detail } } : {}),
    };
    const hash = keyedHash(key, entry, last.hash);
    appendFileSync(file, `${JSON.stringify({ v: KEYED, ...entry, prev: last.hash, hash })}\n`, { mode: 0o600 });
    last = { seq: entry.seq, hash };
    writeHead(key);
  }

  /** Moves the log, its head and its key aside under one dated name; returns the name of the kept log. */
  function setAside(): string {
    const moved = moveAsideTogether([file, headFile, keyFile], 'set-aside', deps.clock.now());
    return basename(moved[0] ?? file);
  }

  /**
   * Compares the log with its keyed head at start. Records cut off the end, an emptied or deleted
   * log, or a head that is gone or not written under this key would otherwise pass: the next record
   * chains from the new tail and overwrites the head. A log longer than its head is fine (a crash
   * between writing a record and its head); verify() still checks every record.
   */
  function headMismatch({ key, keyedFrom }: OpenedKey): SetAsideReason | null {
    const lines = readLines();
    if (!existsSync(headFile)) return existsSync(file) || lines.length > 0 ? 'head-missing' : 'log-deleted';
    const head = readHead();
    if (!head || !Number.isInteger(head.seq) || head.seq < 0 || typeof head.hash !== 'string') return 'head-mismatch';
    // An older version's unkeyed head is accepted only while no keyed record has been written.
    const keyedHeadNeeded = head.seq >= keyedFrom || head.v !== undefined;
    if (keyedHeadNeeded && head.mac !== headMac(key, head.seq, head.hash)) return 'head-mismatch';
    if (head.seq === 0) return head.hash === GENESIS ? null : 'head-mismatch';
    if (lines.length < head.seq) {
      if (lines.length > 0) return 'records-removed';
      return existsSync(file) ? 'log-emptied' : 'log-deleted';
    }
    try {
      return (JSON.parse(lines[head.seq - 1]!) as { hash?: unknown }).hash === head.hash ? null : 'head-mismatch';
    } catch {
      return 'head-mismatch';
    }
  }

  async function openLog(): Promise<OpenedKey> {
    let reason: SetAsideReason | null = null;
    if (existsSync(keyFile)) {
      try {
        const opened = await openAuditKey(keyFile, deps.seal);
        reason = headMismatch(opened);
        if (!reason) {
          continueFromTail();
          return opened;
        }
      } catch (error) {
        if (!(error instanceof UnreadableAuditKey)) throw error;
        reason = 'key-unreadable';
      }
    } else if (readLines().some(isKeyedLine)) {
      reason = 'key-missing';
    }
    if (!reason) {
      // First start with keys: an older unkeyed log (or none) continues; keyed records start after it.
      continueFromTail();
      const created = await createAuditKey(keyFile, deps.seal, last.seq + 1);
      if (last.seq === 0) writeHead(created.key); // a missing head is then always a sign of deletion
      return created;
    }
    // Nothing is lost: the old files are kept for whoever needs them; a new log with a new key starts.
    const keptAs = setAside();
    deps.logger?.warn('Audit log could not be continued; log set aside and restarted', { reason, keptAs });
    last = { seq: 0, hash: GENESIS };
    const created = await createAuditKey(keyFile, deps.seal, 1);
    append(created.key, { event: AUDIT_RESTARTED, profileId: null, detail: { reason, keptAs } }, new Date(deps.clock.now()).toISOString());
    return created;
  }

  const ready = openLog();
  let queue: Promise<void> = ready.then(
    () => undefined,
    (error: unknown) => deps.logger?.error('Audit log could not be opened', { error: String(error) }),
  );

  /** Queues one record (written in call order once the key is ready); never throws. */
  function record(input: AuditInput): void {
    const at = new Date(deps.clock.now()).toISOString();
    const copy: AuditInput = { ...input, ...(input.detail ? { detail: { ...input.detail } } : {}) };
    queue = queue
      .then(async () => append((await ready).key, copy, at))
      .catch((error: unknown) => deps.logger?.error('Audit record could not be written', { event: input.event, error: String(error) }));
  }

  /** Resolves once every record queued so far (and any queued meanwhile) is on disk. */
  async function settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = queue;
      await seen;
    } while (seen !== queue);
  }

  async function verify(): Promise<AuditVerification> {
    await settled();
    const { key, keyedFrom } = await ready;
    const lines = readLines();
    let prev = GENESIS;
    for (const [index, line] of lines.entries()) {
      const broken = (reason: string): AuditVerification => ({ intact: false, records: lines.length, firstBrokenLine: index + 1, reason });
      let parsed: StoredLine;
      try {
        parsed = JSON.parse(line) as StoredLine;
      } catch {
        return broken('This line is not a readable record.');
      }
      if (parsed.seq !== index + 1) return broken('A record before this one was removed or the order was changed.');
      if (parsed.prev !== prev) return broken('This record does not follow the one before it (a record was removed or edited).');
      const { v, prev: _p, hash, ...body } = parsed;
      if (v === KEYED) {
        if (keyedHash(key, body, prev) !== hash) return broken("This record was edited after it was written, or was not written with this log's key.");
      } else if (v !== undefined) {
        return broken('This record is in a format this version of AllyDesk does not know.');
      } else if (parsed.seq >= keyedFrom) {
        return broken("This record was not written with this log's key.");
      } else if (unkeyedHash(body, prev) !== hash) {
        return broken('This record was edited after it was written.');
      }
      prev = hash;
    }
    const head = readHead();
    const cut: AuditVerification = {
      intact: false,
      records: lines.length,
      firstBrokenLine: lines.length + 1,
      reason: 'Records at the end of the log were removed.',
    };
    if (!head || head.seq !== lines.length || head.hash !== prev || lines.length < keyedFrom - 1) return cut;
    // The head may still be an older version's unkeyed one while no keyed record has been written.
    const keyedHeadNeeded = lines.length >= keyedFrom || head.v !== undefined;
    if (keyedHeadNeeded && head.mac !== headMac(key, head.seq, head.hash)) return cut;
    return { intact: true, records: lines.length };
  }

  /** Records of one profile, newest first (records that do not parse are skipped; verify() reports them). */
  async function list(profileId: string, limit = 500): Promise<AuditRecord[]> {
    await settled();
    const out: AuditRecord[] = [];
    for (const line of readLines().reverse()) {
      try {
        const { v: _v, prev: _p, hash: _h, ...body } = JSON.parse(line) as StoredLine;
        if (body.profileId === profileId) out.push(body);
      } catch {
        continue;
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Every record of one profile, oldest first, with the log's identity (its first record's hash):
   * what the shared folder's copy of this PC's activity is carried from (sharedActivity.ts).
   */
  async function recordsOf(profileId: string): Promise<{ logId: string; records: AuditRecord[] }> {
    await settled();
    const lines = readLines();
    let logId = GENESIS;
    try {
      logId = (JSON.parse(lines[0] ?? 'null') as StoredLine | null)?.hash ?? GENESIS;
    } catch {
      // An unreadable first line: verify() reports it; the identity stays the empty log's.
    }
    const records: AuditRecord[] = [];
    for (const line of lines) {
      try {
        const { v: _v, prev: _p, hash: _h, ...body } = JSON.parse(line) as StoredLine;
        if (body.profileId === profileId) records.push(body);
      } catch {
        continue;
      }
    }
    return { logId, records };
  }

  /** How well the log's key is protected here, and whether an earlier log had to be set aside. */
  async function about(): Promise<AuditAbout> {
    await settled();
    const { protection } = await ready;
    let setAsideInfo: AuditAbout['setAside'] = null;
    try {
      const first = JSON.parse(readLines()[0] ?? 'null') as StoredLine | null;
      const detail = first?.detail;
      const reason = vaultSchemas().auditSetAsideReason.safeParse(detail?.reason);
      if (first?.event === AUDIT_RESTARTED && detail?.keptAs && reason.success) {
        setAsideInfo = { file: detail.keptAs, reason: reason.data, at: first.at };
      }
    } catch {
      // An unreadable first line: verify() reports it.
    }
    return { keyProtection: protection, setAside: setAsideInfo };
  }

  return { record, settled, verify, list, recordsOf, about, file };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
