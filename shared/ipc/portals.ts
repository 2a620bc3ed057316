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
    /** Names the window in the window commands (portals:back, …): `<profileId>:<portalId>` or `private:<portalId>`. */
    id: z.string(),
    portalId: windowPortalId,
    /** The page's host, from main's navigation events (never from the page); null before the first page. */
    host: z.nullable(z.string()),
    /** Whether that host is an Office Ally or Patient Ally address (the list shows "Not an Office Ally page" otherwise). */
    allowedHost: z.boolean(),
    /** The zoom in force, remembered per staff member and portal (100 = normal). */
    zoomPercent: z.number(),
    /** Whose session it is; null for a private window. */
    profileName: z.nullable(z.string()),
    private: z.boolean(),
    phase: z.enum(['signed-out', 'signing-in', 'signed-in']),
    /** The portal shows its two-factor code page: signing in waits for the code the user types there. */
    awaitingCode: z.boolean(),
    /** A pop-up that portal window opened (a print preview, a report, a PDF): same session, same guard, its own toolbar. */
    popup: z.optional(z.boolean()),
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
  const windowId = z.string().check(z.regex(WINDOW_ID, 'Not a portal window.'));
  /** What a portal window's own toolbar shows (issue 21, item 2): main pushes it per window; nothing in it comes from the page. */
  const toolbarView = z.extend(portalWindowView, {
    /** The page's address without its query and fragment, only when it is https on an allowed host ("Open in my browser"); else null. */
    shareableUrl: z.nullable(z.string()),
    /** https on an allowed host: the toolbar shows a lock. */
    secure: z.boolean(),
    /** The host of an address AllyDesk just refused to open in this window (a redirect to a look-alike), until the next page. */
    heldBackHost: z.nullable(z.string()),
    /** The top-level page is loading (the toolbar offers Stop in place of Reload). */
    loading: z.boolean(),
    /** That portal's session timer, the same one the Timers screen shows; null when none runs. */
    timer: z.nullable(z.object({ endsAt: z.number(), phase: z.enum(['running', 'warned', 'ended']) })),
    /** Main's clock when this was sent (the toolbar counts the timer down from it). */
    now: z.number(),
    /**
     * Find is open (null: closed): `seq` goes up each time a key opens it (the toolbar then focuses its
     * field), `result` is the last "active of matches" (null before a search, and after a navigation).
     */
    find: z.nullable(z.object({ seq: z.number(), result: z.nullable(z.object({ matches: z.number(), active: z.number() })) })),
  });
  return { entryId, portalsView, windowId, toolbarView };
});

/** A portal window's id as the commands take it; a pop-up it opened (a report, a PDF) adds `/popup-<n>`. */
const WINDOW_ID = /^(?:private|[A-Za-z0-9_-]{1,64}):(?:service-center|practice-mate|ehr|patient-ally)(?:\/popup-[0-9]{1,6})?$/;
/** Zoom steps, as Chromium's own (percent). */
export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300] as const;
export type PortalsView = z.infer<ReturnType<typeof contractSchemas>['portalsView']>;
export type ToolbarView = z.infer<ReturnType<typeof contractSchemas>['toolbarView']>;

export const portalsChannels = defineChannels(() => {
  const { entryId, portalsView, windowId, toolbarView } = contractSchemas();
  const findResult = z.object({ matches: z.number(), active: z.number() });
  return {
    // --- window commands (issue 21): each one a channel, the same in both runtimes ---
    /** Back, forward, reload or stop in that window; `moved` is false when there is nothing to go back or forward to. */
    'portals:navigate': {
      input: z.strictObject({ windowId, move: z.enum(['back', 'forward', 'reload', 'stop'], { error: 'Choose back, forward, reload or stop.' }) }),
      output: z.object({ moved: z.boolean() }),
    },
    /** Zoom in, out or back to 100 %, remembered for this staff member and portal across restarts. */
    'portals:zoom': {
      input: z.strictObject({ windowId, change: z.enum(['in', 'out', 'reset'], { error: 'Choose in, out or reset.' }) }),
      output: z.object({ zoomPercent: z.number() }),
    },
    /** Finds text in the page: "active of matches"; again with the same text moves to the next (or previous) one. */
    'portals:find': {
      input: z.strictObject({
        windowId,
        text: z.string().check(z.minLength(1, 'Type something to find.'), z.maxLength(200)),
        backwards: z._default(z.boolean(), false),
      }),
      output: findResult,
    },
    /** Ends the search and clears its highlight. */
    'portals:findClose': { input: z.strictObject({ windowId }), output: z.object({ closed: z.boolean() }) },
    /** Prints the page through the system's print dialog. */
    'portals:print': { input: z.strictObject({ windowId }), output: z.object({ printed: z.boolean() }) },
    /** Saves the page as a PDF into Downloads; the notice and a notification say where. */
    'portals:savePdf': { input: z.strictObject({ windowId }), output: z.object({ file: z.string() }) },
    /** Brings the window to the front. */
    'portals:focus': { input: z.strictObject({ windowId }), output: portalsView },
    /** Closes the window (its saved session stays, as when the user closes it). */
    'portals:close': { input: z.strictObject({ windowId }), output: portalsView },
    // --- the portal window's own toolbar (issue 21, item 2); in the desktop app its preload may use only these (TOOLBAR_CHANNELS) ---
    /** What that window's toolbar shows now (it then follows `portals:toolbar` events). */
    'portals:toolbar': { input: z.strictObject({ windowId }), output: toolbarView },
    /** Opens the window's page in the user's own browser, without its query: allowed https pages only, after the toolbar's confirmation. */
    'portals:openPageInBrowser': { input: z.strictObject({ windowId }), output: z.object({ opened: z.boolean(), url: z.string() }) },
    /** Wipes that window's own session (cookies, storage, cache) and opens its start page again; not for a private window. */
    'portals:clearWindow': { input: z.strictObject({ windowId }), output: portalsView },
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
  /** One window's toolbar state changed (its host, loading, zoom, timer); each toolbar keeps only its own window's. */
  'portals:toolbar': contractSchemas().toolbarView,
}));
