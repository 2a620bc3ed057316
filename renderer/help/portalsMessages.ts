import { defineMessages } from '../i18n/define';

/** Which portal? (the first screen: plain {name} arguments only) and the help screens' shared parts. */
export const portalsMessages = defineMessages('portals', {
  title: 'Which Office Ally portal do I need?',
  lead: 'One of the most frequent causes of login failure is attempting to access the wrong portal. Each service has its own login.',
  typicalTasks: 'Typical tasks',
  credentials: 'Username and password',
  noAddress: 'The help documents give no address for this. Your practice can add it in Settings.',
  openInBrowser: 'Open the {portal} {page} in your own browser',
  addressSource: 'Address source: {source}',
});

export const helpMessages = defineMessages('help', {
  source: 'Source: {source}',
  needsInternet: '(needs internet)',
  offline: 'This computer is offline. Links marked “needs internet” will not open until it is back online — everything written here still works.',
  setByPractice: 'Set by your practice',
  documentsSay: 'The help documents say: {value}',
  documentsNoValue: 'The help documents give no value for this.',
});

export const taskFinderMessages = defineMessages('taskFinder', {
  title: 'What do you need to do?',
  formLabel: 'Find the right portal',
  inputLabel: 'Type the task in your own words',
  submit: 'Find the portal',
  hint: 'For example “check claim status”, “update patient insurance” or “e-prescribe”.',
  try: 'Try:',
  nothing:
    'No portal matched “{query}”. Try a word like claim, ERA, appointment, insurance, SOAP note, prescription or payment — or use Search help at the top.',
  answer: 'For “{query}” use {portal}',
  show: 'Show {portal}',
  alsoClose: 'Also close: {tasks}.',
  alsoCloseItem: '{task} ({portal})',
});

/** The Logging in and Forgot password screens. */
export const loginMessages = defineMessages('login', {
  title: 'Logging in to Office Ally',
  mobile: 'Phones and tablets',
  commonErrors: 'Fixing common login errors',
  passwordTitle: 'Forgot your password?',
  qrAlt: 'QR code: scan with your phone to open the 2-minute password reset video',
  tipLine: '{title}: {text}',
});
