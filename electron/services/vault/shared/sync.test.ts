import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newDataKey } from '../crypto';
import { openEntry, sealEntry } from '../entries';
import { DEFAULT_SETTINGS, type ProfileFile } from '../profileFile';
import { practiceMate } from '../testKit';
import { createSharedFolder } from './folder';
import { isAfter } from './merge';
import { SharedProfileStore } from './sharedStore';

const dirs: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `allydesk-${name}-`));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const T0 = Date.parse('2026-12-07T09:00:00Z');
const dataKey = newDataKey();
const PROFILE = 'ann0000000000000';

function profile(): ProfileFile {
  return {
    format: 'allydesk-vault-profile',
    version: 1,
    profileId: PROFILE,
    name: 'Ann',
    createdAt: T0,
    lock: {
      kdf: { N: 1024, r: 8, p: 1, salt: Buffer.alloc(16).toString('base64') },
      key: { wrapped: { n: 'AAAAAAAAAAAAAAAA', c: Buffer.alloc(32).toString('base64'), t: Buffer.alloc(16).toString('base64') } },
    },
    entries: {},
    throttle: { failures: 0, retryAt: null },
    settings: DEFAULT_SETTINGS,
  };
}
const box = (id: string, username: string) =>
  sealEntry(dataKey, PROFILE, id, { fields: practiceMate(username), password: `pw-${username}`, passwordChangedAt: T0, updatedAt: T0 });
const usernames = (store: SharedProfileStore) =>
  Object.entries(store.store.entries)
    .map(([id, b]) => openEntry(dataKey, PROFILE, id, b)?.fields.username)
    .sort();

/** Two front-desk PCs, each with its own data folder, and one shared folder; PC B's clock runs 10 minutes behind. */
function practice() {
  const folder = temp('share');
  const movedAside: string[] = [];
  const pc = (id: string, offset: number) => {
    const dataDir = temp(id);
    let t = T0 + offset;
    const now = () => (t += 1000);
    return {
      dataDir,
      shared: createSharedFolder({ folder: () => folder, dataDir, pc: () => ({ id, name: `FRONT-${id}` }), now, onMovedAside: (p) => movedAside.push(p) }),
    };
  };
  return { folder, movedAside, a: pc('a', 0), b: pc('b', -10 * 60_000) };
}
const open = (shared: ReturnType<typeof createSharedFolder>) => {
  const store = shared.open(PROFILE);
  if (!(store instanceof SharedProfileStore)) throw new Error('not opened');
  return store;
};

describe('shared profile sync', () => {
  it('keeps both PCs’ edits of one profile, also with one clock ten minutes off, and the losing edit in history', async () => {
    const { a, b } = practice();
    const atA = a.shared.create(profile());
    const atB = open(b.shared);
    atA.set('entries', { ...atA.get('entries'), e1: box('e1', 'ann.a') });
    atB.set('entries', { ...atB.get('entries'), e2: box('e2', 'ann.b') });
    await Promise.all([atA.settled(), atB.settled()]);
    await atA.sync();
    expect(usernames(atA)).toEqual(['ann.a', 'ann.b']);
    expect(usernames(atB)).toEqual(['ann.a', 'ann.b']);

    // Both edit e1; B (clock behind) saves after having read A's edit, so B's edit is the later one.
    atA.set('entries', { ...atA.get('entries'), e1: box('e1', 'ann.a2') });
    await atA.settled();
    await atB.sync();
    atB.set('entries', { ...atB.get('entries'), e1: box('e1', 'ann.b2') });
    await atB.settled();
    await atA.sync();
    expect(usernames(atA)).toEqual(['ann.b', 'ann.b2']);
    expect(atA.store.sync!.entries.e1!.pc).toBe('b');
    expect(atA.store.sync!.entries.e1!.at).toBeLessThan(atA.store.sync!.history.e1![0]!.at); // wall clock says otherwise
    const lost = atA.store.sync!.history.e1!.map((h) => openEntry(dataKey, PROFILE, 'e1', h.box!)?.fields.username);
    expect(lost).toContain('ann.a2');
  });

  it('orders concurrent edits of one entry the same way at every PC and keeps the other', async () => {
    const { a, b } = practice();
    const atA = a.shared.create({ ...profile(), entries: { e1: box('e1', 'first') } });
    const atB = open(b.shared);
    atA.set('entries', { e1: box('e1', 'from-a') });
    atB.set('entries', { e1: box('e1', 'from-b') });
    await Promise.all([atA.settled(), atB.settled()]);
    await atA.sync();
    await atB.sync();
    expect(usernames(atA)).toEqual(usernames(atB));
    const [va, vb] = [atA.store.sync!.entries.e1!, atB.store.sync!.entries.e1!];
    expect(va).toEqual(vb);
    const other = usernames(atA)[0] === 'from-a' ? 'from-b' : 'from-a';
    expect(atA.store.sync!.history.e1!.map((h) => openEntry(dataKey, PROFILE, 'e1', h.box!)?.fields.username)).toContain(other);
  });

  it('a deletion at one PC is a tombstone: an older copy does not bring the entry back', async () => {
    const { a, b } = practice();
    const atA = a.shared.create({ ...profile(), entries: { e1: box('e1', 'gone'), e2: box('e2', 'kept') } });
    const atB = open(b.shared);
    const { e1: _gone, ...rest } = atA.get('entries');
    atA.set('entries', rest);
    await atA.settled();
    atB.set('entries', { ...atB.get('entries'), e3: box('e3', 'new') }); // B still has e1
    await atB.settled();
    expect(usernames(atB)).toEqual(['kept', 'new']);
    await atA.sync();
    expect(usernames(atA)).toEqual(['kept', 'new']);
    expect(atA.store.sync!.entries.e1!.deleted).toBe(true);
  });

  it('skips the merge when the shared file has not changed since our last read', async () => {
    const { a } = practice();
    const atA = a.shared.create(profile());
    let remote = 0;
    atA.onRemote = () => remote++;
    atA.set('entries', { e1: box('e1', 'x') });
    await atA.settled();
    await atA.sync();
    expect(remote).toBe(0);
  });

  it('a share that disappears mid-save leaves the last good file intact; the change is kept here and merged once it is back', async () => {
    const { folder, a, b } = practice();
    let vanish = false;
    const atA = a.shared.create({ ...profile(), entries: { e1: box('e1', 'before') } });
    const before = readFileSync(join(folder, `vault-profile-${PROFILE}.json`), 'utf8');
    const shareAway = `${folder}-away`;
    // The share drops out between writing the temporary file and renaming it into place.
    (atA as unknown as { deps: { beforeRename?: () => void } }).deps.beforeRename = () => {
      if (vanish) renameSync(folder, shareAway);
    };
    vanish = true;
    atA.set('entries', { ...atA.get('entries'), e2: box('e2', 'during') });
    expect(await atA.settled()).toBe('offline');
    vanish = false;
    expect(readFileSync(join(shareAway, `vault-profile-${PROFILE}.json`), 'utf8')).toBe(before);
    // Restart while the share is away: the local copy unlocks.
    const offline = open(a.shared);
    expect(offline.state).toBe('offline');
    expect(usernames(offline)).toEqual(['before', 'during']);
    renameSync(shareAway, folder);
    const t = performance.now();
    expect(await atA.sync()).toBe('online');
    expect(performance.now() - t).toBeLessThan(2000); // its own lock left behind was not waited out
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
    expect(usernames(open(b.shared))).toEqual(['before', 'during']);
  });

  it('a damaged shared file is moved aside, the local copy still unlocks and is written back', async () => {
    const { folder, a, movedAside } = practice();
    const atA = a.shared.create({ ...profile(), entries: { e1: box('e1', 'safe') } });
    await atA.settled();
    const path = join(folder, `vault-profile-${PROFILE}.json`);
    writeFileSync(path, '{"format":"allydesk-vault-profile", cut sh');
    rmSync(join(folder, `vault-profile-${PROFILE}.last-good.json`), { force: true });
    const again = open(a.shared);
    expect(usernames(again)).toEqual(['safe']);
    expect(movedAside.some((p) => p.includes('.damaged-'))).toBe(true);
    await again.settled();
    expect(JSON.parse(readFileSync(path, 'utf8')).profileId).toBe(PROFILE);
  });

  it('a profile deleted at one PC disappears from the other, whose copy is not written back', async () => {
    const { folder, a, b } = practice();
    a.shared.create(profile());
    const atB = open(b.shared);
    expect(b.shared.list()!.files.map((f) => f.name)).toEqual(['Ann']);
    a.shared.remove(PROFILE);
    expect(await atB.sync()).toBe('gone');
    atB.set('entries', { e9: box('e9', 'late') });
    await atB.settled();
    expect(existsSync(join(folder, `vault-profile-${PROFILE}.json`))).toBe(false);
    expect(b.shared.list()!.files).toEqual([]);
    expect(existsSync(join(b.dataDir, `vault-profile-${PROFILE}.json`))).toBe(false);
  });

  it('orders by counter, then PC, never by the wall clock', () => {
    expect(isAfter({ c: 3, pc: 'a', at: 0 }, { c: 2, pc: 'b', at: 9e12 })).toBe(true);
    expect(isAfter({ c: 3, pc: 'b', at: 0 }, { c: 3, pc: 'a', at: 9e12 })).toBe(true);
  });
});

describe('profile file lock', () => {
  it('takes over a lock whose holder stopped refreshing it, judged by this PC’s own elapsed time, not its wall clock', async () => {
    const { lockFile } = await import('./fileLock');
    const dir = temp('lock');
    const file = join(dir, 'p.json');
    const { mkdirSync, utimesSync } = await import('node:fs');
    mkdirSync(`${file}.lock`);
    // Stamped "in the future", as by a PC whose clock is ahead: a wall-clock check would wait forever.
    const future = new Date(Date.now() + 10 * 60_000);
    utimesSync(`${file}.lock`, future, future);
    let t = 0;
    const release = await lockFile(file, { monotonic: () => (t += 3000) });
    expect(t).toBeGreaterThanOrEqual(10_000);
    await release();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
