/**
 * Every security event the activity log records: main records only these, and the Activity view
 * has words for each. Records are read back as strings (a log changed outside AllyDesk may hold
 * anything), so a reader checks with `isAuditEvent` before treating one as known.
 */
export const AUDIT_EVENTS = [
  'profile-create',
  'profile-delete',
  'unlock',
  'unlock-failed',
  'lock',
  'add',
  'edit',
  'delete',
  'copy',
  'reveal',
  /** A saved login typed into a portal window's login form (the host only, never the secret). */
  'fill',
  'export',
  'import',
  'passphrase-change',
  'autopay-enroll',
  'autopay-cancel',
  'audit-restarted',
  'pin-set',
  'pin-unlock',
  'pin-unlock-failed',
  'pin-expired',
  'pin-removed',
  'shift-end',
  /** The profile moved into the practice's shared folder, or back out to this PC only. */
  'profile-move-in',
  'profile-move-out',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const isAuditEvent = (value: string): value is AuditEvent => (AUDIT_EVENTS as readonly string[]).includes(value);
