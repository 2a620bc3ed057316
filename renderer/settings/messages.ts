import { defineMessages } from '../i18n/define';

/** Settings: the language card. */
export const languageMessages = defineMessages('language', {
  title: 'Language',
  label: 'Language of AllyDesk',
  system: 'Same as this computer ({language})',
  hintSystem: 'AllyDesk follows the preferred languages of this computer, and English for anything else.',
  hintPolicy: 'Your practice’s IT chose this language for every computer.',
  officeAllyStays: 'Office Ally’s own screens are in English: AllyDesk writes each button and menu name as Office Ally shows it, so you can find it there.',
  saved: 'Saved: AllyDesk now shows {language}.',
  notSaved: 'Not saved: {reason}',
});

/** Settings: the practice's corrections (portal login pages, support contacts). Field errors come from main. */
export const settingsMessages = defineMessages('settings', {
  title: 'Settings: your practice’s Office Ally details',
  lead: 'Office Ally sometimes changes its web addresses and phone menus. If yours differ from the help documents, enter them here; the help screens then show your values, marked “Set by your practice”. Only secure https:// addresses on Office Ally’s or Patient Ally’s sites are accepted.',
  loginPages: 'Portal login pages',
  portalField: '{portal}: {page}',
  support: 'Office Ally support',
  supportPhone: 'Support phone number',
  supportPhoneOption: 'Phone menu option for technical issues',
  supportEmail: 'Support email address',
  fixed: 'It cannot be changed here.',
  fixedDocumented: 'It cannot be changed here. The help documents say: {value}',
  documented: 'Leave empty to use the help documents’ value: {value}',
  undocumented: 'The help documents give no value; leave empty if you do not know it.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved. The help screens now show these values, marked “Set by your practice”.',
  fieldsToFix: 'Not saved: {count, plural, one {one field needs} other {# fields need}} correcting (marked below). What you typed is kept.',
  notSaved: 'Not saved: {reason}',
});

/** Settings: the version and updates (what main reports; its own reasons and failures come from main). */
export const updatesMessages = defineMessages('updates', {
  title: 'Updates',
  version: 'AllyDesk version {version}',
  whatsNewLabel: 'What changed in version {version}',
  updated: 'AllyDesk was updated to version {version}.',
  updatedNotes: 'AllyDesk was updated to version {version}. What changed:',
  dismiss: 'Dismiss',
  'mode.default': 'AllyDesk checks for updates when it starts and every day.',
  'mode.start': 'AllyDesk checks for updates when it starts.',
  'mode.manual': 'AllyDesk checks for updates only when you press “Check for updates”.',
  'mode.none': 'AllyDesk does not check for updates.',
  practiceFeed: 'Updates come from your practice’s own update server.',
  idle: 'Not checked yet.',
  checking: 'Checking for updates…',
  upToDate: 'AllyDesk is up to date.',
  downloading: 'Downloading version {version} in the background ({percent, number, ::percent}). You can keep working.',
  ready: 'Version {version} is downloaded and verified. It installs when you quit AllyDesk, or now if you restart.',
  lastChecked: 'Last checked: {at, date, medium}, {at, time, short}',
  whatChanges: 'What changes: {notes}',
  check: 'Check for updates',
  restart: 'Restart and update',
});
