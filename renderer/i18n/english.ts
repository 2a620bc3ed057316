import { shellMessages } from '../app/messages';
import { autopayMessages } from '../autopay/messages';
import { timersMessages } from '../timers/messages';
import { helpMessages, loginMessages, portalsMessages, taskFinderMessages } from '../help/portalsMessages';
import { searchMessages } from '../help/searchMessages';
import { languageMessages, settingsMessages, updatesMessages } from '../settings/messages';
import { toolbarMessages } from '../toolbar/messages';
import { loginsMessages, pinMessages, vaultMessages } from '../vault/messages';
import { deskMessages } from '../desk/messages';
import { activityMessages } from '../vault/activityMessages';
import { portalActionsMessages, portalWindowsMessages } from '../portals/messages';
import { supportComposerMessages, troubleshootMessages } from '../troubleshoot/messages';
import { supportMessages } from '../support/messages';
import { policyMessages, setByItMessages } from '../policy/messages';
import { sharedFolderMessages } from '../vault/sharedFolderMessages';

/**
 * Every namespace of English messages. Imported by tests and by the type of the translations
 * (renderer/i18n/catalog.ts, type-only): the app itself imports each feature's messages where it uses them.
 */
export const english = {
  shell: shellMessages,
  language: languageMessages,
  search: searchMessages,
  portals: portalsMessages,
  help: helpMessages,
  taskFinder: taskFinderMessages,
  login: loginMessages,
  toolbar: toolbarMessages,
  vault: vaultMessages,
  vaultLogins: loginsMessages,
  vaultPin: pinMessages,
  desk: deskMessages,
  autopay: autopayMessages,
  timers: timersMessages,
  vaultActivity: activityMessages,
  portalActions: portalActionsMessages,
  portalWindows: portalWindowsMessages,
  settings: settingsMessages,
  updates: updatesMessages,
  troubleshoot: troubleshootMessages,
  supportComposer: supportComposerMessages,
  support: supportMessages,
  setByIt: setByItMessages,
  policy: policyMessages,
  sharedFolder: sharedFolderMessages,
};
