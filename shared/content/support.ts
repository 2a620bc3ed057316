import { SEED_FILES, type HelpDocument, type SeedFile } from './sources';

export { supportAvailability, channelAvailability, HOURS_SUMMARY, HOURS_CAVEAT, PACIFIC_TIME_ZONE } from './supportHours';
export type { ChannelStatus, SupportChannel } from './supportHours';

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

export function supportDocuments(): HelpDocument[] {
  const source = SEED_FILES.loginArticle;
  return [
    {
      id: 'support-phone',
      screen: 'support',
      section: 'support-phone',
      title: 'Call Office Ally support',
      text: `${SUPPORT_TEXT.phone} ${SUPPORT.phone.value}. Monday through Friday 5:00 AM to 9:00 PM Pacific; weekends 6:00 AM to 5:00 PM.`,
      keywords: 'phone call telephone hours open technical support option 2',
      source,
    },
    {
      id: 'support-chat',
      screen: 'support',
      section: 'support-chat',
      title: 'Live Chat',
      text: `${SUPPORT_TEXT.chat} Usually available from 6:00 AM to 5:00 PM Pacific.`,
      keywords: 'chat hours open',
      source,
    },
    {
      id: 'support-email',
      screen: 'support',
      section: 'support-email',
      title: 'Email support',
      text: `${SUPPORT_TEXT.email} ${SUPPORT.supportEmail.value} ${SUPPORT.infoEmail.value}. ${SUPPORT_TEXT.whatToInclude}`,
      keywords: 'email contact write',
      source,
    },
    {
      id: 'support-mail',
      screen: 'support',
      section: 'support-mail',
      title: 'Postal address',
      text: `${SUPPORT.postalAddress.value}. ${SUPPORT_TEXT.postal}`,
      keywords: 'mail address post letter',
      source: SUPPORT.postalAddress.source,
    },
  ];
}
