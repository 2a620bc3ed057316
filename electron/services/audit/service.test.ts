import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoSeal } from '../../adapters/node';
import type { SecretSealAdapter } from '../../adapters/types';
import { AdjustableClock } from '../clock';
import { FakeOsSeal, makeVault } from '../vault/testKit';
import type { AuditEvent } from '../../../shared/ipc/auditEvents';
import { createAuditLog, type AuditRecord } from './service';

const tempDir = () => mkdtempSync(join(tmpdir(), 'allydesk-audit-'));
const newClock = () => new AdjustableClock(() => Date.parse('2026-11-23T09:00:00Z'));
const linesOf = (dir: string) => readFileSync(join(dir, 'audit.jsonl'), 'utf8').trimEnd().split('\n');
const writeLines = (dir: string, lines: string[]) => writeFileSync(join(dir, 'audit.jsonl'), `${lines.join('\n')}\n`);
const keyFileOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'audit-key.json'), 'utf8')) as { osSealed?: string; unsealed?: { key: string; keyedFrom: number } };

async function logWith(dir: string, seal: SecretSealAdapter, events: AuditEvent[], clock = newClock()) {
  const log = createAuditLog({ dataDir: dir, clock, seal });
  for (const event of events) log.record({ event, profileId: 'p1', entryId: 'e1', detail: { field: 'password' } });
  await log.settled();
  return log;
}

type Body = Pick<AuditRecord, 'seq' | 'at' | 'profileId' | 'event' | 'entryId' | 'detail'>;
const fields = (r: Body, prev: string) => [r.seq, r.at, r.profileId, r.event, r.entryId ?? null, r.detail ?? null, prev];
const sha = (r: Body, prev: string) =>
  createHash('sha256')
    .update(JSON.stringify(fields(r, prev)))
    .digest('hex');

/** Writes a consistent chain the way someone without the key could: every hash recomputed, head matching. */
function forgeChain(dir: string, bodies: Body[], hashOf: (r: Body, prev: string) => string, marker?: number, head?: (seq: number, hash: string) => object) {
  let prev = '0'.repeat(64);
  const lines = bodies.map((body) => {
    const hash = hashOf(body, prev);
    const line = JSON.stringify({ ...(marker ? { v: marker } : {}), ...body, prev, hash });
    prev = hash;
    return line;
  });
  writeLines(dir, lines);
  writeFileSync(join(dir, 'audit-head.json'), JSON.stringify(head ? head(bodies.length, prev) : { seq: bodies.length, hash: prev }));
}
const bodiesOf = (dir: string): Body[] =>
  linesOf(dir).map((line) => {
    const { v: _v, prev: _p, hash: _h, ...body } = JSON.parse(line) as Body & { v?: number; prev: string; hash: string };
    return body;
  });

/** A log exactly as AllyDesk wrote it before keys (plain SHA-256, no marker). */
function writeOldLog(dir: string, events: string[]) {
  forgeChain(
    dir,
    events.map((event, i) => ({ seq: i + 1, at: `2026-11-0${i + 1}T08:00:00.000Z`, profileId: 'p1', event })),
    sha,
  );
}

describe('keyed audit log', () => {
  it('a new log verifies, carries the keyed marker, and says its key is kept unsealed where there is no key store', async () => {
    const dir = tempDir();
    const log = await logWith(dir, new NoSeal(), ['unlock', 'copy', 'lock']);
    expect(await log.verify()).toEqual({ intact: true, records: 3 });
    expect(
      linesOf(dir)
        .map((l) => JSON.parse(l) as { v: number; seq: number })
        .map((r) => [r.v, r.seq]),
    ).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    expect((await log.list('p1')).map((r) => r.event)).toEqual(['lock', 'copy', 'unlock']);
    expect(await log.about()).toEqual({ keyProtection: 'none', setAside: null });
    expect(keyFileOf(dir).unsealed?.keyedFrom).toBe(1);
    expect(statSync(join(dir, 'audit-key.json')).mode & 0o777).toBe(0o600);
    // A second start continues the chain with the same key.
    const again = await logWith(dir, new NoSeal(), ['unlock']);
    expect(await again.verify()).toEqual({ intact: true, records: 4 });
  });

  it('catches an edited, removed or reordered record and records cut off the end', async () => {
    const dir = tempDir();
    const log = await logWith(dir, new NoSeal(), ['unlock', 'copy', 'reveal', 'lock']);
    const lines = linesOf(dir);
    const head = readFileSync(join(dir, 'audit-head.json'), 'utf8');

    writeLines(
      dir,
      lines.map((l, i) => (i === 1 ? l.replace('"copy"', '"edit"') : l)),
    );
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 2, reason: expect.stringMatching(/edited/) });
    writeLines(
      dir,
      lines.filter((_, i) => i !== 2),
    );
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 3 });
    writeLines(dir, [lines[0]!, lines[2]!, lines[1]!, lines[3]!]);
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 2 });

    writeLines(dir, lines.slice(0, -1));
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 4, reason: expect.stringMatching(/end/) });
    // Cutting the tail and rewriting the head to match, without the key, is caught too.
    const newTail = JSON.parse(lines[2]!) as { seq: number; hash: string };
    writeFileSync(join(dir, 'audit-head.json'), JSON.stringify({ seq: newTail.seq, hash: newTail.hash }));
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 4, reason: expect.stringMatching(/end/) });
    // Deleting the whole log and its head while the key remains.
    rmSync(join(dir, 'audit.jsonl'));
    rmSync(join(dir, 'audit-head.json'));
    expect(await log.verify()).toMatchObject({ intact: false, reason: expect.stringMatching(/end/) });

    writeLines(dir, lines);
    writeFileSync(join(dir, 'audit-head.json'), head);
    expect(await log.verify()).toEqual({ intact: true, records: 4 });
  });

  it('a whole chain rewritten without the key fails: plain SHA-256, or HMAC under another key', async () => {
    const dir = tempDir();
    const log = await logWith(dir, new NoSeal(), ['unlock', 'copy', 'lock']);
    // The rewriter hides the copy: drops it and renumbers the rest, every hash recomputed.
    const bodies = bodiesOf(dir)
      .filter((b) => b.event !== 'copy')
      .map((b, i) => ({ ...b, seq: i + 1 }));

    forgeChain(dir, bodies, sha);
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 1, reason: expect.stringMatching(/key/) });

    const otherKey = randomBytes(32);
    const hmac = (r: Body, prev: string) =>
      createHmac('sha256', otherKey)
        .update(JSON.stringify([2, ...fields(r, prev)]))
        .digest('hex');
    const headMac = (seq: number, hash: string) => ({
      seq,
      hash,
      v: 2,
      mac: createHmac('sha256', otherKey)
        .update(JSON.stringify(['head', seq, hash]))
        .digest('hex'),
    });
    forgeChain(dir, bodies, hmac, 2, headMac);
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 1, reason: expect.stringMatching(/key/) });

    // The same forgery with the real key (read from the unsealed file) would pass: the key is what protects the log.
    const realKey = Buffer.from(keyFileOf(dir).unsealed!.key, 'base64');
    const realHmac = (r: Body, prev: string) =>
      createHmac('sha256', realKey)
        .update(JSON.stringify([2, ...fields(r, prev)]))
        .digest('hex');
    forgeChain(dir, bodies, realHmac, 2, (seq, hash) => ({
      seq,
      hash,
      v: 2,
      mac: createHmac('sha256', realKey)
        .update(JSON.stringify(['head', seq, hash]))
        .digest('hex'),
    }));
    expect(await log.verify()).toEqual({ intact: true, records: 2 });
  });

  it('an older unkeyed log stays intact and the keyed chain continues from it; turning keyed records back into unkeyed ones fails', async () => {
    const dir = tempDir();
    writeOldLog(dir, ['profile-create', 'unlock', 'lock']);
    const log = await logWith(dir, new NoSeal(), ['unlock', 'reveal']);
    expect(await log.verify()).toEqual({ intact: true, records: 5 });
    const parsed = linesOf(dir).map((l) => JSON.parse(l) as { v?: number; seq: number; prev: string; hash: string });
    expect(parsed.map((r) => r.v ?? null)).toEqual([null, null, null, 2, 2]);
    expect(parsed[3]!.prev).toBe(parsed[2]!.hash);
    expect((await log.list('p1')).map((r) => r.event)).toEqual(['reveal', 'unlock', 'lock', 'unlock', 'profile-create']);

    // Editing an old record is still caught, and so is a rewrite that passes everything off as old-style records.
    const lines = linesOf(dir);
    writeLines(
      dir,
      lines.map((l, i) => (i === 0 ? l.replace('profile-create', 'import') : l)),
    );
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 1 });
    forgeChain(
      dir,
      bodiesOf(dir).filter((b) => b.event !== 'reveal'),
      sha,
    );
    expect(await log.verify()).toMatchObject({ intact: false, firstBrokenLine: 4, reason: expect.stringMatching(/key/) });
  });

  it('an older log opened before any new record: cutting its tail and fixing its head is still caught', async () => {
    const dir = tempDir();
    writeOldLog(dir, ['profile-create', 'unlock', 'lock']);
    const log = await logWith(dir, new NoSeal(), []);
    expect(await log.verify()).toEqual({ intact: true, records: 3 });
    forgeChain(dir, bodiesOf(dir).slice(0, 2), sha);
    expect(await log.verify()).toMatchObject({ intact: false, reason: expect.stringMatching(/end/) });
  });

  it('seals the key with the OS key store: the key file never holds the key in plaintext', async () => {
    const dir = tempDir();
    const seal = new FakeOsSeal();
    const log = await logWith(dir, seal, ['unlock', 'copy']);
    expect(await log.about()).toEqual({ keyProtection: 'os', setAside: null });
    const onDisk = keyFileOf(dir);
    expect(onDisk.unsealed).toBeUndefined();
    const opened = JSON.parse((await seal.unseal(Buffer.from(onDisk.osSealed!, 'base64'))).plain.toString('utf8')) as { key: string };
    const key = Buffer.from(opened.key, 'base64');
    expect(key).toHaveLength(32);
    const text = readFileSync(join(dir, 'audit-key.json'), 'utf8');
    for (const form of [key.toString('base64'), key.toString('hex'), key.toString('base64url')]) expect(text).not.toContain(form);
    // The records really are HMACs under that key.
    const first = JSON.parse(linesOf(dir)[0]!) as Body & { prev: string; hash: string };
    expect(first.hash).toBe(
      createHmac('sha256', key)
        .update(JSON.stringify([2, ...fields(first, first.prev)]))
        .digest('hex'),
    );
    expect(await log.verify()).toEqual({ intact: true, records: 2 });
  });

  it('seals again when the OS key store has moved to a new key, and seals an unsealed key once a key store appears', async () => {
    const dir = tempDir();
    const seal = new FakeOsSeal();
    await logWith(dir, seal, ['unlock']);
    const before = keyFileOf(dir).osSealed!;
    seal.rotate();
    const reopened = await logWith(dir, seal, ['lock']);
    const after = keyFileOf(dir).osSealed!;
    expect(after).not.toBe(before);
    expect((await seal.unseal(Buffer.from(after, 'base64'))).stale).toBe(false);
    expect(await reopened.verify()).toEqual({ intact: true, records: 2 });

    const plainDir = tempDir();
    await logWith(plainDir, new NoSeal(), ['unlock']);
    expect(keyFileOf(plainDir).unsealed).toBeDefined();
    const upgraded = await logWith(plainDir, seal, ['lock']);
    expect(keyFileOf(plainDir)).toEqual({ format: 'allydesk-audit-key', osSealed: expect.any(String) });
    expect(await upgraded.about()).toEqual({ keyProtection: 'os', setAside: null });
    expect(await upgraded.verify()).toEqual({ intact: true, records: 2 });
  });

  it('a key this computer cannot open: the old files are kept aside, a new log starts, and it says so', async () => {
    const dir = tempDir();
    await logWith(dir, new FakeOsSeal(), ['unlock', 'copy', 'lock']);
    const original = ['audit.jsonl', 'audit-head.json', 'audit-key.json'].map((f) => readFileSync(join(dir, f), 'utf8'));

    // The data folder copied to another computer: its key store cannot open this seal.
    const otherComputer = new FakeOsSeal();
    const log = await logWith(dir, otherComputer, ['unlock']);
    const kept = readdirSync(dir)
      .filter((f) => f.includes('set-aside'))
      .sort();
    expect(kept).toEqual([
      'audit-head.set-aside-2026-11-23T09-00-00-000Z.json',
      'audit-key.set-aside-2026-11-23T09-00-00-000Z.json',
      'audit.set-aside-2026-11-23T09-00-00-000Z.jsonl',
    ]);
    expect(kept.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual([original[1], original[2], original[0]]);
    expect(await log.verify()).toEqual({ intact: true, records: 2 });
    expect(await log.about()).toEqual({
      keyProtection: 'os',
      setAside: { file: 'audit.set-aside-2026-11-23T09-00-00-000Z.jsonl', reason: 'key-unreadable', at: '2026-11-23T09:00:00.000Z' },
    });
    expect(linesOf(dir).map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['audit-restarted', 'unlock']);
    // The report survives a restart, and the new log carries on.
    const next = await logWith(dir, otherComputer, ['lock']);
    expect((await next.about()).setAside?.reason).toBe('key-unreadable');
    expect(await next.verify()).toEqual({ intact: true, records: 3 });
  });

  it('a garbled key file or a missing key for a keyed log is handled the same way, without crashing', async () => {
    const garbled = tempDir();
    await logWith(garbled, new NoSeal(), ['unlock']);
    writeFileSync(join(garbled, 'audit-key.json'), '{"format":"allydesk-audit-key","unsealed":{"key":"c2hvcnQ=","keyedFrom":1}}');
    const log = await logWith(garbled, new NoSeal(), ['lock']);
    expect(await log.verify()).toEqual({ intact: true, records: 2 });
    expect((await log.about()).setAside).toMatchObject({ reason: 'key-unreadable', file: expect.stringMatching(/^audit\.set-aside-.*\.jsonl$/) });

    // Set aside twice in the same millisecond: the second keeps its own name.
    writeFileSync(join(garbled, 'audit-key.json'), 'not json');
    const twice = await logWith(garbled, new NoSeal(), []);
    expect((await twice.about()).setAside?.file).toMatch(/-2\.jsonl$/);
    expect(readdirSync(garbled).filter((f) => f.startsWith('audit.set-aside'))).toHaveLength(2);

    const missing = tempDir();
    await logWith(missing, new NoSeal(), ['unlock']);
    rmSync(join(missing, 'audit-key.json'));
    const fresh = await logWith(missing, new NoSeal(), []);
    expect(await fresh.about()).toMatchObject({ setAside: { reason: 'key-missing' } });
    expect(await fresh.verify()).toEqual({ intact: true, records: 1 });
  });

  describe('at start, a log that no longer matches its keyed head is set aside and the reason named', () => {
    const keptLogOf = (dir: string) => readdirSync(dir).find((f) => f.startsWith('audit.set-aside-'));
    async function restartedAfter(tamper: (dir: string, lines: string[]) => void) {
      const dir = tempDir();
      await logWith(dir, new NoSeal(), ['unlock', 'copy', 'reveal', 'lock']);
      const lines = linesOf(dir);
      tamper(dir, lines);
      const log = await logWith(dir, new NoSeal(), ['unlock']);
      return { dir, log, lines };
    }

    it('records cut off the end', async () => {
      const { dir, log, lines } = await restartedAfter((d, l) => writeLines(d, l.slice(0, 2)));
      expect(await log.about()).toMatchObject({ setAside: { reason: 'records-removed', file: keptLogOf(dir) } });
      expect(readFileSync(join(dir, keptLogOf(dir)!), 'utf8')).toBe(`${lines.slice(0, 2).join('\n')}\n`);
      // The new log starts with the restart record; its chain and head are intact, and stay so.
      expect(linesOf(dir).map((l) => (JSON.parse(l) as AuditRecord).event)).toEqual(['audit-restarted', 'unlock']);
      expect(await log.verify()).toEqual({ intact: true, records: 2 });
      const next = await logWith(dir, new NoSeal(), ['lock']);
      expect(await next.verify()).toEqual({ intact: true, records: 3 });
      expect((await next.about()).setAside?.reason).toBe('records-removed');
    });

    it('an emptied log', async () => {
      const { dir, log } = await restartedAfter((d) => writeFileSync(join(d, 'audit.jsonl'), ''));
      expect(await log.about()).toMatchObject({ setAside: { reason: 'log-emptied', file: keptLogOf(dir) } });
      expect(await log.verify()).toEqual({ intact: true, records: 2 });
    });

    it('the log deleted together with its head, while the key remains', async () => {
      const { dir, log } = await restartedAfter((d) => {
        rmSync(join(d, 'audit.jsonl'));
        rmSync(join(d, 'audit-head.json'));
      });
      expect(await log.about()).toMatchObject({ setAside: { reason: 'log-deleted', file: expect.stringMatching(/^audit-key\.set-aside-.*\.json$/) } });
      expect(await log.verify()).toEqual({ intact: true, records: 2 });
      expect(linesOf(dir)[0]).toContain('"reason":"log-deleted"');
    });

    it('a deleted head, or one rewritten without the key to match a cut log', async () => {
      const gone = await restartedAfter((d) => rmSync(join(d, 'audit-head.json')));
      expect((await gone.log.about()).setAside?.reason).toBe('head-missing');
      const forged = await restartedAfter((d, l) => {
        writeLines(d, l.slice(0, 3));
        const tail = JSON.parse(l[2]!) as { seq: number; hash: string };
        writeFileSync(join(d, 'audit-head.json'), JSON.stringify({ seq: tail.seq, hash: tail.hash, v: 2, mac: 'f'.repeat(64) }));
      });
      expect((await forged.log.about()).setAside?.reason).toBe('head-mismatch');
    });

    it('a log one record ahead of its head (a crash between the two writes) simply continues', async () => {
      const dir = tempDir();
      await logWith(dir, new NoSeal(), ['unlock', 'copy', 'reveal']);
      const headOfThree = readFileSync(join(dir, 'audit-head.json'), 'utf8');
      await logWith(dir, new NoSeal(), ['lock']);
      writeFileSync(join(dir, 'audit-head.json'), headOfThree);
      const log = await logWith(dir, new NoSeal(), ['unlock']);
      expect(await log.about()).toEqual({ keyProtection: 'none', setAside: null });
      expect(await log.verify()).toEqual({ intact: true, records: 5 });
      expect(readdirSync(dir).some((f) => f.includes('set-aside'))).toBe(false);
    });
  });

  it('records made before the key is open are written in call order, with the time they were made', async () => {
    const dir = tempDir();
    const clock = newClock();
    let openKeyStore!: () => void;
    const slow = new FakeOsSeal();
    const gate = new Promise<void>((resolve) => (openKeyStore = resolve));
    const seal: SecretSealAdapter = { level: async () => (await gate, slow.level()), seal: (p) => slow.seal(p), unseal: (s) => slow.unseal(s) };
    const log = createAuditLog({ dataDir: dir, clock, seal });
    for (const event of ['unlock', 'copy', 'reveal', 'lock'] as const) {
      log.record({ event, profileId: 'p1' });
      clock.advance(60_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(existsSync(join(dir, 'audit.jsonl'))).toBe(false);
    openKeyStore();
    log.record({ event: 'unlock', profileId: 'p1' });
    await log.settled();
    const records = linesOf(dir).map((l) => JSON.parse(l) as AuditRecord);
    expect(records.map((r) => [r.seq, r.event, r.at.slice(11, 16)])).toEqual([
      [1, 'unlock', '09:00'],
      [2, 'copy', '09:01'],
      [3, 'reveal', '09:02'],
      [4, 'lock', '09:03'],
      [5, 'unlock', '09:04'],
    ]);
    expect(await log.verify()).toEqual({ intact: true, records: 5 });
  });

  it("the vault's activity reply says how the key is kept here", async () => {
    for (const [seal, keyProtection] of [
      [new FakeOsSeal(), 'os'],
      [new NoSeal(), 'none'],
    ] as const) {
      const kit = makeVault({ seal });
      await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
      expect(await kit.vault.audit()).toMatchObject({
        verification: { intact: true, records: 1 },
        keyProtection,
        setAside: null,
        records: [{ event: 'profile-create' }],
      });
      kit.close();
    }
  });
});
