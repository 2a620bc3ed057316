import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../adapters/types';

export interface AuditInput {
  event: string;
  profileId: string | null;
  entryId?: string;
  /** Ids, counts, codes only — never a username, password, note or card number. */
  detail?: Record<string, string>;
}
export interface AuditRecord extends AuditInput {
  seq: number;
  at: string;
}
export type AuditVerification =
  | { intact: true; records: number }
  | { intact: false; records: number; firstBrokenLine: number; reason: string };

const GENESIS = '0'.repeat(64);

const hashOf = (record: AuditRecord, prev: string) =>
  createHash('sha256')
    .update(JSON.stringify([record.seq, record.at, record.profileId, record.event, record.entryId ?? null, record.detail ?? null, prev]))
    .digest('hex');

/**
 * Append-only JSONL audit log; each line carries the hash of the previous one, so an edited or
 * removed line breaks the chain. A small head file remembers the last record, so cutting lines off
 * the end is caught too.
 */
export function createAuditLog(deps: { dataDir: string; clock: Clock }) {
  const file = join(deps.dataDir, 'audit.jsonl');
  const headFile = join(deps.dataDir, 'audit-head.json');
  let last = { seq: 0, hash: GENESIS };

  const readLines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0) : []);
  // Continue the chain from the last line on disk (even if an earlier line was tampered with).
  const tail = readLines().at(-1);
  if (tail) {
    try {
      const parsed = JSON.parse(tail) as { seq: number; hash: string };
      if (Number.isInteger(parsed.seq) && typeof parsed.hash === 'string') last = { seq: parsed.seq, hash: parsed.hash };
    } catch {
      // A garbled last line: verification reports it; new records still chain from the head file.
      if (existsSync(headFile)) last = JSON.parse(readFileSync(headFile, 'utf8')) as typeof last;
    }
  }

  function record(input: AuditInput): AuditRecord {
    const entry: AuditRecord = {
      seq: last.seq + 1,
      at: new Date(deps.clock.now()).toISOString(),
      profileId: input.profileId,
      event: input.event,
      ...(input.entryId ? { entryId: input.entryId } : {}),
      ...(input.detail ? { detail: { ...input.detail } } : {}),
    };
    const hash = hashOf(entry, last.hash);
    appendFileSync(file, `${JSON.stringify({ ...entry, prev: last.hash, hash })}\n`, { mode: 0o600 });
    last = { seq: entry.seq, hash };
    writeFileSync(headFile, JSON.stringify(last), { mode: 0o600 });
    return entry;
  }

  function verify(): AuditVerification {
    const lines = readLines();
    let prev = GENESIS;
    for (const [index, line] of lines.entries()) {
      const broken = (reason: string): AuditVerification => ({ intact: false, records: lines.length, firstBrokenLine: index + 1, reason });
      let parsed: AuditRecord & { prev: string; hash: string };
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        return broken('This line is not a readable record.');
      }
      if (parsed.seq !== index + 1) return broken('A record before this one was removed or the order was changed.');
      if (parsed.prev !== prev) return broken('This record does not follow the one before it (a record was removed or edited).');
      const { prev: _p, hash, ...body } = parsed;
      if (hashOf(body, prev) !== hash) return broken('This record was edited after it was written.');
      prev = hash;
    }
    const head = existsSync(headFile) ? (JSON.parse(readFileSync(headFile, 'utf8')) as { seq: number; hash: string }) : { seq: 0, hash: GENESIS };
    if (head.seq !== lines.length || head.hash !== prev) {
      return { intact: false, records: lines.length, firstBrokenLine: lines.length + 1, reason: 'Records at the end of the log were removed.' };
    }
    return { intact: true, records: lines.length };
  }

  /** Records of one profile, newest first (records that do not parse are skipped; verify() reports them). */
  function list(profileId: string, limit = 500): AuditRecord[] {
    const out: AuditRecord[] = [];
    for (const line of readLines().reverse()) {
      try {
        const { prev: _p, hash: _h, ...body } = JSON.parse(line) as AuditRecord & { prev: string; hash: string };
        if (body.profileId === profileId) out.push(body);
      } catch {
        continue;
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  return { record, verify, list, file };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
