import { SCREEN_IDS } from '../content/ids';
import { z } from '../zod';
import { defineChannels, defineEvents } from './define';

export const appChannels = defineChannels(() => ({
  'app:info': {
    input: z.void(),
    output: z.object({
      version: z.string(),
      /** 'electron' in the desktop app, 'browser' when served by the loopback browser host. */
      runtime: z.enum(['electron', 'browser']),
      dataDir: z.string(),
    }),
  },
  /** Problems found while starting (e.g. a damaged file moved aside), for the user to read. */
  'app:notices': {
    input: z.void(),
    output: z.array(z.string()),
  },
  /** Opens an allow-listed https link in the system browser. */
  'app:openExternal': {
    input: z.strictObject({ url: z.string().check(z.maxLength(2048)) }),
    output: z.object({ opened: z.boolean() }),
  },
}));

export const appEvents = defineEvents(() => ({
  /** A system notification, forwarded to the page in browser mode (the desktop app shows it natively too). */
  'app:notification': z.object({ title: z.string(), body: z.string() }),
  /** The desktop app's Help menu chose one of the app's help screens: the main window shows it. */
  'app:showScreen': z.object({ screen: z.enum(SCREEN_IDS) }),
}));

export type AppInfo = z.infer<(typeof appChannels)['app:info']['output']>;
