/** Stable ids of the Office Ally portals AllyDesk knows (seed 001). */
export const PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally', 'sftp'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

/** The element id of a portal's card on the 'portals' screen (search results and links go there). */
export const portalSectionId = (id: PortalId) => `portal-${id}`;
