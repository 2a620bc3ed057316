import { PORTAL_IDS, PORTAL_NAMES } from '../../../shared/content/ids';
import { z } from '../../../shared/zod';
import { referenceOverrides, type ReferenceOverrides } from '../../../shared/ipc/reference';
import { isLoopbackTestUrl } from '../../../shared/links';
import type { KeyValueStore } from '../../adapters/types';
import { UserFacingError } from '../errors';
import { staticPolicy, type EffectivePolicy } from '../policy/service';
import type { StoreShape } from '../storage';
import { settingsMessages } from '../../../shared/i18n/main/settings';
import { say as sayPortals } from '../portals/say';
import { sayerFor } from '../say';
const say = sayerFor(settingsMessages);

type ReferenceFile = { overrides: ReferenceOverrides };
type ReferenceStore = KeyValueStore<ReferenceFile>;

export const REFERENCE_STORE_DEFAULTS: ReferenceFile = { overrides: { portalUrls: {} } };
/** Checked on open (see openStore): overrides of the wrong shape are moved aside and the user told. */
export const REFERENCE_STORE_SHAPE: StoreShape<ReferenceFile> = { schema: z.object({ overrides: referenceOverrides }) };
type SupportField = 'supportPhone' | 'supportPhoneOption' | 'supportEmail';

/** Each support fact and the practice policy that can fix it. */
const SUPPORT_POLICIES = [
  { field: 'supportPhone', policy: 'SupportPhone', refusal: 'supportPhoneFixed' },
  { field: 'supportPhoneOption', policy: 'SupportPhoneOption', refusal: 'supportPhoneOptionFixed' },
  { field: 'supportEmail', policy: 'SupportEmail', refusal: 'supportEmailFixed' },
] as const satisfies readonly { field: SupportField; policy: string; refusal: string }[];

/**
 * Persists the practice's overrides of help facts (login URLs, support phone/email). What the
 * practice policy fixes (PortalLoginPages, SupportPhone, …) replaces the saved value when read, and
 * cannot be changed through here; the saved value stays underneath for when IT lifts the policy.
 */
export function createReferenceService(store: ReferenceStore, policy: EffectivePolicy = staticPolicy(), options: { testHooks?: boolean } = {}) {
  /** A stand-in portal on http://127.0.0.1 is a test fixture: admitted with ALLYDESK_TEST_HOOKS=1 only. */
  const loopbackRefused = (urls: ReferenceOverrides['portalUrls']) =>
    options.testHooks
      ? []
      : Object.entries(urls)
          .filter(([, url]) => url && isLoopbackTestUrl(url))
          .map(([id]) => id);
  const saved = (): ReferenceOverrides => {
    // Re-validate what is on disk: a hand-edited file must not smuggle in a foreign URL.
    const parsed = referenceOverrides.safeParse(store.get('overrides'));
    if (!parsed.success) return { portalUrls: {} };
    const refused = loopbackRefused(parsed.data.portalUrls);
    return { ...parsed.data, portalUrls: Object.fromEntries(Object.entries(parsed.data.portalUrls).filter(([id]) => !refused.includes(id))) };
  };
  const withPolicy = (overrides: ReferenceOverrides): ReferenceOverrides => {
    const effective: ReferenceOverrides = { ...overrides, portalUrls: { ...overrides.portalUrls, ...policy.fixed('PortalLoginPages') } };
    for (const { field, policy: name } of SUPPORT_POLICIES) {
      const fixed = policy.fixed(name);
      if (fixed !== undefined) effective[field] = fixed;
    }
    return effective;
  };

  return {
    getOverrides: (): ReferenceOverrides => withPolicy(saved()),
    setOverrides(next: ReferenceOverrides): ReferenceOverrides {
      const loopback = loopbackRefused(next.portalUrls);
      if (loopback.length > 0) {
        const message = sayPortals('linkNotHttpsOpen');
        throw new UserFacingError(
          'invalid_input',
          say('checkLoginAddress', { reason: message }),
          Object.fromEntries(loopback.map((id) => [`portalUrls.${id}`, message])),
        );
      }
      const before = saved();
      const refused: Record<string, string> = {};
      const fixedUrls = policy.fixed('PortalLoginPages') ?? {};
      const portalUrls = Object.fromEntries(Object.entries(next.portalUrls).filter(([, url]) => url)) as ReferenceOverrides['portalUrls'];
      for (const id of PORTAL_IDS) {
        const fixed = fixedUrls[id];
        if (fixed === undefined) continue;
        const given = portalUrls[id];
        if (given !== undefined && given !== fixed) refused[`portalUrls.${id}`] = say('loginPageFixed', { portal: PORTAL_NAMES[id], url: fixed });
        // The saved value under the policy stays as it was.
        if (before.portalUrls[id]) portalUrls[id] = before.portalUrls[id];
        else delete portalUrls[id];
      }
      const clean: ReferenceOverrides = { portalUrls };
      for (const { field, policy: name, refusal } of SUPPORT_POLICIES) {
        const fixed = policy.fixed(name);
        const value = fixed === undefined ? next[field] : before[field];
        if (fixed !== undefined && next[field] && next[field] !== fixed) refused[field] = say(refusal, { value: fixed });
        if (value) clean[field] = value;
      }
      if (Object.keys(refused).length > 0) {
        throw new UserFacingError('forbidden', say('notSavedDetails'), refused);
      }
      store.set('overrides', clean);
      return withPolicy(clean);
    },
  };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
