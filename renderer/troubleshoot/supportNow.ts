/**
 * Office Ally's support channels as seed 001 gives them ("Contacting technical support for login
 * assistance"). `open` is null while this build has no opening-hours calculation: the UI then
 * shows the hours and does not guess.
 * Integrator: switch `open` to supportAvailability(now) from shared/content/support.ts.
 */
export interface SupportChannel {
  id: 'chat' | 'phone' | 'email';
  name: string;
  contact: string;
  hours: string;
  /** true/false when known; null when this build cannot tell. */
  open: boolean | null;
}

export interface SupportChannelsNow {
  channels: SupportChannel[];
  /** The fastest channel that is open now, or null when unknown. */
  fastest: SupportChannel['id'] | null;
}

export function supportChannelsNow(_now: Date): SupportChannelsNow {
  const channels: SupportChannel[] = [
    {
      id: 'chat',
      name: 'Live Chat',
      contact: 'on the main Office Ally site',
      hours: 'usually 6:00 AM to 5:00 PM Pacific time',
      open: null,
    },
    {
      id: 'phone',
      name: 'Phone',
      contact: '(360) 975-7000, option 2 for technical issues',
      hours: 'Monday to Friday 5:00 AM to 9:00 PM Pacific time; weekends 6:00 AM to 5:00 PM',
      open: null,
    },
    { id: 'email', name: 'Email', contact: 'support@officeally.com', hours: 'for non-urgent login questions', open: true },
  ];
  // Seed 001: Live Chat "is often faster than a phone call"; email is for non-urgent issues.
  const fastest = channels.find((channel) => channel.open === true && channel.id !== 'email')?.id ?? null;
  return { channels, fastest };
}
