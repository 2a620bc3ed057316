import { HOURS_TEXTS, hoursSummary, SUPPORT, SUPPORT_TEXTS, supportAvailability, type HoursTexts, type SupportTexts } from '../../shared/content/support';

/** Office Ally's support channels (seed 001, "Contacting technical support for login assistance") and whether each is open now. */
export interface SupportChannel {
  id: 'chat' | 'phone' | 'email';
  name: string;
  contact: string;
  hours: string;
  open: boolean;
  /** "Open now — closes at …" / "Closed now — opens …"; empty for email. */
  sentence: string;
}

export interface SupportChannelsNow {
  channels: SupportChannel[];
  /** The fastest channel that is open now, or null when phone and chat are both closed. */
  fastest: 'chat' | 'phone' | null;
}

/** `name` may hold `{id}`s of Office Ally's words (Spanish says "{liveChat} (chat en vivo)"): show it with WithNames. */
export function supportChannelsNow(
  now: Date,
  facts: { phone?: string; option?: string } = {},
  language: { support?: SupportTexts; hours?: HoursTexts } = {},
): SupportChannelsNow {
  const texts = (language.support ?? SUPPORT_TEXTS).channels;
  const hoursTexts = language.hours ?? HOURS_TEXTS;
  const { phone, chat } = supportAvailability(now, undefined, hoursTexts);
  const phoneContact = texts.phoneContact.replace('{phone}', facts.phone ?? SUPPORT.phone.value).replace('{option}', facts.option ?? SUPPORT.phoneOption.value);
  const channels: SupportChannel[] = [
    {
      id: 'chat',
      name: texts.chatName,
      contact: texts.chatContact,
      hours: hoursSummary('chat', now, hoursTexts).join('; '),
      open: chat.open,
      sentence: chat.sentence,
    },
    {
      id: 'phone',
      name: texts.phoneName,
      contact: phoneContact,
      hours: hoursSummary('phone', now, hoursTexts).join('; '),
      open: phone.open,
      sentence: phone.sentence,
    },
    { id: 'email', name: texts.emailName, contact: SUPPORT.supportEmail.value, hours: texts.emailHours, open: true, sentence: '' },
  ];
  // Seed 001: Live Chat "is often faster than a phone call"; email is for non-urgent issues.
  const fastest = chat.open ? 'chat' : phone.open ? 'phone' : null;
  return { channels, fastest };
}
