import { chmodSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyState } from '../../../shared/policy/schema';
import { silentLogger } from '../logger';
import { readLinuxPolicy } from './linux';
import { mergePolicy } from '../../../shared/policy/validate';
import { policyFrom, startPolicyService, type PolicyService } from './service';
import { linuxPolicyPath, TEST_POLICY_FILE_ENV } from './sources';

let dir: string;
let path: string;
let service: PolicyService | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'allydesk-policy-svc-'));
  path = join(dir, 'policy.json');
});
afterEach(() => {
  service?.stop();
  service = null;
  rmSync(dir, { recursive: true, force: true });
});

/** Writes the way an admin's tool does: a new file moved into place. */
const put = (policy: unknown) => {
  const temp = join(dir, 'policy.json.new');
  writeFileSync(temp, JSON.stringify(policy));
  chmodSync(temp, 0o644);
  renameSync(temp, path);
};
const me = process.getuid?.() ?? 0;
const start = (intervalMs = 60_000) =>
  startPolicyService({ read: () => readLinuxPolicy({ path, expectedUid: me }), logger: silentLogger, intervalMs, watchFolders: [dir] });
const nextChange = (s: PolicyService) =>
  new Promise<PolicyState>((resolve) => {
    const off = s.onChange((state) => (off(), resolve(state)));
  });

describe('the policy in force from what the readers found', () => {
  it('with nothing set, is what validating would give (without loading the policies’ schemas), notices and places looked included', async () => {
    const read = {
      layers: [],
      notices: ['The practice policy file /etc/allydesk/policy.json was ignored: it is a symbolic link.'],
      looked: ['/etc/allydesk/policy.json'],
    };
    expect(await policyFrom(read)).toEqual(mergePolicy(read));
  });

  it('with a value set, checks it against its policy', async () => {
    const read = {
      layers: [{ scope: 'machine' as const, location: 'HKLM', raw: { PinMaxHours: 200, BrowserMode: 'disabled' } }],
      notices: [],
      looked: ['HKLM'],
    };
    const state = await policyFrom(read);
    expect(state.values).toEqual({ BrowserMode: 'disabled' });
    expect(state.notices).toEqual(['Practice policy PinMaxHours (from HKLM) was ignored: The hours must be at most 168.']);
  });
});

describe('effective policy service', () => {
  it('answers fixed values, ceilings and switches', async () => {
    put({ SupportPhone: '(800) 555-0100', VaultIdleLockMinutesMax: 15, BrowserMode: 'disabled' });
    service = await start();
    expect(service.fixed('SupportPhone')).toBe('(800) 555-0100');
    expect(service.fixed('SupportEmail')).toBeUndefined();
    expect(service.ceiling('VaultIdleLockMinutesMax')).toBe(15);
    expect(service.ceiling('ClipboardClearSecondsMax')).toBeUndefined();
    expect(service.allows('BrowserMode')).toBe(false);
    expect(service.allows('PortalWindows')).toBe(true);
  });

  it('answers the policies of features still to come (PIN unlock, portal windows)', async () => {
    put({ PinUnlock: 'disabled', PinMaxHours: 4, PortalWindows: 'disabled', PortalAutoSubmit: true });
    service = await start();
    expect(service.allows('PinUnlock')).toBe(false);
    expect(service.ceiling('PinMaxHours')).toBe(4);
    expect(service.allows('PortalWindows')).toBe(false);
    expect(service.fixed('PortalAutoSubmit')).toBe(true);
  });

  it('picks up a change while running (folder watch) and tells listeners once', async () => {
    service = await start();
    expect(service.state().values).toEqual({});
    const changed = nextChange(service);
    put({ VaultIdleLockMinutesMax: 5 });
    expect((await changed).values).toEqual({ VaultIdleLockMinutesMax: 5 });
    expect(service.ceiling('VaultIdleLockMinutesMax')).toBe(5);
    const lifted = nextChange(service);
    rmSync(path);
    expect((await lifted).values).toEqual({});
  });

  it('picks up a change by the periodic re-read where there is no folder to watch', async () => {
    service = await startPolicyService({
      read: () => readLinuxPolicy({ path, expectedUid: me }),
      logger: silentLogger,
      intervalMs: 100,
      watchFolders: [join(dir, 'absent')],
    });
    const changed = nextChange(service);
    put({ PassphraseMinLength: 12 });
    expect((await changed).values).toEqual({ PassphraseMinLength: 12 });
  });

  it('keeps the policy in force when a read fails outright', async () => {
    let fail = false;
    service = await startPolicyService({
      read: async () => {
        if (fail) throw new Error('reg.exe vanished');
        return { layers: [{ scope: 'machine', location: 'x', raw: { SupportPhone: '(800) 555-0100' } }], notices: [], looked: ['x'] };
      },
      logger: silentLogger,
    });
    fail = true;
    expect((await service.refresh()).values).toEqual({ SupportPhone: '(800) 555-0100' });
  });
});

describe('where the Linux file is read from', () => {
  it('is /etc/allydesk/policy.json; the test path is honoured only with ALLYDESK_TEST_HOOKS=1', () => {
    expect(linuxPolicyPath({})).toBe('/etc/allydesk/policy.json');
    expect(linuxPolicyPath({ [TEST_POLICY_FILE_ENV]: '/tmp/mine.json' })).toBe('/etc/allydesk/policy.json');
    expect(linuxPolicyPath({ [TEST_POLICY_FILE_ENV]: '/tmp/mine.json', ALLYDESK_TEST_HOOKS: '0' })).toBe('/etc/allydesk/policy.json');
    expect(linuxPolicyPath({ [TEST_POLICY_FILE_ENV]: '/tmp/mine.json', ALLYDESK_TEST_HOOKS: '1' })).toBe('/tmp/mine.json');
  });
});

describe('a policy that goes away', () => {
  it('a policy that was in force and disappears is said, until a policy is back', async () => {
    put({ SupportPhone: '(800) 555-0100' });
    service = await start();
    expect(service.state().values).toEqual({ SupportPhone: '(800) 555-0100' });
    rmSync(path);
    const after = await service.refresh();
    expect(after.values).toEqual({});
    const notice = `The practice policy that was in force (from ${path}) is no longer there, so IT's settings no longer apply. If IT did not remove it on purpose, tell them.`;
    expect(after.notices).toEqual([notice]);
    expect((await service.refresh()).notices).toEqual([notice]); // not only once
    put({ SupportPhone: '(800) 555-0199' });
    expect((await service.refresh()).notices).toEqual([]);
  });
});
