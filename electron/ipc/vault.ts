import type { VaultService } from '../services/vault/service';
import type { SharedFolderSettings } from '../services/vault/shared/deviceSettings';
import type { IpcRegistry } from './registry';

/** A change to a shared profile is answered once it is in the shared folder (or kept here while the share is away). */
const settled =
  <I, O>(vault: VaultService, run: (input: I) => O) =>
  async (input: I): Promise<Awaited<O>> => {
    const result = await run(input);
    await vault.sharedSettled();
    return result;
  };

export function registerVaultIpc(registry: IpcRegistry, vault: VaultService, sharedFolder?: SharedFolderSettings) {
  const off = [
    registry.handle('vault:status', () => vault.status()),
    registry.handle('vault:createProfile', ({ name, passphrase }) => vault.createProfile(name, passphrase)),
    registry.handle('vault:unlock', ({ profileId, passphrase }) => vault.unlock(profileId, passphrase)),
    registry.handle('vault:unlockWithPin', ({ profileId, pin }) => vault.unlockWithPin(profileId, pin)),
    registry.handle('vault:setPin', ({ pin, hours }) => vault.setPin(pin, hours)),
    registry.handle('vault:removePin', () => vault.removePin()),
    registry.handle('vault:lock', () => vault.lock('manual')),
    registry.handle('vault:changePassphrase', ({ current, next }) => vault.changePassphrase(current, next)),
    registry.handle('vault:deleteProfile', ({ profileId, confirmName }) => vault.deleteProfile(profileId, confirmName)),
    registry.handle('vault:listEntries', ({ query }) => vault.listEntries(query)),
    registry.handle(
      'vault:saveEntry',
      settled(vault, (input) => vault.saveEntry(input)),
    ),
    registry.handle(
      'vault:deleteEntry',
      settled(vault, ({ id }: { id: string }) => vault.deleteEntry(id)),
    ),
    registry.handle('vault:copy', ({ id, field }) => vault.copy(id, field)),
    registry.handle('vault:reveal', ({ id }) => vault.reveal(id)),
    registry.handle('vault:openPortal', ({ id }) => vault.openPortal(id)),
    registry.handle('vault:activity', () => vault.activity()),
    registry.handle(
      'vault:updateSettings',
      settled(vault, (settings) => vault.updateSettings(settings)),
    ),
    registry.handle('vault:moveToShared', () => vault.moveToShared()),
    registry.handle('vault:moveToThisComputer', () => vault.moveToThisComputer()),
    registry.handle('vault:sharedFolder', () => sharedFolder?.view() ?? { folder: null, fixedByPolicy: false, reachable: false, pcName: '' }),
    registry.handle('vault:setSharedFolder', (input) => {
      if (!sharedFolder) throw new Error('no shared folder settings in this runtime');
      return sharedFolder.set(input);
    }),
    registry.handle('vault:health', () => vault.health()),
    registry.handle('vault:generate', (options) => ({ password: vault.generate(options) })),
    registry.handle('vault:audit', () => vault.audit()),
    registry.handle('vault:exportBackup', () => vault.exportBackup()),
    registry.handle('vault:importBackup', ({ content, passphrase }) => vault.importBackup(content, passphrase)),
    registry.handle('vault:scanText', ({ text }) => vault.scanText(text)),
  ];
  return () => off.forEach((dispose) => dispose());
}
