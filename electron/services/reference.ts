import { referenceOverrides, type ReferenceOverrides } from '../../shared/ipc/reference';
import type { KeyValueStore } from '../adapters/types';

type ReferenceStore = KeyValueStore<{ overrides: ReferenceOverrides }>;

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
