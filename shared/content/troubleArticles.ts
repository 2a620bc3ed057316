import type { LocalizedContent } from './localized';
import { localizeRecords } from './localizeRecords';
import { fillNames } from './officeAllyNames';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

/** The seed's "Solving common login failures and errors" and SFTP sections as reference articles. */
export interface TroubleArticle {
  id: string;
  title: string;
  paragraphs: string[];
  source: SeedFile;
}

const article = SEED_FILES.loginArticle;

export const TROUBLE_ARTICLES: readonly TroubleArticle[] = [
  {
    id: 'trouble-credentials',
    title: 'Invalid credentials and account lockouts',
    paragraphs: [
      'If the system rejects a username or password, double-check for hidden spaces at the end of the text string, which often happens when copying and pasting.',
      'After several failed attempts, the account may be temporarily locked for security reasons. In such cases, waiting 15 to 30 minutes before trying again or using the password reset tool is the standard protocol.',
      'The "Forgot Password" link requires access to the registered email or knowledge of pre-set security questions.',
    ],
    source: article,
  },
  {
    id: 'trouble-blank-page',
    title: 'Page not loading or blank screens',
    paragraphs: [
      'When a login page fails to load or shows a blank screen, it is often a local browser issue rather than a server-side failure. Clearing the browser’s cache and cookies for the specific site is a highly effective first step. This removes old scripts that may be conflicting with current site updates.',
      'If the problem persists, switching to an "Incognito" or "InPrivate" window can bypass extension-related conflicts.',
    ],
    source: article,
  },
  {
    id: 'trouble-two-factor',
    title: '2FA code delays',
    paragraphs: [
      'Delays in receiving a two-factor authentication code are common. This can be caused by network congestion or email filters. Check your spam or junk folders immediately.',
      'If the code still does not arrive, ensure that the contact information on file is current. If a mobile number was recently changed, a call to the technical support team may be necessary to update the account’s security parameters.',
    ],
    source: article,
  },
  {
    id: 'trouble-timeout',
    title: 'Session timeouts',
    paragraphs: [
      'For security reasons, sessions will automatically time out after a period of inactivity. This is a requirement for maintaining HIPAA compliance.',
      'If you find yourself logged out frequently, ensure you are actively saving your work, such as clinical notes or claim edits, every few minutes. Some browsers have aggressive power-saving modes that put tabs to "sleep," which the portal may interpret as a session termination.',
    ],
    source: article,
  },
  {
    id: 'trouble-sftp',
    title: 'Integrated software not syncing (SFTP)',
    paragraphs: [
      'When an account is integrated, the system generates specific SFTP credentials that are different from the web login. These credentials allow the practice management software to send claim files (ANSI 837) and receive reports (ERA 835) automatically.',
      'If your integrated system is failing to sync, the issue is often related to these SFTP credentials rather than your standard web login. Updating these passwords usually requires logging into the web portal first to generate a new token or secure key for the integration.',
    ],
    source: article,
  },
];

export const localizedTroubleArticles = (content?: LocalizedContent): TroubleArticle[] => localizeRecords(TROUBLE_ARTICLES, content?.troubleArticles);

export function troubleshootingDocuments(content?: LocalizedContent): HelpDocument[] {
  return localizedTroubleArticles(content).map((item) => ({
    id: item.id,
    screen: 'login',
    section: item.id,
    title: item.title,
    text: fillNames(item.paragraphs.join(' ')),
    keywords: item.id === 'trouble-credentials' ? 'error wrong password lockout locked out spaces' : 'error problem fix not working',
    source: item.source,
  }));
}
