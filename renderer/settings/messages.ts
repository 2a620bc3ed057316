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
