import { IMPORT_FORMATS, IMPORT_FORMAT_NAMES, type ImportFormat } from '../../../shared/ipc/vaultImport';

const isFormat = (value: string | undefined): value is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(value ?? '');

/**
 * The Activity view's words for an import from another password manager or the plaintext export
 * (the same `import` and `export` events as backups, told apart by their detail); null for any other record.
 */
export function transferActivityText(record: { event: string; detail?: Record<string, string> }): string | null {
  const { event, detail } = record;
  const count = Number(detail?.entries ?? NaN);
  const logins = Number.isFinite(count) ? ` (${count} ${count === 1 ? 'login' : 'logins'})` : '';
  if (event === 'import' && isFormat(detail?.format)) return `Logins imported from ${IMPORT_FORMAT_NAMES[detail.format]}${logins}`;
  if (event === 'export' && detail?.encrypted === 'false') return `Logins exported without encryption${logins}`;
  return null;
}
