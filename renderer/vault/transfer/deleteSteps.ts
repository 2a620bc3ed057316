import type { ImportFormat } from '../../../shared/ipc/vaultImport';

/**
 * How to delete the imported passwords where they came from: Office Ally's documents advise
 * against keeping healthcare portal passwords in a browser's autofill.
 */
export const DELETE_STEPS: Record<ImportFormat, { where: string; steps: string[] }> = {
  chrome: {
    where: 'Chrome or Edge',
    steps: [
      'Chrome: open Settings, then Autofill and passwords, then Google Password Manager. Open each Office Ally login and choose Delete.',
      'Edge: open Settings, then Profiles, then Passwords. Tick each Office Ally login and choose Delete.',
      'Turn off “Offer to save passwords” there, so the browser does not save them again.',
    ],
  },
  firefox: {
    where: 'Firefox',
    steps: [
      'Open Settings, then Privacy & Security, then Saved passwords.',
      'Choose each Office Ally login and then Remove.',
      'Untick “Ask to save passwords”, so Firefox does not save them again.',
    ],
  },
  'bitwarden-csv': {
    where: 'Bitwarden',
    steps: ['Open each Office Ally item and choose Delete.', 'Open Trash and delete them there too.'],
  },
  'bitwarden-json': {
    where: 'Bitwarden',
    steps: ['Open each Office Ally item and choose Delete.', 'Open Trash and delete them there too.'],
  },
  keepassxc: {
    where: 'KeePassXC',
    steps: ['Select each Office Ally entry and choose Delete entry.', 'Empty the Recycle Bin group, then save the database.'],
  },
  '1password': {
    where: '1Password',
    steps: ['Open each Office Ally item, choose the ⋯ menu and Delete.', 'Open Recently Deleted and delete them there too.'],
  },
  lastpass: {
    where: 'LastPass',
    steps: ['Open each Office Ally item and choose Delete.', 'Open Advanced options, then Deleted items, and Purge them.'],
  },
};
