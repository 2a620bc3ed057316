/** The channels between main and the portal preload; a file of its own so the sandboxed preload bundles nothing else. */
export const PORTAL_IPC = {
  report: 'allydesk-portal:report',
  fill: 'allydesk-portal:fill',
  filled: 'allydesk-portal:filled',
  bar: 'allydesk-portal:bar',
} as const;

/**
 * The bar AllyDesk shows inside a portal page (the inactivity warning, "Choose … from Log in"): at
 * the bottom, so it never covers the portal's own header and its Log in menu in the upper right.
 */
export const PORTAL_BAR_STYLE =
  'position:fixed;bottom:0;left:0;right:0;z-index:2147483647;padding:10px 16px;background:#fff3cd;color:#3d2e00;font:16px system-ui,sans-serif;border-top:2px solid #8a6d00';
