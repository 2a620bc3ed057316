import { create } from 'zustand';
import type { Output } from '../../shared/ipc';
import { bridge } from '../bridge';
import type { Result } from './result';
import { useVault } from './vault';

export type ImportPreview = Output<'vaultImport:preview'>;
export type ImportResult = Output<'vaultImport:run'>;

interface VaultImportState {
  /** The open preview (no passwords: main keeps those), or null. */
  preview: ImportPreview | null;
  /** Sends the chosen file's text to main once; this store does not keep it. */
  readFile(content: string): Promise<Result<ImportPreview>>;
  importRows(rows: number[]): Promise<Result<ImportResult>>;
  cancel(): Promise<void>;
  exportPlain(passphrase: string): Promise<Result<Output<'vaultImport:exportPlain'>>>;
}

/** Importing logins from another password manager, and the plaintext export (renderer/vault/transfer). */
export const useVaultImport = create<VaultImportState>((set, get) => ({
  preview: null,
  async readFile(content) {
    const reply = await bridge().invoke('vaultImport:preview', { content });
    set({ preview: reply.ok ? reply.data : null });
    return reply;
  },
  async importRows(rows) {
    const preview = get().preview;
    if (!preview) return { ok: false, error: { code: 'not_found', message: 'Choose the file again.' } };
    const reply = await bridge().invoke('vaultImport:run', { previewId: preview.previewId, rows });
    set({ preview: null });
    await useVault.getState().listEntries();
    return reply;
  },
  async cancel() {
    const preview = get().preview;
    set({ preview: null });
    if (preview) await bridge().invoke('vaultImport:cancel', { previewId: preview.previewId });
  },
  exportPlain: (passphrase) => bridge().invoke('vaultImport:exportPlain', { passphrase, understood: true }),
}));
