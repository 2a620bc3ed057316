import { referenceOverrides, type ReferenceOverrides } from '../../shared/ipc/reference';
import { isLoopbackTestUrl } from '../../shared/links';
import type { KeyValueStore } from '../adapters/types';
import { UserFacingError } from './errors';

type ReferenceStore = KeyValueStore<{ overrides: ReferenceOverrides }>;

/** Persists the practice's overrides of help facts (login URLs, support phone/email). */
export function createReferenceService(store: ReferenceStore, options: { testHooks?: boolean } = {}) {
  /** A stand-in portal on http://127.0.0.1 is a test fixture: admitted with ALLYDESK_TEST_HOOKS=1 only. */
  const loopbackRefused = (urls: ReferenceOverrides['portalUrls']) =>
    options.testHooks ? [] : Object.entries(urls).filter(([, url]) => url && isLoopbackTestUrl(url)).map(([id]) => id);
  return {
    getOverrides(): ReferenceOverrides {
      // Re-validate what is on disk: a hand-edited file must not smuggle in a foreign URL.
      const parsed = referenceOverrides.safeParse(store.get('overrides'));
      if (!parsed.success) return { portalUrls: {} };
      const refused = loopbackRefused(parsed.data.portalUrls);
      return { ...parsed.data, portalUrls: Object.fromEntries(Object.entries(parsed.data.portalUrls).filter(([id]) => !refused.includes(id))) };
    },
    setOverrides(next: ReferenceOverrides): ReferenceOverrides {
      const refused = loopbackRefused(next.portalUrls);
      if (refused.length > 0) {
        const message = 'Only secure https:// addresses can be opened.';
        throw new UserFacingError('invalid_input', `Please check the login address: ${message}`, Object.fromEntries(refused.map((id) => [`portalUrls.${id}`, message])));
      }
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
