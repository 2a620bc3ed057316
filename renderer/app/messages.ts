import { defineMessages } from '../i18n/define';

/** The app shell: header, navigation, banners. Startup messages: plain {name} arguments only. */
export const shellMessages = defineMessages('shell', {
  skip: 'Skip to the screen',
  unofficial: 'Unofficial helper for Office Ally users — not made or endorsed by Office Ally.',
  browserMode: 'Browser mode: served only to this computer.',
  navLabel: 'Main',
  messagesLabel: 'Messages',
  dismiss: 'Dismiss',
  loading: 'Loading…',
  notification: '{title}: {body}',
  'screen.portals': 'Which portal?',
  'screen.login': 'Logging in',
  'screen.password': 'Forgot password',
  'screen.troubleshoot': 'Fix a login problem',
  'screen.timers': 'Timers',
  'screen.vault': 'Passwords',
  'screen.autopay': 'Autopay',
  'screen.security': 'Security & tools',
  'screen.support': 'Contact support',
  'screen.settings': 'Settings',
});
