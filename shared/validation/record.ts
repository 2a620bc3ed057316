import { z } from '../zod';
import { AUTOPAY_PRODUCT_IDS } from '../content/autopay';
import { onFirstUse } from '../onFirstUse';
import { CARD_BRANDS } from './brands';

export const ACCOUNT_TYPES = ['checking', 'savings'] as const;

/**
 * What crosses IPC to be recorded. Strict objects: an extra key (a full card number, a CVV, an
 * expiry) is refused, not silently dropped, so a renderer bug cannot put card data on disk.
 * PCI DSS 3.3.1 (no CVV after authorization) and 3.4.1 (PAN unreadable wherever stored): we
 * simply never store them — only brand and last four, which PCI allows to be shown.
 * Built on first use (see onFirstUse).
 */
export const autopayEnrollRecord = onFirstUse(() => {
  const last4 = z.string().check(z.regex(/^\d{4}$/, 'Exactly the last four digits.'));
  const product = z.enum(AUTOPAY_PRODUCT_IDS);
  return z.discriminatedUnion('method', [
    z.strictObject({ product, method: z.literal('card'), brand: z.enum(CARD_BRANDS), last4 }),
    z.strictObject({ product, method: z.literal('ach'), accountType: z.enum(ACCOUNT_TYPES), last4 }),
  ]);
});
export type AutopayEnrollRecord = z.infer<ReturnType<typeof autopayEnrollRecord>>;
