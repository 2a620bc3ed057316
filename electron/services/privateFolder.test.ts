import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateFolder } from './privateFolder';

let root: string;
let umaskBefore: number;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'allydesk-private-'));
  umaskBefore = process.umask();
});
afterEach(() => {
  process.umask(umaskBefore);
  rmSync(root, { recursive: true, force: true });
});
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('ensurePrivateFolder (POSIX modes)', () => {
  it('creates a missing folder, and its missing parents, owner-only even under umask 000', () => {
    process.umask(0);
    const folder = join(root, 'data', 'backups');
    ensurePrivateFolder(folder);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(join(root, 'data'))).toBe(0o700);
  });

  it('tightens an existing folder others can read or write', () => {
    process.umask(0);
    const folder = join(root, 'data');
    mkdirSync(folder, { mode: 0o777 });
    expect(modeOf(folder)).toBe(0o777);
    ensurePrivateFolder(folder);
    expect(modeOf(folder)).toBe(0o700);
  });
});
