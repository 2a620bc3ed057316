import { z } from 'zod';
import { referenceOverrides, type ReferenceOverrides } from '../../shared/ipc/reference';
import type { KeyValueStore } from '../adapters/types';
import type { StoreShape } from './storage';

type ReferenceFile = { overrides: ReferenceOverrides };
type ReferenceStore = KeyValueStore<ReferenceFile>;

export const REFERENCE_STORE_DEFAULTS: ReferenceFile = { overrides: { portalUrls: {} } };
/** Checked on open (see openStore): overrides of the wrong shape are moved aside and the user told. */
export const REFERENCE_STORE_SHAPE: StoreShape<ReferenceFile> = { schema: z.object({ overrides: referenceOverrides }) };

/** Persists the practice's overrides of help facts (login URLs, support phone/email). */
export function createReferenceService(store: ReferenceStore) {
  return {
    getOverrides(): ReferenceOverrides {
      // Re-validate what is on disk: a hand-edited file must not smuggle in a foreign URL.
      const parsed = referenceOverrides.safeParse(store.get('overrides'));
      return parsed.success ? parsed.data : { portalUrls: {} };
    },
    setOverrides(next: ReferenceOverrides): ReferenceOverrides {
      const clean: ReferenceOverrides = {
        portalUrls: Object.fromEntries(Object.entries(next.portalUrls).filter(([, url]) => url)),
        ...(next.supportPhone ? { supportPhone: next.supportPhone } : {}),
        ...(next.supportPhoneOption ? { supportPhoneOption: next.supportPhoneOption } : {}),
        ...(next.supportEmail ? { supportEmail: next.supportEmail } : {}),
      };
      store.set('overrides', clean);
      return clean;
    },
  };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
