import { afterEach, describe, expect, it } from 'vitest';
import { vaultChannels } from '../../shared/ipc/vault';
import { EMPTY_POLICY_STATE } from '../../shared/policy/empty';
import { silentLogger } from '../services/logger';
import { staticPolicy } from '../services/policy/service';
import { allFileText, makeVault, practiceMate } from '../services/vault/testKit';
import { IpcRegistry } from './registry';
import { registerVaultIpc } from './vault';

const MALFORMED: unknown[] = [
  42,
  'text',
  null,
  [],
  { id: '../../etc/passwd' },
  { profileId: 7, passphrase: ['a'] },
  { fields: { kind: 'ftp' } },
  { query: 5 },
  { length: 3 },
  { text: 1 },
];

let close: (() => void) | null = null;
afterEach(() => close?.());

describe('vault IPC', () => {
  it('answers malformed input on every vault channel with an error envelope and changes nothing', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    registerVaultIpc(registry, kit.vault);
    await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
    const entry = kit.vault.saveEntry({ fields: practiceMate('ann'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await kit.audit.settled(); // audit records are written asynchronously
    const before = allFileText(kit.dataDir);
    const clipboardBefore = await kit.clipboard.readText();

    const channels = Object.keys(vaultChannels) as (keyof typeof vaultChannels)[];
    expect(channels.length).toBeGreaterThanOrEqual(20);
    for (const channel of channels) {
      for (const input of MALFORMED) {
        const reply = await registry.dispatch(channel, input);
        expect(reply, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(JSON.stringify(reply)).not.toContain('Pm-pass-001!');
      }
    }
    expect(allFileText(kit.dataDir)).toBe(before);
    expect(await kit.clipboard.readText()).toBe(clipboardBefore);
    expect((await kit.vault.status()).unlocked?.name).toBe('Ann');

    // Well-formed requests still work, and replies never carry a password unless revealed.
    const list = await registry.dispatch('vault:listEntries', {});
    expect(list).toMatchObject({ ok: true });
    expect(JSON.stringify(list)).not.toContain('Pm-pass-001!');
    expect(await registry.dispatch('vault:reveal', { id: entry.id })).toMatchObject({ ok: true, data: { password: 'Pm-pass-001!' } });
  });

  it('main refuses a look-alike profile name at the door, naming the character, and creates nothing', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    registerVaultIpc(registry, kit.vault);
    for (const [name, problem] of [
      ['Fuzz Owner\u200b', /zero-width \(invisible\) character \(U\+200B\)/],
      ['Fuzz Owner\u202e', /text-direction control/],
      ['Fuzz \ud800Owner', /broken character/],
    ] as const) {
      const reply = await registry.dispatch('vault:createProfile', { name, passphrase: 'lantern orchard velvet 42' });
      expect(reply, JSON.stringify(name)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { name: expect.stringMatching(problem) } } });
    }
    expect((await kit.vault.status()).profiles).toEqual([]);
    const made = await registry.dispatch('vault:createProfile', { name: ' Fuzz  Owner ', passphrase: 'lantern orchard velvet 42' });
    expect(made).toMatchObject({ ok: true, data: { unlocked: { name: 'Fuzz Owner' } } });
  });

  it('one vault:unlock answers with the status and the entry list (never a password)', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    registerVaultIpc(registry, kit.vault);
    const { unlocked } = await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
    kit.vault.saveEntry({ fields: practiceMate('ann.frontdesk'), password: 'Pm-pass-001!', keepHiddenCharacters: false });
    await kit.vault.createProfile('Ben', 'meadow copper falcon 9'); // Ann is locked now
    const reply = await registry.dispatch('vault:unlock', { profileId: unlocked!.profileId, passphrase: 'lantern orchard velvet 42' });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        status: { unlocked: { name: 'Ann' }, profiles: [{ name: 'Ann' }, { name: 'Ben' }] },
        entries: [{ username: 'ann.frontdesk', title: 'Practice Mate' }],
        damaged: [],
      },
    });
    expect(JSON.stringify(reply)).not.toContain('Pm-pass-001!');
  });

  it('vault:setPin {"hours":168} is refused at the IPC door with the screen\'s 1-12 limit, and a policy ceiling lowers it', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    registerVaultIpc(registry, kit.vault);
    await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
    for (const hours of [168, 13, 0, 2.5]) {
      const reply = await registry.dispatch('vault:setPin', { pin: '69035817', hours });
      expect(reply, String(hours)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await registry.dispatch('vault:setPin', { pin: '69035817', hours: 168 })).toMatchObject({
      error: { fields: { hours: 'A PIN can last 1 to 12 hours. Choose 12 hours or less.' } },
    });
    expect((await kit.vault.status()).profiles[0]!.pin).toBeNull();
    expect(await registry.dispatch('vault:setPin', { pin: '69035817', hours: 12 })).toMatchObject({ ok: true });

    const strict = makeVault({ policy: staticPolicy({ ...EMPTY_POLICY_STATE, values: { PinMaxHours: 4 } }) });
    const strictRegistry = new IpcRegistry(silentLogger);
    registerVaultIpc(strictRegistry, strict.vault);
    try {
      await strict.vault.createProfile('Ben', 'meadow copper falcon 9');
      expect(await strictRegistry.dispatch('vault:setPin', { pin: '69035817', hours: 8 })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'Your practice allows a PIN to last at most 4 hours. Choose 4 hours or less.' },
      });
      expect(await strictRegistry.dispatch('vault:setPin', { pin: '69035817', hours: 4 })).toMatchObject({ ok: true });
    } finally {
      strict.close();
    }
  });

  it('a locked vault answers with a clear "locked" error', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    registerVaultIpc(registry, kit.vault);
    expect(await registry.dispatch('vault:listEntries', { query: '' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/locked/) },
    });
    expect(await registry.dispatch('vault:scanText', { text: 'anything' })).toEqual({ ok: true, data: { containsSecret: false } });
  });
});
