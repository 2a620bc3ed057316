import type { LoginImport } from '../services/vault/import/service';
import type { createPlainExport } from '../services/vault/import/plainExport';
import type { IpcRegistry } from './registry';

/** Import from other password managers' exports, and the plaintext export for leaving. */
export function registerVaultImportIpc(registry: IpcRegistry, imports: LoginImport, plainExport: ReturnType<typeof createPlainExport>) {
  const off = [
    registry.handle('vaultImport:preview', ({ content }) => imports.preview(content)),
    registry.handle('vaultImport:run', ({ previewId, rows }) => imports.run(previewId, rows)),
    registry.handle('vaultImport:cancel', ({ previewId }) => imports.cancel(previewId)),
    registry.handle('vaultImport:exportPlain', ({ passphrase }) => plainExport.exportPlain(passphrase)),
    // A preview's parsed rows hold passwords: they go when the vault locks, whatever the reason.
    registry.onEvent((event) => {
      if (event === 'vault:locked') imports.forget();
    }),
  ];
  return () => off.forEach((dispose) => dispose());
}
