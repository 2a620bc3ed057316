import { z } from '../zod';
import { AUTOPAY_PRODUCT_IDS } from '../content/autopay';
import { CARD_BRANDS } from '../validation/brands';
import { ACCOUNT_TYPES, autopayEnrollRecord } from '../validation/record';
import { onFirstUse } from '../onFirstUse';
import { defineChannels } from './define';

/** Autopay's schemas, built on first use (see onFirstUse): call `autopaySchemas()` where you parse. */
export const autopaySchemas = onFirstUse(() => {
  const product = z.enum(AUTOPAY_PRODUCT_IDS);
  const profile = z.nullable(z.object({ id: z.string(), name: z.string() }));
  /** What is on file for a method: never more than brand/type and last four digits. */
  const methodOnFile = {
    method: z.enum(['card', 'ach']),
    brand: z.optional(z.enum(CARD_BRANDS)),
    accountType: z.optional(z.enum(ACCOUNT_TYPES)),
    last4: z.string().check(z.regex(/^\d{4}$/)),
  };

  const autopayProductStatus = z.union([
    z.object({ enrolled: z.literal(false) }),
    z.object({ enrolled: z.literal(true), ...methodOnFile, since: z.number(), profile }),
  ]);

  const autopayHistoryEntry = z.object({
    product,
    change: z.enum(['enrolled', 'changed', 'cancelled']),
    at: z.number(),
    profile,
    method: z.optional(methodOnFile.method),
    brand: methodOnFile.brand,
    accountType: methodOnFile.accountType,
    last4: z.optional(methodOnFile.last4),
  });

  const autopayState = z.object({
    products: z.record(product, autopayProductStatus),
    /** Newest first. */
    history: z.array(autopayHistoryEntry),
  });

  const autopayCancelInput = z.strictObject({
    product,
    /** Classic products only: exactly what the user typed, untrimmed (the portal's box is case-sensitive). */
    classicCancelWord: z.optional(z.string().check(z.maxLength(100))),
  });
  return { autopayProductStatus, autopayHistoryEntry, autopayState, autopayCancelInput };
});
type AutopaySchemas = ReturnType<typeof autopaySchemas>;
export type AutopayProductStatus = z.infer<AutopaySchemas['autopayProductStatus']>;
export type AutopayHistoryEntry = z.infer<AutopaySchemas['autopayHistoryEntry']>;
export type AutopayState = z.infer<AutopaySchemas['autopayState']>;

export const autopayChannels = defineChannels(() => {
  const { autopayState, autopayCancelInput } = autopaySchemas();
  return {
    /** The practice's autopay record: per product enrolled or not, method brand and last four, and the history. */
    'autopay:state': {
      input: z.void(),
      output: autopayState,
    },
    /** Records an enrollment (or a new method) for a product: brand or account type and last four digits only. */
    'autopay:enroll': {
      input: autopayEnrollRecord(),
      output: autopayState,
    },
    /** Records a cancellation for a product; Classic products need the word cancel exactly as the portal does. */
    'autopay:cancel': {
      input: autopayCancelInput,
      output: autopayState,
    },
  };
});
