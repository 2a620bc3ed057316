import { z } from '../zod';
import { PORTAL_NAMES, WINDOW_PORTAL_IDS, type WindowPortalId } from '../content/ids';
import { onFirstUse } from '../onFirstUse';
import { defineChannels, defineEvents } from './define';
import { VAULT_ID } from './vaultConstants';

// The ids live with the portal names (zod-free), so the first screen can list them without loading zod.
export { WINDOW_PORTAL_IDS, type WindowPortalId };
export const windowPortalId = z.enum(WINDOW_PORTAL_IDS, {
  error: () => `Choose one of ${WINDOW_PORTAL_IDS.map((id) => PORTAL_NAMES[id]).join(', ')}.`,
});

export const portalSettings = z.strictObject({
  /** Off = "fill only": AllyDesk types the login in and the user presses the portal's button. */
  submitAfterFill: z.boolean({ error: 'Choose on or off.' }),
});
export type PortalSettings = z.infer<typeof portalSettings>;

/**
 * The schemas only the portals contract uses (inputs and views), built on first use (see
 * onFirstUse): the main process starts without them. The stored settings above are read at start.
 */
const contractSchemas = onFirstUse(() => {
  const entryId = z.string().check(z.regex(VAULT_ID, 'Not a valid entry id.'));

  const portalWindowView = z.object({
    portalId: windowPortalId,
    /** Whose session it is; null for a private window. */
    profileName: z.nullable(z.string()),
    private: z.boolean(),
    phase: z.enum(['signed-out', 'signing-in', 'signed-in']),
    /** The portal shows its two-factor code page: signing in waits for the code the user types there. */
    awaitingCode: z.boolean(),
  });
  const learnedIdleView = z.object({ portalId: windowPortalId, idleMinutes: z.number(), at: z.number(), applied: z.boolean() });
  const autopaySeenView = z.object({
    portalId: windowPortalId,
    status: z.enum(['enrolled', 'not-enrolled']),
    at: z.number(),
    profileName: z.nullable(z.string()),
  });
  const portalNotice = z.object({
    id: z.string(),
    portalId: windowPortalId,
    message: z.string(),
    at: z.number(),
    /**
     * 'learnedIdle': offers to set the portal's inactivity length to what was seen; 'external': the
     * portal tried to go to `url`, off the allow-list, and the user may open it in their own browser.
     */
    offer: z.optional(z.enum(['learnedIdle', 'external'])),
    url: z.optional(z.string()),
  });
  const portalsView = z.object({
    windows: z.array(portalWindowView),
    learnedIdle: z.array(learnedIdleView),
    autopaySeen: z.array(autopaySeenView),
    notices: z.array(portalNotice),
    settings: portalSettings,
  });
  return { entryId, portalsView };
});
export type PortalsView = z.infer<ReturnType<typeof contractSchemas>['portalsView']>;

export const portalsChannels = defineChannels(() => {
  const { entryId, portalsView } = contractSchemas();
  return {
    /** Open portal windows, learned inactivity lengths, autopay seen in the portals, notices. */
    'portals:list': { input: z.void(), output: portalsView },
    /** Opens (or brings forward) the portal's window for the unlocked staff member, or a private window. */
    'portals:open': {
      input: z.strictObject({ portalId: windowPortalId, private: z._default(z.boolean(), false) }),
      output: portalsView,
    },
    /** Opens the saved login's portal window and fills (and submits) its username and password. */
    'portals:logIn': {
      input: z.strictObject({ entryId }),
      output: portalsView,
    },
    /** Wipes the staff member's session for a portal (cookies, storage, cache) and reopens its login page. */
    'portals:clear': {
      input: z.strictObject({ portalId: windowPortalId }),
      output: portalsView,
    },
    /** Sets the portal's inactivity length to the one AllyDesk saw the portal use. */
    'portals:applyLearnedIdle': {
      input: z.strictObject({ portalId: windowPortalId }),
      output: portalsView,
    },
    /** Opens the address a portal notice names (one the portal tried to go to) in the user's own browser. */
    'portals:openInBrowser': {
      input: z.strictObject({ id: z.string().check(z.maxLength(80)) }),
      output: z.object({ opened: z.boolean(), url: z.string() }),
    },
    /** Dismisses a portal notice. */
    'portals:dismissNotice': { input: z.strictObject({ id: z.string().check(z.maxLength(80)) }), output: portalsView },
    /** Portal window settings (fill only or fill and submit). */
    'portals:setSettings': { input: portalSettings, output: portalsView },
  };
});

export const portalsEvents = defineEvents(() => ({
  /** A window opened, signed in, was logged out after idle, saw autopay text, or a notice came. */
  'portals:changed': contractSchemas().portalsView,
}));
