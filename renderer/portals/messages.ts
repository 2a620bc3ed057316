import { defineMessages } from '../i18n/define';

/**
 * On the first screen (the portal cards and the banners): "Open in AllyDesk", a private window,
 * clearing a portal, where its window starts, and what the open windows wait for. The first screen
 * paints before react-intl loads, so these use plain {name} arguments only (renderer/i18n/simpleFormat.ts).
 */
export const portalActionsMessages = defineMessages('portalActions', {
  open: 'Open {portal} in AllyDesk',
  openPrivate: 'Open a private {portal} window',
  clear: 'Clear {portal}’s cache and cookies',
  opened: '{portal} is open in its own AllyDesk window.',
  openedPrivate: '{portal} is open in a private window: nothing from it is kept when you close it.',
  cleared: '{portal}’s cookies and cache in AllyDesk are cleared, and its login page is open again.',
  goToSettings: 'Go to Settings',
  // Where the window starts (shared/content/startPages.ts decides; these say it).
  'start.it': '{portal} opens at the address your IT set.',
  'start.practice': '{portal} opens at the address your practice saved in Settings.',
  'start.help': '{portal} opens at the login page the help documents give.',
  'start.office-ally-site': 'The help documents give no {portal} login page, so it opens at Office Ally’s site.',
  /** {item} and {logIn} are Office Ally's menu words, in English. */
  startHint: 'Choose {item} from {logIn}, upper right.',
  startHintPatientAlly:
    'Look for Patient Ally under {logIn}, upper right. If it is not there, ask your practice for its Patient Ally address and add it in Settings.',
  startAddress: 'Start address: {source}.',
  'source.it': 'set by your IT',
  'source.practice': 'set by your practice',
  'source.help': 'from the help documents',
  'source.office-ally-site': 'Office Ally’s site',
  // "Clear … cache and cookies?"
  clearTitle: 'Clear {portal}’s cache and cookies?',
  clearBody: 'You will be logged out of {portal} in AllyDesk, and its login page opens again. Your other portals and your saved logins are not touched.',
  clearKeep: 'Keep them',
  clearConfirm: 'Clear and reopen',
  // Banners
  codeRequest:
    '{portal} is asking for your two-factor security code. Type it into the {portal} — {profile} window. The code is usually sent to your registered email, or to your mobile phone by text. No code yet? Check your spam or junk folder.',
  codeRequestPrivate:
    '{portal} is asking for your two-factor security code. Type it into the private {portal} window. The code is usually sent to your registered email, or to your mobile phone by text. No code yet? Check your spam or junk folder.',
  setIdle: 'Set {portal}’s inactivity timer to {minutes} minutes',
  openInBrowser: 'Open it in my browser',
  openInBrowserLabel: 'Open {url} in my browser',
  dismiss: 'Dismiss',
});

/** The open portal windows' list (loaded once a window is open) and the portal-window card in Settings. */
export const portalWindowsMessages = defineMessages('portalWindows', {
  title: 'Open portal windows',
  windowName: '{portal} — {profile}',
  privateWindowName: '{portal} — private window',
  toolbar: '{window} window',
  noPage: 'No page yet',
  notOfficeAlly: 'Not an Office Ally page',
  noTimer: 'No session timer running',
  timeLeft: 'Logs out in about {minutes, plural, one {# minute} other {# minutes}} without activity',
  findIn: 'Find in {window}',
  findNext: 'Next',
  findPrevious: 'Previous',
  findClose: 'Close find',
  findCount: '{active} of {matches}',
  findNone: 'No matches',
  bringToFront: 'Bring to front',
  inFront: '{window} is in front.',
  back: 'Back',
  wentBack: '{window} went back.',
  noEarlier: 'There is no earlier page.',
  forward: 'Forward',
  wentForward: '{window} went forward.',
  noLater: 'There is no later page.',
  reload: 'Reload',
  reloading: '{window} is reloading.',
  zoomOut: 'Zoom out (now {percent} %)',
  zoomReset: 'Reset zoom (now {percent} %)',
  zoomIn: 'Zoom in (now {percent} %)',
  zoomValue: '{percent} %',
  zoomed: 'Zoom {percent} %.',
  find: 'Find',
  print: 'Print',
  printing: 'The print dialog is open for {window}.',
  savePdf: 'Save as PDF',
  savedPdf: 'Saved {file} in your Downloads folder.',
  clear: 'Clear',
  cleared: '{portal}’s cookies and cache are cleared.',
  close: 'Close',
  // Settings
  settingsTitle: 'Portal windows',
  /** {continue} is Office Ally's button, in English. */
  submitAfterFill: '“Log in as” also presses the portal’s {continue} button (off: AllyDesk only fills in the username and password)',
});
