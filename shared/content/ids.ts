/** Stable ids of the Office Ally portals AllyDesk knows (seed 001). */
export const PORTAL_IDS = ['service-center', 'practice-mate', 'ehr', 'patient-ally', 'sftp'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];
