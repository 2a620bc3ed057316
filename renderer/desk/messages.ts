import { defineMessages } from '../i18n/define';

/** The shared front desk: who is signed in, Lock, End my shift and its dialog, Switch user. */
export const deskMessages = defineMessages('desk', {
  signedInLabel: 'Signed in',
  signedIn: 'Signed in: {name}',
  notYou: 'Signed in: {name} — not you?',
  lock: 'Lock',
  endShift: 'End my shift',
  switchUser: 'Switch user',
  title: 'End your shift?',
  titleNamed: 'End your shift, {name}?',
  lead: 'This closes everything of yours so the next person starts clean:',
  closingLabel: 'What will close',
  checking: 'Checking what is open…',
  keepWorking: 'Keep working',
  ending: 'Ending…',
  passwordsLock: 'Your passwords ({name}) lock.',
  clipboardCleared: 'The password or username you copied is cleared from the clipboard.',
  clipboardLeft: 'The clipboard holds nothing AllyDesk copied: it is left alone.',
  noWindows: 'Your saved portal sessions in AllyDesk are wiped (no portal window is open). Portals you opened in your own browser: log out there.',
  windows: '{count, plural, one {# portal window closes} other {# portal windows close}} and all your saved portal sessions are wiped.',
  pinForgotten: 'Your quick-unlock PIN is forgotten: next time, unlock with your passphrase.',
  noPin: 'You have no quick-unlock PIN to forget.',
});
