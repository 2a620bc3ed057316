import { z } from '../zod';
import { defineChannels } from './define';

/**
 * Test-only channels. Main registers them only when started with ALLYDESK_TEST_HOOKS=1;
 * otherwise they answer "unknown_channel" like any name that does not exist.
 */
export const testHookChannels = defineChannels(() => ({
  /** Moves the main-process clock forward. */
  'test:advanceClock': {
    input: z.strictObject({
      ms: z.int().check(z.gte(0), z.lte(400 * 24 * 3600 * 1000)),
    }),
    output: z.object({ now: z.number() }),
  },
  /** What the clipboard adapter holds. */
  'test:clipboard': {
    input: z.void(),
    output: z.object({ text: z.string() }),
  },
  /** Notifications raised so far. */
  'test:notifications': {
    input: z.void(),
    output: z.array(z.object({ title: z.string(), body: z.string(), at: z.number() })),
  },
  /** Where portal windows start when nothing gives a login page (Office Ally's site): the stand-in's landing page. */
  'test:setOfficeAllySite': {
    input: z.strictObject({ url: z.string().check(z.maxLength(300)) }),
    output: z.object({ url: z.string() }),
  },
  /** Whether the renderer may show the pseudo-locale (longer, accented, bracketed text for layout checks): only with test hooks. */
  'test:pseudoLocale': {
    input: z.void(),
    output: z.object({ allowed: z.literal(true) }),
  },
  /** External links opened so far. */
  'test:openedLinks': {
    input: z.void(),
    output: z.array(z.string()),
  },
}));
