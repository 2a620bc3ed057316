import { HOURS_SUMMARY, SUPPORT, supportAvailability } from '../../shared/content/support';

/** Office Ally's support channels (seed 001, "Contacting technical support for login assistance") and whether each is open now. */
export type SupportChannel =
  | { id: 'chat'; hours: string; open: boolean; sentence: string }
  | { id: 'phone'; phone: string; option: string; hours: string; open: boolean; sentence: string }
  | { id: 'email'; email: string; open: true };

export interface SupportChannelsNow {
  channels: SupportChannel[];
  /** The fastest channel that is open now, or null when phone and chat are both closed. */
  fastest: 'chat' | 'phone' | null;
}

/** The facts only (the screen words them): "Open now — closes at …" / "Closed now — opens …" come with the hours. */
export function supportChannelsNow(now: Date, facts: { phone?: string; option?: string } = {}): SupportChannelsNow {
  const { phone, chat } = supportAvailability(now);
  const channels: SupportChannel[] = [
    { id: 'chat', hours: HOURS_SUMMARY.chat.join('; '), open: chat.open, sentence: chat.sentence },
    {
      id: 'phone',
      phone: facts.phone ?? SUPPORT.phone.value,
      option: facts.option ?? SUPPORT.phoneOption.value,
      hours: HOURS_SUMMARY.phone.join('; '),
      open: phone.open,
      sentence: phone.sentence,
    },
    { id: 'email', email: SUPPORT.supportEmail.value, open: true },
  ];
  // Seed 001: Live Chat "is often faster than a phone call"; email is for non-urgent issues.
  const fastest = chat.open ? 'chat' : phone.open ? 'phone' : null;
  return { channels, fastest };
}
