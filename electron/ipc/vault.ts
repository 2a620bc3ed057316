import type { VaultService } from '../services/vault/service';
import type { IpcRegistry } from './registry';

export function registerVaultIpc(registry: IpcRegistry, vault: VaultService) {
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
    registry.handle('vault:saveEntry', (input) => vault.saveEntry(input)),
    registry.handle('vault:deleteEntry', ({ id }) => vault.deleteEntry(id)),
    registry.handle('vault:copy', ({ id, field }) => vault.copy(id, field)),
    registry.handle('vault:reveal', ({ id }) => vault.reveal(id)),
    registry.handle('vault:openPortal', ({ id }) => vault.openPortal(id)),
    registry.handle('vault:activity', () => vault.activity()),
    registry.handle('vault:updateSettings', (settings) => vault.updateSettings(settings)),
    registry.handle('vault:health', () => vault.health()),
    registry.handle('vault:generate', (options) => ({ password: vault.generate(options) })),
    registry.handle('vault:audit', () => vault.audit()),
    registry.handle('vault:exportBackup', () => vault.exportBackup()),
    registry.handle('vault:importBackup', ({ content, passphrase }) => vault.importBackup(content, passphrase)),
    registry.handle('vault:scanText', ({ text }) => vault.scanText(text)),
  ];
  return () => off.forEach((dispose) => dispose());
}
