import { z } from '../zod';
import { defineChannels } from './define';
import { PORTAL_CHOICES } from './vault';
import { VAULT_ID } from './vaultConstants';

/**
 * Bringing logins in from a browser's or password manager's export, and the plaintext export for
 * leaving. Its own concern (`vaultImport:`), beside the vault's: the export file's text comes over
 * IPC once, main parses it in memory and keeps the parsed rows only until they are imported, the
 * preview is cancelled or the vault locks. The renderer never gets an imported password back.
 */
export const IMPORT_FORMATS = ['chrome', 'firefox', 'bitwarden-csv', 'bitwarden-json', 'keepassxc', '1password', 'lastpass'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The words a user knows each export by. */
export const IMPORT_FORMAT_NAMES: Record<ImportFormat, string> = {
  chrome: 'Chrome or Edge (CSV)',
  firefox: 'Firefox (CSV)',
  'bitwarden-csv': 'Bitwarden (CSV)',
  'bitwarden-json': 'Bitwarden (JSON, not encrypted)',
  keepassxc: 'KeePassXC (CSV)',
  '1password': '1Password (CSV)',
  lastpass: 'LastPass (CSV)',
};

/** The largest export file accepted (a 20,000-login export is about 3 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const vaultImportChannels = defineChannels(() => {
  const previewId = z.string().check(z.regex(VAULT_ID, 'Not a valid id.'));
  const row = z.int().check(z.gte(1));
  const format = z.enum(IMPORT_FORMATS);
  const previewRow = z.object({
    row,
    title: z.string(),
    host: z.string(),
    username: z.string(),
    /** The Office Ally portal recognised from the address; null for any other site. */
    portal: z.nullable(z.enum(PORTAL_CHOICES)),
    /** 'saved': the profile already has this login; a number: the same login is on that earlier row. */
    duplicateOf: z.nullable(z.union([z.literal('saved'), row])),
    /** The hidden-character warning for the username or password (the vault's own guard), if any. */
    hidden: z.nullable(z.string()),
    /** Why this row cannot be imported as it is (it stays listed), or null. */
    problem: z.nullable(z.string()),
    /** Ticked at first: an Office Ally login that is new, clean and importable. */
    ticked: z.boolean(),
  });
  const badRow = z.object({ row, reason: z.string() });
  return {
    /** Reads an export's text (never stored) and lists what would be imported. */
    'vaultImport:preview': {
      input: z.strictObject({
        content: z.string().check(z.minLength(1, 'Choose the exported file.'), z.maxLength(MAX_IMPORT_BYTES, 'This file is larger than 20 MB.')),
      }),
      output: z.object({ previewId, format, rows: z.array(previewRow), bad: z.array(badRow), notLogins: z.int() }),
    },
    /** Imports the chosen rows of the preview into the unlocked profile, then forgets the file. */
    'vaultImport:run': {
      input: z.strictObject({ previewId, rows: z.array(row).check(z.maxLength(20_000)) }),
      output: z.object({
        format,
        imported: z.array(
          z.object({
            entryId: z.string(),
            title: z.string(),
            portal: z.nullable(z.enum(PORTAL_CHOICES)),
            /** The day the export says the password was last changed (YYYY-MM-DD), where it says. */
            changedOn: z.nullable(z.string()),
          }),
        ),
        failed: z.array(badRow),
      }),
    },
    /** Forgets a preview without importing. */
    'vaultImport:cancel': { input: z.strictObject({ previewId }), output: z.object({ done: z.literal(true) }) },
    /** The unlocked profile as Bitwarden's unencrypted JSON, after the passphrase is typed again (IT can turn it off). */
    'vaultImport:exportPlain': {
      input: z.strictObject({
        passphrase: z.string().check(z.maxLength(1024)),
        understood: z.literal(true, { error: 'Tick the box to say you understand the file is not protected.' }),
      }),
      output: z.object({ fileName: z.string(), content: z.string(), entries: z.int() }),
    },
  };
});
