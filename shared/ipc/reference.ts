import { z } from '../zod';
import { checkPortalAddress, isLoopbackTestUrl } from '../links';
import { PORTAL_IDS } from '../content/ids';
import { defineChannels } from './define';

/** A login page: https only, on an Office Ally or Patient Ally host, never a help-video host (also what the PortalLoginPages policy accepts). */
export const allowListedUrl = z.string().check(
  z.trim(),
  z.maxLength(2048),
  z.superRefine((value, ctx) => {
    // Main refuses this form unless it runs with the test hooks (reference service); the schema only lets it through to ask.
    if (isLoopbackTestUrl(value)) return;
    const check = checkPortalAddress(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reason });
  }),
);

export const phone = z.string().check(z.trim(), z.regex(/^[0-9()+\-. ]{7,25}$/, 'Enter a phone number using digits, spaces, ( ) and -.'));

export const phoneMenuOption = z.string().check(z.trim(), z.regex(/^[0-9*#]{1,4}$/, 'Enter the key to press, like 2 (digits, * or #).'));

export const supportEmail = z.email('Enter an email address like support@officeally.com.');

/**
 * Practice-level overrides of facts Office Ally may change (login URLs, phone, phone menu, email).
 * An empty value means "use the fact from the help documents".
 * Strict: an unknown key is refused, not dropped (a stray payload once wiped the overrides).
 */
export const referenceOverrides = z.strictObject({
  portalUrls: z._default(z.partialRecord(z.enum(PORTAL_IDS), allowListedUrl), {}),
  supportPhone: z.optional(phone),
  /** The phone-menu key for technical issues (the help documents say 2). */
  supportPhoneOption: z.optional(phoneMenuOption),
  supportEmail: z.optional(supportEmail),
});
export type ReferenceOverrides = z.infer<typeof referenceOverrides>;

export const referenceChannels = defineChannels(() => ({
  /** The practice overrides of portal URLs and support facts. */
  'reference:getOverrides': {
    input: z.void(),
    output: referenceOverrides,
  },
  /** Replaces the practice overrides (validated; only allow-listed https URLs). */
  'reference:setOverrides': {
    input: referenceOverrides,
    output: referenceOverrides,
  },
}));
