import { HOURS_SUMMARY, SUPPORT, supportAvailability } from '../../shared/content/support';

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

export function supportChannelsNow(now: Date, facts: { phone?: string; option?: string } = {}): SupportChannelsNow {
  const { phone, chat } = supportAvailability(now);
  const channels: SupportChannel[] = [
    { id: 'chat', name: 'Live Chat', contact: 'on the main Office Ally site', hours: HOURS_SUMMARY.chat.join('; '), open: chat.open, sentence: chat.sentence },
    {
      id: 'phone',
      name: 'Phone',
      contact: `${facts.phone ?? SUPPORT.phone.value}, option ${facts.option ?? SUPPORT.phoneOption.value} for technical issues`,
      hours: HOURS_SUMMARY.phone.join('; '),
      open: phone.open,
      sentence: phone.sentence,
    },
    { id: 'email', name: 'Email', contact: SUPPORT.supportEmail.value, hours: 'for non-urgent login questions', open: true, sentence: '' },
  ];
  // Seed 001: Live Chat "is often faster than a phone call"; email is for non-urgent issues.
  const fastest = chat.open ? 'chat' : phone.open ? 'phone' : null;
  return { channels, fastest };
}
