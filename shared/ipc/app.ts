import { z } from 'zod';
import { defineChannels, defineEvents } from './define';

export const appInfo = z.object({
  version: z.string(),
  /** 'electron' in the desktop app, 'browser' when served by the loopback browser host. */
  runtime: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  testHooks: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfo>;

export const appChannels = defineChannels(() => ({
  'app:info': { summary: 'Version, runtime and data folder.', input: z.void(), output: appInfo },
  'app:notices': {
    summary: 'Problems found while starting (e.g. a damaged file moved aside), for the user to read.',
    input: z.void(),
    output: z.array(z.string()),
  },
  'app:openExternal': {
    summary: 'Opens an allow-listed https link in the system browser.',
    input: z.strictObject({ url: z.string().max(2048) }),
    output: z.object({ opened: z.boolean() }),
  },
}));

export const appEvents = defineEvents(() => ({
  /** A problem the user must know about that did not come from their own action (e.g. a damaged file moved aside). */
  'app:notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  /** A system notification, forwarded to the page in browser mode (the desktop app shows it natively too). */
  'app:notification': z.object({ title: z.string(), body: z.string() }),
}));
