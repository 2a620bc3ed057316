import { z } from '../../../shared/zod';
import { portalSettings, windowPortalId, type PortalSettings } from '../../../shared/ipc/portals';
import type { KeyValueStore } from '../../adapters/types';
import type { StoreShape } from '../storage';

/**
 * What the portals service keeps on disk: settings and what it saw. No secrets, no page content.
 * A part missing (an older file) starts at its default; a part of the wrong shape fails the file's
 * check on open, so the file is moved aside and the user told (never reset silently).
 */
const portalsFile = z.object({
  settings: z._default(portalSettings, { submitAfterFill: true }),
  learnedIdle: z._default(z.partialRecord(windowPortalId, z.object({ idleMinutes: z.number(), at: z.number(), applied: z.boolean() })), {}),
  autopaySeen: z._default(
    z.partialRecord(
      windowPortalId,
      z.object({ status: z.enum(['enrolled', 'not-enrolled']), at: z.number(), profileId: z.nullable(z.string()), profileName: z.nullable(z.string()) }),
    ),
    {},
  ),
  /** Zoom percent by window (`<profileId>:<portalId>`, `private:<portalId>`), remembered across restarts; 100 is not kept. */
  zoom: z._default(z.record(z.string().check(z.maxLength(80)), z.number().check(z.gte(25), z.lte(500))), {}),
});
export type PortalsFile = z.infer<typeof portalsFile>;
export interface PortalsStoreShape extends Record<string, unknown> {
  data: PortalsFile;
}
export type PortalsStore = KeyValueStore<PortalsStoreShape>;

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { submitAfterFill: true };
export const PORTALS_STORE_DEFAULTS: PortalsStoreShape = { data: { settings: DEFAULT_PORTAL_SETTINGS, learnedIdle: {}, autopaySeen: {}, zoom: {} } };
/** Checked on open (see openStore). */
export const PORTALS_STORE_SHAPE: StoreShape<PortalsStoreShape> = { schema: z.object({ data: portalsFile }) };

/** The file as checked on open; an older file's missing parts read as their defaults. */
export function readPortalsFile(store: PortalsStore): PortalsFile {
  const parsed = portalsFile.safeParse(store.get('data') ?? {});
  return parsed.success ? parsed.data : PORTALS_STORE_DEFAULTS.data;
}

export function updatePortalsFile(store: PortalsStore, change: (file: PortalsFile) => void) {
  const file = readPortalsFile(store);
  change(file);
  store.set('data', file);
}
