import type { LocalizedContent } from './localized';
import { fillNames } from './officeAllyNames';
import { BROWSER_CACHE_GUIDE_URL, PASSWORD_RESET_VIDEO_URL } from './login';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export interface PasswordTopic {
  id: string;
  title: string;
  paragraphs: string[];
  url?: { href: string; label: string };
  source: SeedFile;
}

export const PASSWORD_TOPICS: readonly PasswordTopic[] = [
  {
    id: 'password-forgot',
    title: 'Forgot your username or password?',
    paragraphs: [
      "If you lose your username and/or password, you can use the 'Retrieve' links on the Practice Mate login page (next to where you enter your username and password).",
    ],
    source: SEED_FILES.practiceMateLogin,
  },
  {
    id: 'password-video',
    title: 'Reset your password: the 2-minute video',
    paragraphs: ['The 2-minute video will show you how to reset your password. Scan the code with your phone to watch it there.'],
    url: { href: PASSWORD_RESET_VIDEO_URL, label: 'Watch the password reset video' },
    source: SEED_FILES.practiceMateLogin,
  },
  {
    id: 'password-cookies',
    title: 'Other problems – got cookies?',
    paragraphs: [
      'Resetting your browser and clearing cache/cookies will clear up most glitches. Office Ally’s guide shows how to reset your browser and clear your cache depending on your browser type.',
    ],
    url: { href: BROWSER_CACHE_GUIDE_URL, label: 'Office Ally’s guide to clearing cache and cookies' },
    source: SEED_FILES.practiceMateLogin,
  },
  {
    id: 'password-locked',
    title: 'Locked out after several tries?',
    paragraphs: [
      'After several failed attempts, the account may be temporarily locked for security reasons. Waiting 15 to 30 minutes before trying again or using the password reset tool is the standard protocol.',
      'Double-check for hidden spaces at the end of the username or password, which often happens when copying and pasting.',
      'The "Forgot Password" link requires access to the registered email or knowledge of pre-set security questions.',
    ],
    source: SEED_FILES.loginArticle,
  },
  {
    id: 'password-contact',
    title: 'Ask Office Ally to reset it',
    paragraphs: [
      'You can also contact Office Ally for a password reset or other questions: Phone (360)975-7000, Email: support@officeally.com. Never include your password when you write or call.',
    ],
    source: SEED_FILES.practiceMateLogin,
  },
];

/** The topics in a language: words translated, the link's address the same. */
export function localizedPasswordTopics(content?: LocalizedContent): PasswordTopic[] {
  return PASSWORD_TOPICS.map((topic) => {
    const translated = content?.passwordTopics?.[topic.id];
    if (!translated) return topic;
    const { urlLabel, ...text } = translated;
    return { ...topic, ...text, url: topic.url && { href: topic.url.href, label: urlLabel ?? topic.url.label } };
  });
}

export function passwordDocuments(content?: LocalizedContent): HelpDocument[] {
  return localizedPasswordTopics(content).map((topic) => ({
    id: topic.id,
    screen: 'password',
    section: topic.id,
    title: topic.title,
    text: fillNames(topic.paragraphs.join(' ')),
    keywords: 'forgot reset password username retrieve locked lockout video',
    source: topic.source,
  }));
}
