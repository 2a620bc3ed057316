import { z } from 'zod';
import { PORTAL_NAMES, type PortalId } from '../content/ids';
import { defineChannels, defineEvents } from './define';

/** Portals that open in a portal window (SFTP credentials belong to the practice software, not a browser). */
export const WINDOW_PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally'] as const satisfies readonly PortalId[];
export const windowPortalId = z.enum(WINDOW_PORTAL_IDS, {
  error: () => `Choose one of ${WINDOW_PORTAL_IDS.map((id) => PORTAL_NAMES[id]).join(', ')}.`,
});
export type WindowPortalId = z.infer<typeof windowPortalId>;

const entryId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a valid entry id.');

export const portalWindowView = z.object({
  portalId: windowPortalId,
  /** Whose session it is; null for a private window. */
  profileName: z.string().nullable(),
  private: z.boolean(),
  phase: z.enum(['signed-out', 'signing-in', 'signed-in']),
});
export const learnedIdleView = z.object({ portalId: windowPortalId, idleMinutes: z.number(), at: z.number(), applied: z.boolean() });
export const autopaySeenView = z.object({
  portalId: windowPortalId,
  status: z.enum(['enrolled', 'not-enrolled']),
  at: z.number(),
  profileName: z.string().nullable(),
});
export const portalNotice = z.object({
  id: z.string(),
  portalId: windowPortalId,
  message: z.string(),
  at: z.number(),
  /**
   * 'learnedIdle': offers to set the portal's inactivity length to what was seen; 'external': the
   * portal tried to go to `url`, off the allow-list, and the user may open it in their own browser.
   */
  offer: z.enum(['learnedIdle', 'external']).optional(),
  url: z.string().optional(),
});
export const portalSettings = z.strictObject({
  /** Off = "fill only": AllyDesk types the login in and the user presses the portal's button. */
  submitAfterFill: z.boolean({ error: 'Choose on or off.' }),
});
export type PortalSettings = z.infer<typeof portalSettings>;

export const portalsView = z.object({
  windows: z.array(portalWindowView),
  learnedIdle: z.array(learnedIdleView),
  autopaySeen: z.array(autopaySeenView),
  notices: z.array(portalNotice),
  settings: portalSettings,
});
export type PortalsView = z.infer<typeof portalsView>;

export const portalsChannels = defineChannels({
  'portals:list': { summary: 'Open portal windows, learned inactivity lengths, autopay seen in the portals, notices.', input: z.void(), output: portalsView },
  'portals:open': {
    summary: "Opens (or brings forward) the portal's window for the unlocked staff member, or a private window.",
    input: z.strictObject({ portalId: windowPortalId, private: z.boolean().default(false) }),
    output: portalsView,
  },
  'portals:logIn': {
    summary: "Opens the saved login's portal window and fills (and submits) its username and password.",
    input: z.strictObject({ entryId }),
    output: portalsView,
  },
  'portals:clear': {
    summary: "Wipes the staff member's session for a portal (cookies, storage, cache) and reopens its login page.",
    input: z.strictObject({ portalId: windowPortalId }),
    output: portalsView,
  },
  'portals:applyLearnedIdle': {
    summary: "Sets the portal's inactivity length to the one AllyDesk saw the portal use.",
    input: z.strictObject({ portalId: windowPortalId }),
    output: portalsView,
  },
  'portals:openInBrowser': {
    summary: "Opens the address a portal notice names (one the portal tried to go to) in the user's own browser.",
    input: z.strictObject({ id: z.string().max(80) }),
    output: z.object({ opened: z.boolean(), url: z.string() }),
  },
  'portals:dismissNotice': { summary: 'Dismisses a portal notice.', input: z.strictObject({ id: z.string().max(80) }), output: portalsView },
  'portals:setSettings': { summary: 'Portal window settings (fill only or fill and submit).', input: portalSettings, output: portalsView },
});

export const portalsEvents = defineEvents({
  /** A window opened, signed in, was logged out after idle, saw autopay text, or a notice came. */
  'portals:changed': portalsView,
});
