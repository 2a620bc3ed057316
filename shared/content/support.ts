import type { LocalizedContent } from './localized';
import { fillNames } from './officeAllyNames';
import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export { supportAvailability, channelAvailability, hoursSummary, HOURS_SUMMARY, HOURS_CAVEAT, HOURS_TEXTS, PACIFIC_TIME_ZONE } from './supportHours';
export type { ChannelStatus, HoursTexts, SupportChannel } from './supportHours';

export interface SupportFact<T = string> {
  value: T;
  source: SeedFile;
}

/** Office Ally's support contacts as the seeds give them. Settings can override phone, option and email. */
export const SUPPORT = {
  phone: { value: '(360) 975-7000', source: SEED_FILES.loginArticle },
  /** The phone menu choice for technical issues ("typically using option 2"). */
  phoneOption: { value: '2', source: SEED_FILES.loginArticle },
  supportEmail: { value: 'support@officeally.com', source: SEED_FILES.practiceMateLogin },
  infoEmail: { value: 'info@officeally.com', source: SEED_FILES.loginArticle },
  /** From the footer of the Practice Mate login guide. */
  postalAddress: { value: 'PO Box 503010, White City, OR 97503-0813', source: SEED_FILES.practiceMateLogin },
} satisfies Record<string, SupportFact>;

export const SUPPORT_TEXT = {
  intro: 'If all troubleshooting steps fail, contacting the professional support team is the final recourse. Response times can vary based on the time of day.',
  phone: 'Technical support is available by phone, typically using option 2 for technical issues.',
  chat: 'For quick questions regarding login errors or simple site navigation, the Live Chat feature on Office Ally’s main site is often faster than a phone call.',
  email: 'Non-urgent login issues or enrollment questions can be sent by email.',
  whatToInclude: 'When emailing, include your username and a detailed description of the error message, but never include your password in the communication.',
  postal:
    'The Practice Mate login guide lists this postal address in its footer, next to the contacts of the guide’s publisher (Professional Practice). Check it with Office Ally before mailing anything important.',
} as const;

export type SupportDocumentId = 'support-phone' | 'support-chat' | 'support-email' | 'support-mail';

/**
 * The support reference's words in one language: the seed's sentences (SUPPORT_TEXT), the search
 * entries' titles and hours, and the channels the troubleshooter lists. `{liveChat}` and the other
 * `{id}`s are Office Ally's words (shown in English).
 */
export interface SupportTexts {
  text: Record<keyof typeof SUPPORT_TEXT, string>;
  titles: Record<SupportDocumentId, string>;
  /** The hours as the search entries say them. */
  phoneHours: string;
  chatHours: string;
  channels: {
    chatName: string;
    chatContact: string;
    phoneName: string;
    /** `{phone}`, `{option}`: the number and the menu choice (the practice may override both). */
    phoneContact: string;
    emailName: string;
    emailHours: string;
  };
  source: SeedFile;
}

export const SUPPORT_TEXTS: SupportTexts = {
  text: SUPPORT_TEXT,
  titles: { 'support-phone': 'Call Office Ally support', 'support-chat': 'Live Chat', 'support-email': 'Email support', 'support-mail': 'Postal address' },
  phoneHours: 'Monday through Friday 5:00 AM to 9:00 PM Pacific; weekends 6:00 AM to 5:00 PM.',
  chatHours: 'Usually available from 6:00 AM to 5:00 PM Pacific.',
  channels: {
    chatName: 'Live Chat',
    chatContact: 'on the main Office Ally site',
    phoneName: 'Phone',
    phoneContact: '{phone}, option {option} for technical issues',
    emailName: 'Email',
    emailHours: 'for non-urgent login questions',
  },
  source: SEED_FILES.loginArticle,
};

export const localizedSupport = (content?: LocalizedContent): SupportTexts => content?.support ?? SUPPORT_TEXTS;

export function supportDocuments(content?: LocalizedContent): HelpDocument[] {
  const source = SEED_FILES.loginArticle;
  const { text, titles, phoneHours, chatHours } = localizedSupport(content);
  const documents: HelpDocument[] = [
    {
      id: 'support-phone',
      screen: 'support',
      section: 'support-phone',
      title: titles['support-phone'],
      text: `${text.phone} ${SUPPORT.phone.value}. ${phoneHours}`,
      keywords: 'phone call telephone hours open technical support option 2',
      source,
    },
    {
      id: 'support-chat',
      screen: 'support',
      section: 'support-chat',
      title: titles['support-chat'],
      text: `${text.chat} ${chatHours}`,
      keywords: 'chat hours open',
      source,
    },
    {
      id: 'support-email',
      screen: 'support',
      section: 'support-email',
      title: titles['support-email'],
      text: `${text.email} ${SUPPORT.supportEmail.value} ${SUPPORT.infoEmail.value}. ${text.whatToInclude}`,
      keywords: 'email contact write',
      source,
    },
    {
      id: 'support-mail',
      screen: 'support',
      section: 'support-mail',
      title: titles['support-mail'],
      text: `${SUPPORT.postalAddress.value}. ${text.postal}`,
      keywords: 'mail address post letter',
      source: SUPPORT.postalAddress.source,
    },
  ];
  return documents.map((doc) => ({ ...doc, title: fillNames(doc.title), text: fillNames(doc.text) }));
}
