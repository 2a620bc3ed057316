import { z } from '../zod';
import { defineChannels } from './define';
import { vaultSchemas } from './vault';

export const shiftChannels = defineChannels(() => ({
  /** What End my shift will close for the unlocked profile. */
  'shift:preview': {
    input: z.void(),
    output: z.object({
      /** Whose shift ends (the unlocked profile). */
      name: z.string(),
      /** The clipboard still holds a secret AllyDesk copied. */
      clipboardHoldsSecret: z.boolean(),
      /** The profile's open portal windows; null where this version has no portal windows. */
      portalWindows: z.int(),
      /** The profile has a quick-unlock PIN that will be forgotten. */
      pinSet: z.boolean(),
    }),
  },
  /** Ends the unlocked profile's shift: portal windows closed and wiped, PIN forgotten, clipboard cleared, vault locked. */
  'shift:end': {
    input: z.void(),
    output: z.object({
      status: vaultSchemas().vaultStatus,
      portalWindowsClosed: z.int(),
      clipboardCleared: z.boolean(),
      /** Portals whose window or saved session could not be closed (the vault is locked all the same). */
      notClosed: z.array(z.string()),
    }),
  },
}));

/** What End my shift will close, said before it does. */
export type ShiftPreview = z.infer<(typeof shiftChannels)['shift:preview']['output']>;
