import { z } from 'zod';
import { defineChannels } from './define';

/**
 * Test-only channels. Main registers them only when started with ALLYDESK_TEST_HOOKS=1;
 * otherwise they answer "unknown_channel" like any name that does not exist.
 */
export const testHookChannels = defineChannels(() => ({
  'test:advanceClock': {
    summary: 'Moves the main-process clock forward (test builds only).',
    input: z.strictObject({ ms: z.number().int().min(0).max(400 * 24 * 3600 * 1000) }),
    output: z.object({ now: z.number() }),
  },
  'test:clipboard': {
    summary: 'What the clipboard adapter holds (test builds only).',
    input: z.void(),
    output: z.object({ text: z.string() }),
  },
  'test:notifications': {
    summary: 'Notifications raised so far (test builds only).',
    input: z.void(),
    output: z.array(z.object({ title: z.string(), body: z.string(), at: z.number() })),
  },
  'test:openedLinks': {
    summary: 'External links opened so far (test builds only).',
    input: z.void(),
    output: z.array(z.string()),
  },
}));
