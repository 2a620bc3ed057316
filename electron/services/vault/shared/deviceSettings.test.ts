import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_POLICY_STATE } from '../../../../shared/policy/empty';
import { staticPolicy } from '../../policy/service';
import { createSharedFolderSettings } from './deviceSettings';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'allydesk-device-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('shared folder settings of this PC', () => {
  it('keeps one PC id across starts, and the folder and name chosen in Settings', () => {
    const dataDir = temp();
    const share = temp();
    const first = createSharedFolderSettings({ dataDir, policy: staticPolicy(), defaultName: () => 'FRONTDESK-1' });
    expect(first.view()).toEqual({ folder: null, fixedByPolicy: false, reachable: false, pcName: 'FRONTDESK-1' });
    first.set({ folder: share, pcName: '  Front desk\u200b 1 ' });
    const again = createSharedFolderSettings({ dataDir, policy: staticPolicy() });
    expect(again.pc()).toEqual(first.pc());
    expect(again.view()).toEqual({ folder: share, fixedByPolicy: false, reachable: true, pcName: 'Front desk 1' });
  });

  it('refuses a folder it cannot reach, a relative one and an empty name, each with its reason', () => {
    const s = createSharedFolderSettings({ dataDir: temp(), policy: staticPolicy() });
    expect(() => s.set({ folder: '/no/such/share', pcName: 'Desk' })).toThrow(/cannot reach \/no\/such\/share/);
    expect(() => s.set({ folder: 'AllyDesk', pcName: 'Desk' })).toThrow(/Name the folder in full/);
    expect(() => s.set({ folder: null, pcName: ' \u0007 ' })).toThrow(/Give this computer a name/);
  });

  it('IT’s ProfilesFolder policy is the folder in use and cannot be changed in Settings', () => {
    const share = temp();
    const s = createSharedFolderSettings({ dataDir: temp(), policy: staticPolicy({ ...EMPTY_POLICY_STATE, values: { ProfilesFolder: share } }) });
    expect(s.view()).toMatchObject({ folder: share, fixedByPolicy: true, reachable: true });
    expect(() => s.set({ folder: temp(), pcName: 'Desk' })).toThrow(/practice IT set/);
    expect(s.set({ folder: share, pcName: 'Desk 2' })).toMatchObject({ folder: share, pcName: 'Desk 2' });
  });
});
