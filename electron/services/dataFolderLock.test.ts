import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderInUse, lockDataFolder, LOCK_NAME, OWNER_FILE, type DataFolderLock } from './dataFolderLock';

let dir: string;
const held: DataFolderLock[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-lock-'));
});
afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
  rmSync(dir, { recursive: true, force: true });
});
const take = async (...args: Parameters<typeof lockDataFolder>) => {
  const lock = await lockDataFolder(...args);
  held.push(lock);
  return lock;
};
/** The id of a process that ran and has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
/** A lock left behind by another process, as proper-lockfile makes it (a folder), with its owner record. */
function leftBehind(owner: { pid: number; hostname: string }, mtime = new Date()) {
  mkdirSync(join(dir, LOCK_NAME));
  utimesSync(join(dir, LOCK_NAME), mtime, mtime);
  writeFileSync(join(dir, OWNER_FILE), JSON.stringify({ ...owner, since: '2026-11-30T08:00:00.000Z' }));
}

describe('lockDataFolder', () => {
  it('records who holds the folder, and refuses a second instance saying where the first runs', async () => {
    const first = await take(dir, { pid: 4242, hostname: 'pc-1' });
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({ pid: 4242, hostname: 'pc-1' });
    expect(first.owner).toMatchObject({ pid: 4242, hostname: 'pc-1' });

    const second = await lockDataFolder(dir, { pid: 5151, hostname: 'pc-1', isRunning: () => true }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DataFolderInUse);
    expect((second as Error).message).toBe(`AllyDesk is already running on the data folder ${dir} (process 4242 on host pc-1).`);
  });

  it('is free again once released: the lock and its owner record are gone', async () => {
    const first = await lockDataFolder(dir, { pid: 4242, hostname: 'pc-1' });
    await first.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
    const next = await take(dir, { pid: 5151, hostname: 'pc-1' });
    expect(next.owner.pid).toBe(5151);
  });

  it('takes over at once a lock whose process on this host has ended', async () => {
    const gone = deadPid();
    leftBehind({ pid: gone, hostname: hostname() });
    const lock = await take(dir);
    expect(lock.owner).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('leaves alone a fresh lock of a live process, or one recorded by another host', async () => {
    leftBehind({ pid: process.ppid, hostname: hostname() });
    await expect(lockDataFolder(dir)).rejects.toThrow(`(process ${process.ppid} on host ${hostname()})`);
    rmSync(join(dir, LOCK_NAME), { recursive: true });
    leftBehind({ pid: deadPid(), hostname: 'reception-pc' });
    await expect(lockDataFolder(dir)).rejects.toThrow(/on host reception-pc\)\.$/);
  });

  it('takes over a lock nobody refreshed within the stale time (its owner froze, or died on another host)', async () => {
    leftBehind({ pid: 1234, hostname: 'reception-pc' }, new Date(Date.now() - 60_000));
    const lock = await take(dir);
    expect(lock.owner.pid).toBe(process.pid);
  });

  it('says "another AllyDesk process" when the holder has not written its record yet', async () => {
    mkdirSync(join(dir, LOCK_NAME));
    await expect(lockDataFolder(dir)).rejects.toThrow(`AllyDesk is already running on the data folder ${dir} (another AllyDesk process).`);
  });
});
