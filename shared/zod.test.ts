import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { invalidInput } from './ipc/fieldMessages';

describe("AllyDesk's zod (zod/mini with English messages)", () => {
  it('says what is wrong in words where a schema gives no message of its own', () => {
    const url = z.strictObject({ url: z.string().check(z.maxLength(10)) });
    const refused = url.safeParse({ url: 'https://example.com/login' });
    expect(refused.success).toBe(false);
    // Mini alone says only "Invalid input".
    expect(invalidInput(refused.error!).message).toBe('Please check "url": Too big: expected string to have <=10 characters');
  });

  it('keeps a schema’s own message', () => {
    const minutes = z.int().check(z.gte(1, 'Use 1 to 60 minutes.'));
    expect(minutes.safeParse(0).error?.issues[0]?.message).toBe('Use 1 to 60 minutes.');
  });
});
