import { CONTENT_ES } from '../../../shared/content/es/index';
import { flatten, type LocaleBundle } from '../bundle';
import type { Catalog } from '../catalog';
import { autopay } from './autopay';
import { help, login, portals, taskFinder } from './help';
import { language, search, shell } from './shell';
import { toolbar } from './toolbar';
import { vault, vaultLogins, vaultPin } from './vault';
import { desk } from './desk';
import { timers } from './timers';
import { vaultActivity } from './vaultActivity';
import { portalActions, portalWindows } from './portalWindows';
import { settings, updates } from './settings';
import { support, supportComposer, troubleshoot } from './troubleshoot';
import { policy, setByIt, sharedFolder } from './policy';

/**
 * Spanish (United States): every message of the app. Its own chunk, loaded only when Spanish is
 * chosen (renderer/i18n/store.ts). Words follow the glossary (shared/i18n/glossary.ts).
 */
export const catalog: Catalog = {
  shell,
  language,
  search,
  portals,
  help,
  taskFinder,
  login,
  toolbar,
  vault,
  vaultLogins,
  vaultPin,
  desk,
  autopay,
  timers,
  vaultActivity,
  portalActions,
  portalWindows,
  settings,
  updates,
  troubleshoot,
  supportComposer,
  support,
  setByIt,
  policy,
  sharedFolder,
};

export const bundle: LocaleBundle = { messages: flatten(catalog), content: CONTENT_ES };
