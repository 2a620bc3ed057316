import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../shared/policy/validate';
import { readLinuxPolicy } from './linux';

// Real files with real owners and modes. The tests run as root here, so they can hand a file to another uid.
const isRoot = process.getuid?.() === 0;
let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-policy-'));
  path = join(dir, 'policy.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (content: unknown, mode = 0o644) => {
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  chmodSync(path, mode);
};
const me = process.getuid?.() ?? 0;

describe('Linux policy file', () => {
  it('no file: no policy and no notice', async () => {
    expect(await readLinuxPolicy({ path, expectedUid: me })).toEqual({ layers: [], notices: [], looked: [path] });
  });

  it('a file owned by the expected owner, 0644: read as machine-wide; a bad value is named and the rest apply', async () => {
    write({ SupportPhone: '(800) 555-0100', VaultIdleLockMinutesMax: 90, PortalInactivityMinutes: { ehr: 25 } });
    const state = mergePolicy(await readLinuxPolicy({ path, expectedUid: me }));
    expect(state.values).toEqual({ SupportPhone: '(800) 555-0100', PortalInactivityMinutes: { ehr: 25 } });
    expect(state.sources.SupportPhone).toEqual({ scope: 'machine', location: path });
    expect(state.notices).toEqual([`Practice policy VaultIdleLockMinutesMax (from ${path}) was ignored: The minutes must be at most 60.`]);
  });

  it.runIf(isRoot)('the real rule: owned by root is used; owned by another user is ignored whole, saying why', async () => {
    write({ SupportPhone: '(800) 555-0100' });
    chownSync(path, 0, 0);
    expect((await readLinuxPolicy({ path })).layers).toHaveLength(1);
    chownSync(path, 1000, 1000);
    const read = await readLinuxPolicy({ path });
    expect(read.layers).toEqual([]);
    expect(read.notices).toEqual([`The practice policy file ${path} was ignored: it is owned by user id 1000, not root. Run: sudo chown root:root ${path}`]);
  });

  it('writable by group or others: ignored whole, with the permissions named', async () => {
    write({ SupportPhone: '(800) 555-0100' }, 0o664);
    const group = await readLinuxPolicy({ path, expectedUid: me });
    expect(group.layers).toEqual([]);
    expect(group.notices).toEqual([`The practice policy file ${path} was ignored: other users could change it (permissions 664). Run: sudo chmod 644 ${path}`]);
    chmodSync(path, 0o646);
    expect((await readLinuxPolicy({ path, expectedUid: me })).notices[0]).toContain('permissions 646');
    chmodSync(path, 0o600);
    expect((await readLinuxPolicy({ path, expectedUid: me })).layers).toHaveLength(1);
  });

  it('its folder is checked as the file is: writable by group or others, or owned by someone else, and the file is ignored', async () => {
    write({ SupportPhone: '(800) 555-0100' });
    chmodSync(dir, 0o777); // any user could move policy.json away and every ceiling would lift
    const open = await readLinuxPolicy({ path, expectedUid: me });
    expect(open.layers).toEqual([]);
    expect(open.notices).toEqual([
      `The practice policy file ${path} was ignored: other users could move it away or replace it: its folder ${dir} has permissions 777. Run: sudo chmod 755 ${dir}`,
    ]);
    chmodSync(dir, 0o775);
    expect((await readLinuxPolicy({ path, expectedUid: me })).notices[0]).toContain('has permissions 775');
    chmodSync(dir, 0o755);
    expect((await readLinuxPolicy({ path, expectedUid: me })).layers).toHaveLength(1);
    const someoneElse = await readLinuxPolicy({ path, expectedUid: me + 1 });
    expect(someoneElse.notices[0]).toContain(`its folder ${dir} is owned by user id ${me}, not user id ${me + 1}`);
    const linked = `${dir}-link`;
    symlinkSync(dir, linked);
    try {
      expect((await readLinuxPolicy({ path: join(linked, 'policy.json'), expectedUid: me })).notices[0]).toContain('is a symbolic link');
    } finally {
      rmSync(linked);
    }
    expect(await readLinuxPolicy({ path: join(dir, 'absent', 'policy.json'), expectedUid: me })).toMatchObject({ layers: [], notices: [] });
  });

  it('the folders above it are checked too: one that others may write (and is not sticky like /tmp) refuses the policy', async () => {
    const above = join(dir, 'etc');
    const folder = join(above, 'allydesk');
    mkdirSync(folder, { recursive: true });
    const deep = join(folder, 'policy.json');
    writeFileSync(deep, JSON.stringify({ SupportPhone: '(800) 555-0100' }));
    chmodSync(deep, 0o644);
    chmodSync(folder, 0o755);
    chmodSync(above, 0o777); // anyone could rename allydesk/ away and put their own in its place
    expect(await readLinuxPolicy({ path: deep, expectedUid: me })).toEqual({
      layers: [],
      notices: [
        `The practice policy file ${deep} was ignored: other users could move the policy's folder away: the folder ${above} above it has permissions 777. Run: sudo chmod 755 ${above}`,
      ],
      looked: [deep],
    });
    chmodSync(above, 0o1777); // sticky, like /tmp: only allydesk/'s owner may rename it
    expect((await readLinuxPolicy({ path: deep, expectedUid: me })).layers).toHaveLength(1);
    chmodSync(above, 0o755);
    expect((await readLinuxPolicy({ path: deep, expectedUid: me })).layers).toHaveLength(1);
  });

  it('a symbolic link is never followed, even to a good file', async () => {
    const real = join(dir, 'real.json');
    writeFileSync(real, JSON.stringify({ SupportPhone: '(800) 555-0100' }));
    chmodSync(real, 0o644);
    symlinkSync(real, path);
    const read = await readLinuxPolicy({ path, expectedUid: me });
    expect(read.layers).toEqual([]);
    expect(read.notices).toEqual([`The practice policy file ${path} was ignored: it is a symbolic link. Put the policy in a real file owned by root.`]);
  });

  it('not JSON, not an object, or a folder: ignored with the reason', async () => {
    write('{ "SupportPhone": ');
    expect((await readLinuxPolicy({ path, expectedUid: me })).notices[0]).toMatch(/was ignored: it is not valid JSON/);
    write('["SupportPhone"]');
    expect((await readLinuxPolicy({ path, expectedUid: me })).notices[0]).toMatch(/it must hold one JSON object of policy names and values/);
    rmSync(path);
    mkdirSync(path);
    chmodSync(path, 0o755);
    expect((await readLinuxPolicy({ path, expectedUid: me })).notices[0]).toMatch(/it is not a regular file/);
  });
});
