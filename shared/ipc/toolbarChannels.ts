/**
 * What a portal window's own toolbar may ask for in the desktop app, and hear: its preload offers
 * only these, and main (electron/adapters/toolbarIpc.ts) refuses everything else and puts the
 * sender's own window id into each request. Zod-free, so the sandboxed preload bundles nothing else.
 */
export const TOOLBAR_CHANNELS = [
  'portals:toolbar',
  'portals:navigate',
  'portals:zoom',
  'portals:find',
  'portals:findClose',
  'portals:print',
  'portals:openPageInBrowser',
  'portals:clearWindow',
  'language:get',
] as const;
export const TOOLBAR_EVENTS = ['portals:toolbar', 'language:changed'] as const;
export type ToolbarChannel = (typeof TOOLBAR_CHANNELS)[number];

/** The Electron IPC channel names between the toolbar's preload and main. */
export const TOOLBAR_IPC = {
  invoke: 'allydesk-toolbar:invoke',
  event: 'allydesk-toolbar:event',
  /** The toolbar's height in CSS pixels, or 'full' while a dialog of its own is open (it then covers the portal). */
  layout: 'allydesk-toolbar:layout',
} as const;

/** The toolbar's height before its page has measured itself. */
export const TOOLBAR_DEFAULT_HEIGHT = 112;
/** The toolbar may ask for no less and no more than this (a page gone wrong cannot hide the portal or itself). */
export const TOOLBAR_MIN_HEIGHT = 48;
export const TOOLBAR_MAX_HEIGHT = 320;
