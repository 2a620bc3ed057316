import { z } from '../zod';
import { defineChannels, defineEvents } from './define';

/** What Settings shows about updates (electron/services/update/service.ts makes it). */
const updateView = () =>
  z.object({
    version: z.string(),
    mode: z.enum(['none', 'manual', 'start', 'default']),
    decidedBy: z.enum(['it', 'app']),
    feed: z.enum(['publisher', 'practice']),
    canCheck: z.boolean(),
    status: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('off'), reason: z.string() }),
      z.object({ kind: z.literal('idle') }),
      z.object({ kind: z.literal('checking') }),
      z.object({ kind: z.literal('up-to-date') }),
      z.object({ kind: z.literal('downloading'), version: z.string(), percent: z.number() }),
      z.object({ kind: z.literal('ready'), version: z.string(), releaseNotes: z.optional(z.string()) }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
    lastChecked: z.optional(z.string()),
    whatsNew: z.optional(z.object({ version: z.string(), releaseNotes: z.optional(z.string()) })),
  });

export const updateChannels = defineChannels(() => ({
  'update:get': { input: z.void(), output: updateView() },
  /** "Check for updates": answers at once with the state, off (and why) where IT or the install forbids it. */
  'update:check': { input: z.void(), output: updateView() },
  /** "Restart and update": only when an update is downloaded and verified. */
  'update:install': { input: z.void(), output: z.object({ restarting: z.boolean() }) },
  /** The "what changed" note after an update was read. */
  'update:dismissWhatsNew': { input: z.void(), output: updateView() },
}));

export const updateEvents = defineEvents(() => ({
  'update:changed': updateView(),
}));

export type UpdateViewPayload = z.infer<ReturnType<typeof updateView>>;
