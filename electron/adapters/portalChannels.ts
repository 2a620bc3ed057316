/** The channels between main and the portal preload; a file of its own so the sandboxed preload bundles nothing else. */
export const PORTAL_IPC = {
  report: 'allydesk-portal:report',
  fill: 'allydesk-portal:fill',
  filled: 'allydesk-portal:filled',
  bar: 'allydesk-portal:bar',
} as const;
