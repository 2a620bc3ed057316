/** Stable ids of the Office Ally portals AllyDesk knows (seed 001). */
export const PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally', 'sftp'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

/** Portals that open in a portal window (SFTP credentials belong to the practice software, not a browser). */
export const WINDOW_PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally'] as const satisfies readonly PortalId[];
export type WindowPortalId = (typeof WINDOW_PORTAL_IDS)[number];

/** The short name every screen, message and notification uses for a portal. */
export const PORTAL_NAMES: Record<PortalId, string> = {
  'service-center': 'Service Center',
  'practice-mate': 'Practice Mate',
  ehr: 'EHR 24/7',
  'patient-ally': 'Patient Ally',
  sftp: 'SFTP integration',
};

/** Every screen of the app, in navigation order (renderer/app/screens.tsx gives each its component). */
export const SCREEN_IDS = ['portals', 'login', 'password', 'troubleshoot', 'timers', 'vault', 'autopay', 'security', 'support', 'settings'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** The element id of a portal's card on the 'portals' screen (search results and links go there). */
export const portalSectionId = (id: PortalId) => `portal-${id}`;
