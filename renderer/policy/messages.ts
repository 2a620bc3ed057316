import { defineMessages } from '../i18n/define';

/** Beside every value the practice policy fixes, on any screen (the first one too: no ICU beyond {name}). */
export const setByItMessages = defineMessages('setByIt', {
  label: "Set by your practice's IT",
});

/**
 * Settings: the practice policy card. Each policy's title is here too (`title.<policy name>`), so a
 * policy added to shared/policy/schema.ts without its words on screen is a type error. What was not
 * applied, and why, comes from main.
 */
export const policyMessages = defineMessages('policy', {
  title: 'Practice policy',
  lead: 'Your practice’s IT can set some AllyDesk settings for every computer (Group Policy or Intune on Windows, a configuration profile on a Mac, a root-owned file on Linux). What they set here applies to everyone and cannot be changed in AllyDesk.',
  none: 'No practice policy is in force on this computer. Every setting is yours to choose.',
  caption: 'Settings your practice’s IT has set',
  setting: 'Setting',
  value: 'Value',
  appliesTo: 'Applies to',
  setIn: 'Set in',
  pending: 'This version of AllyDesk does not have that feature yet; it will follow this setting when it does.',
  notApplied: 'Not applied',
  readsFrom: 'AllyDesk reads practice policy from: {places}.',
  yes: 'Yes',
  no: 'No',
  atMost: 'At most {value}',
  allowed: 'Allowed',
  turnedOff: 'Turned off',
  portalValue: '{portal}: {value}',
  machine: 'Everyone on this computer',
  user: 'Your user account only',
  'title.PortalLoginPages': 'Portal login pages',
  'title.SupportPhone': 'Support phone number',
  'title.SupportPhoneOption': 'Support phone menu option',
  'title.SupportEmail': 'Support email address',
  'title.PortalInactivityMinutes': 'Portal inactivity minutes',
  'title.VaultIdleLockMinutesMax': 'Longest vault idle lock (minutes)',
  'title.ClipboardClearSecondsMax': 'Longest time a copied password stays on the clipboard (seconds)',
  'title.PassphraseMinLength': 'Minimum vault passphrase length',
  'title.PinUnlock': 'PIN unlock',
  'title.PinMaxHours': 'Longest PIN unlock period (hours)',
  'title.PlaintextExport': 'Export logins without encryption',
  'title.ProfilesFolder': 'Shared profiles folder',
  'title.PortalWindows': 'Portal windows',
  'title.PortalAutoSubmit': 'Submit the login form after filling it',
  'title.Language': 'Language',
  'title.BrowserMode': 'Browser mode',
  'title.UpdateMode': 'Updates',
  'title.UpdateFeedUrl': 'Update feed address',
});
