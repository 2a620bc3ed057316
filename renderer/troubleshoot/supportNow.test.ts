import { describe, expect, it } from 'vitest';
import { supportChannelsNow } from './supportNow';

// Wednesday 25 November 2026, Pacific Standard Time (UTC−8).
const pacific = (hour: number, minute = 0) => new Date(Date.UTC(2026, 10, 25, hour + 8, minute));

describe('supportChannelsNow', () => {
  it('suggests Live Chat while it is open (seed 001: often faster than a phone call)', () => {
    expect(supportChannelsNow(pacific(10)).fastest).toBe('chat');
  });
  it('suggests the phone after chat closes at 5 PM and before the phone closes at 9 PM', () => {
    const now = supportChannelsNow(pacific(19));
    expect(now.fastest).toBe('phone');
    expect(now.channels.find((c) => c.id === 'chat')!.open).toBe(false);
  });
  it('suggests nothing when both are closed, and keeps email available', () => {
    const now = supportChannelsNow(pacific(22));
    expect(now.fastest).toBeNull();
    expect(now.channels.find((c) => c.id === 'email')!.contact).toBe('support@officeally.com');
  });
  it('uses the practice override for the phone number', () => {
    const phone = supportChannelsNow(pacific(10), { phone: '(360) 555-0100', option: '3' }).channels.find((c) => c.id === 'phone')!;
    expect(phone.contact).toBe('(360) 555-0100, option 3 for technical issues');
  });
});
