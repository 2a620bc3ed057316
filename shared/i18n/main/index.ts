import { portalMessages } from './portals';
import { vaultMessages } from './vault';

/** Every area's catalog of main-process messages, one per line (the completeness test walks them all). */
export const MAIN_CATALOGS = {
  vault: vaultMessages,
  portals: portalMessages,
} as const;
