import { z } from '../zod';
import { onFirstUse } from '../onFirstUse';

/**
 * The Activity view's word on the PCs of a shared profile: where the other PCs' activity files were
 * read, each PC's file and whether it still checks out, and whether this PC's own file had to be
 * written again (electron/services/audit/sharedActivity.ts).
 */
export const sharedActivitySchema = onFirstUse(() => {
  const fileState = z.enum(['intact', 'changed', 'cut', 'deleted']);
  return z.object({
    /** 'shared': read from the shared folder; 'kept': the copies kept when the profile moved out; 'unreachable': the share is out of reach; 'none': one PC only. */
    source: z.enum(['shared', 'kept', 'unreachable', 'none']),
    pcs: z.array(
      z.object({ pcId: z.string(), pcName: z.string(), thisPc: z.boolean(), state: fileState, records: z.number(), firstBrokenLine: z.optional(z.number()) }),
    ),
    rewritten: z.nullable(z.object({ state: z.enum(['changed', 'cut', 'deleted']), keptAs: z.nullable(z.string()), at: z.string() })),
  });
});

/** What a record of the Activity view says about the PC it was made at (absent for a profile used at one PC only). */
export const recordPcShape = () => ({ pcId: z.optional(z.string()), pcName: z.optional(z.string()), thisPc: z.optional(z.boolean()) });
