/** Stable ids of the Office Ally portals AllyDesk knows (seed 001). */
export const PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally', 'sftp'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

/** The short name every screen, message and notification uses for a portal. */
export const PORTAL_NAMES: Record<PortalId, string> = {
  'service-center': 'Service Center',
  'practice-mate': 'Practice Mate',
  ehr: 'EHR 24/7',
  'patient-ally': 'Patient Ally',
  sftp: 'SFTP integration',
};

/** The element id of a portal's card on the 'portals' screen (search results and links go there). */
export const portalSectionId = (id: PortalId) => `portal-${id}`;
