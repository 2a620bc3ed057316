import { autopayMessages } from './autopay';
import { characterMessages } from './characters';
import { deskMessages } from './desk';
import { portalMessages } from './portals';
import { settingsMessages } from './settings';
import { sharedFolderMessages } from './sharedFolder';
import { timerMessages } from './timers';
import { updateMessages } from './updates';
import { validationMessages } from './validation';
import { vaultMessages } from './vault';

/** Every area's catalog of main-process messages, one per line (the completeness test walks them all). */
export const MAIN_CATALOGS = {
  vault: vaultMessages,
  portals: portalMessages,
  settings: settingsMessages,
  timers: timerMessages,
  autopay: autopayMessages,
  characters: characterMessages,
  desk: deskMessages,
  sharedFolder: sharedFolderMessages,
  updates: updateMessages,
  validation: validationMessages,
} as const;
