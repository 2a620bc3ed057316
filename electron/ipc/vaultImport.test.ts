import { afterEach, describe, expect, it } from 'vitest';
import { vaultImportChannels } from '../../shared/ipc/vaultImport';
import { silentLogger } from '../services/logger';
import { staticPolicy } from '../services/policy/service';
import { createPlainExport } from '../services/vault/import/plainExport';
import { createLoginImport } from '../services/vault/import/service';
import { allFileText, makeVault } from '../services/vault/testKit';
import { IpcRegistry } from './registry';
import { registerVaultImportIpc } from './vaultImport';

const MALFORMED: unknown[] = [
  42,
  'text',
  null,
  [],
  { content: 5 },
  { content: '' },
  { previewId: '../../x', rows: [1] },
  { rows: [-1] },
  { passphrase: 'x' },
  { extra: 1 },
];

let close: (() => void) | null = null;
afterEach(() => close?.());

describe('vaultImport IPC', () => {
  it('answers malformed input on every channel with an error envelope and changes nothing', async () => {
    const kit = makeVault();
    close = kit.close;
    const registry = new IpcRegistry(silentLogger);
    const now = () => kit.clock.now();
    registerVaultImportIpc(
      registry,
      createLoginImport({ vault: kit.vault, audit: kit.audit, now }),
      createPlainExport({ vault: kit.vault, policy: staticPolicy(), audit: kit.audit, now, loginUrl: () => null }),
    );
    await kit.vault.createProfile('Ann', 'lantern orchard velvet 42');
    await kit.audit.settled();
    const before = allFileText(kit.dataDir);
    const channels = Object.keys(vaultImportChannels) as (keyof typeof vaultImportChannels)[];
    expect(channels).toEqual(['vaultImport:preview', 'vaultImport:run', 'vaultImport:cancel', 'vaultImport:exportPlain']);
    for (const channel of channels) {
      for (const input of MALFORMED) {
        const reply = await registry.dispatch(channel, input);
        expect(reply.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      }
    }
    await kit.audit.settled();
    expect(allFileText(kit.dataDir)).toBe(before);
    expect(kit.vault.listEntries('').entries).toEqual([]);
  });
});
