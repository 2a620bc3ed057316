import { z } from 'zod';
import { checkExternalLink, isLoopbackTestUrl } from '../links';
import { PORTAL_IDS } from '../content/ids';
import { defineChannels } from './define';

const allowListedUrl = z
  .string()
  .trim()
  .max(2048)
  .superRefine((value, ctx) => {
    // Main refuses this form unless it runs with the test hooks (reference service); the schema only lets it through to ask.
    if (isLoopbackTestUrl(value)) return;
    const check = checkExternalLink(value);
    if (!check.ok || !value.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', message: check.ok ? 'Only https:// addresses are allowed.' : check.reason });
    }
  });

const phone = z
  .string()
  .trim()
  .regex(/^[0-9()+\-. ]{7,25}$/, 'Enter a phone number using digits, spaces, ( ) and -.');

/**
 * Practice-level overrides of facts Office Ally may change (login URLs, phone, phone menu, email).
 * An empty value means "use the fact from the help documents".
 */
const phoneMenuOption = z
  .string()
  .trim()
  .regex(/^[0-9*#]{1,4}$/, 'Enter the key to press, like 2 (digits, * or #).');

export const referenceOverrides = z.object({
  portalUrls: z.partialRecord(z.enum(PORTAL_IDS), allowListedUrl).default({}),
  supportPhone: phone.optional(),
  /** The phone-menu key for technical issues (the help documents say 2). */
  supportPhoneOption: phoneMenuOption.optional(),
  supportEmail: z.email('Enter an email address like support@officeally.com.').optional(),
});
export type ReferenceOverrides = z.infer<typeof referenceOverrides>;

export const referenceChannels = defineChannels({
  'reference:getOverrides': {
    summary: 'The practice overrides of portal URLs and support facts.',
    input: z.void(),
    output: referenceOverrides,
  },
  'reference:setOverrides': {
    summary: 'Replaces the practice overrides (validated; only allow-listed https URLs).',
    input: referenceOverrides,
    output: referenceOverrides,
  },
});
