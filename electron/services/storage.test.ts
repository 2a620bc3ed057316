import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from '../../shared/zod';
import { confStores } from '../adapters/node';
import { moveAside, moveAsideTogether, openStore, writePrivateFile, type DamagedFile } from './storage';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('persists values to <name>.json with atomic writes', () => {
    const store = openStore(confStores(dir), dir, 'settings', { count: 0 }, () => {});
    store.set('count', 3);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ count: 3 });
    expect(openStore(confStores(dir), dir, 'settings', { count: 0 }, () => {}).get('count')).toBe(3);
  });

  it('moves a damaged file aside, says where, and opens a fresh store', () => {
    writeFileSync(join(dir, 'settings.json'), '{"count": 3, trunc');
    const damaged: DamagedFile[] = [];
    const store = openStore(
      confStores(dir),
      dir,
      'settings',
      { count: 0 },
      (f) => damaged.push(f),
      () => Date.UTC(2026, 10, 23, 10, 0, 0),
    );
    expect(store.get('count')).toBe(0);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.movedTo).toMatch(/settings\.damaged-2026-11-23T10-00-00-000Z\.json$/);
    // The damaged bytes are kept, not deleted.
    expect(readFileSync(damaged[0]!.movedTo, 'utf8')).toBe('{"count": 3, trunc');
    // The fresh store writes its file with its first change (stores write nothing at open).
    expect(readdirSync(dir)).toEqual(['settings.damaged-2026-11-23T10-00-00-000Z.json']);
    store.set('count', 1);
    expect(readdirSync(dir).sort()).toEqual(['settings.damaged-2026-11-23T10-00-00-000Z.json', 'settings.json'].sort());
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ count: 1 });
  });

  it('leaves other stores alone when one is damaged', () => {
    openStore(confStores(dir), dir, 'other', { ok: true }, () => {}).set('ok', false);
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0001garbage');
    openStore(confStores(dir), dir, 'settings', { count: 0 }, () => {});
    expect(openStore(confStores(dir), dir, 'other', { ok: true }, () => {}).get('ok')).toBe(false);
    expect(existsSync(join(dir, 'other.json'))).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('writes files only this user can read (mode 0600)', () => {
    openStore(confStores(dir), dir, 'settings', { count: 0 }, () => {}).set('count', 1);
    expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  describe('with a shape', () => {
    const shape = { schema: z.object({ count: z.number(), log: z.array(z.object({ n: z.number() })) }), rows: { log: z.object({ n: z.number() }) } };
    const defaults = { count: 0, log: [] as { n: number }[] };
    const at = () => Date.UTC(2026, 10, 23, 10, 0, 0);

    it('opens a file that matches, untouched', () => {
      writeFileSync(join(dir, 'settings.json'), '{"count":3,"log":[{"n":1}]}');
      const damaged: DamagedFile[] = [];
      const store = openStore(confStores(dir), dir, 'settings', defaults, (f) => damaged.push(f), at, shape);
      expect(store.get('count')).toBe(3);
      expect(damaged).toEqual([]);
    });

    it('moves valid JSON of the wrong shape aside byte for byte, and says where', () => {
      for (const text of ['{"count":"three","log":[]}', '[1,2,3]', '"just text"']) {
        writeFileSync(join(dir, 'settings.json'), text);
        const damaged: DamagedFile[] = [];
        const store = openStore(confStores(dir), dir, 'settings', defaults, (f) => damaged.push(f), at, shape);
        expect(store.get('count')).toBe(0);
        expect(damaged).toEqual([
          { original: join(dir, 'settings.json'), movedTo: expect.stringMatching(/settings\.damaged-2026-11-23T10-00-00-000Z(-\d)?\.json$/) },
        ]);
        expect(readFileSync(damaged[0]!.movedTo, 'utf8')).toBe(text);
      }
      // Three files moved aside in the same millisecond keep three names.
      expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(3);
    });

    it('moves only the damaged rows of a list to a side file; the other rows and keys stay', () => {
      writeFileSync(join(dir, 'settings.json'), '{"count":3,"log":[{"n":1},{"n":"two"},{"n":3},null]}');
      const damaged: DamagedFile[] = [];
      const store = openStore(confStores(dir), dir, 'settings', defaults, (f) => damaged.push(f), at, shape);
      expect(store.get('log')).toEqual([{ n: 1 }, { n: 3 }]);
      expect(store.get('count')).toBe(3);
      expect(damaged).toEqual([{ original: join(dir, 'settings.json'), movedTo: join(dir, 'settings.damaged-rows-2026-11-23T10-00-00-000Z.json'), rows: 2 }]);
      expect(JSON.parse(readFileSync(damaged[0]!.movedTo, 'utf8'))).toEqual({ from: 'settings.json', rows: { log: [{ n: 'two' }, null] } });
      expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(process.platform === 'win32' ? expect.any(Number) : 0o600);
    });
  });
});

describe('moving files aside', () => {
  const at = Date.UTC(2026, 10, 23, 10, 0, 0);

  it('never writes over an earlier copy moved aside at the same moment', () => {
    writeFileSync(join(dir, 'vault-profile-a.json'), 'first');
    const first = moveAside(join(dir, 'vault-profile-a.json'), at);
    writeFileSync(join(dir, 'vault-profile-a.json'), 'second');
    const second = moveAside(join(dir, 'vault-profile-a.json'), at);
    expect(first).not.toBe(second);
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['first', 'second']);
  });

  it('moves files that belong together under one suffix, keeping each extension, skipping missing ones', () => {
    writeFileSync(join(dir, 'audit.jsonl'), 'log');
    writeFileSync(join(dir, 'audit-key.json'), 'key');
    // An earlier key set aside at this moment takes the plain name, so the whole group moves to -2.
    writeFileSync(join(dir, 'audit-key.set-aside-2026-11-23T10-00-00-000Z.json'), 'older key');
    const moved = moveAsideTogether([join(dir, 'audit.jsonl'), join(dir, 'audit-head.json'), join(dir, 'audit-key.json')], 'set-aside', at);
    expect(moved).toEqual([join(dir, 'audit.set-aside-2026-11-23T10-00-00-000Z-2.jsonl'), join(dir, 'audit-key.set-aside-2026-11-23T10-00-00-000Z-2.json')]);
    expect(moved.map((path) => readFileSync(path, 'utf8'))).toEqual(['log', 'key']);
    expect(readFileSync(join(dir, 'audit-key.set-aside-2026-11-23T10-00-00-000Z.json'), 'utf8')).toBe('older key');
  });
});

describe('writePrivateFile', () => {
  it('writes the whole file owner-only into a new owner-only folder, leaves no temporary file, and tightens a file it writes over', () => {
    const folder = join(dir, 'backups');
    const path = join(folder, 'one.json');
    writePrivateFile(path, '{"first":true}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"first":true}\n');
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    }
    writeFileSync(path, 'old', { mode: 0o644 });
    writePrivateFile(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['one.json']);
  });
});
