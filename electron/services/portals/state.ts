import { z } from 'zod';
import { portalSettings, windowPortalId, type PortalSettings } from '../../../shared/ipc/portals';
import type { KeyValueStore } from '../../adapters/types';

/** What the portals service keeps on disk: settings and what it saw. No secrets, no page content. */
const portalsFile = z.object({
  settings: portalSettings.catch({ submitAfterFill: true }),
  learnedIdle: z.partialRecord(windowPortalId, z.object({ idleMinutes: z.number(), at: z.number(), applied: z.boolean() })).catch({}),
  autopaySeen: z
    .partialRecord(windowPortalId, z.object({ status: z.enum(['enrolled', 'not-enrolled']), at: z.number(), profileId: z.string().nullable(), profileName: z.string().nullable() }))
    .catch({}),
});
export type PortalsFile = z.infer<typeof portalsFile>;
export interface PortalsStoreShape extends Record<string, unknown> {
  data: PortalsFile;
}
export type PortalsStore = KeyValueStore<PortalsStoreShape>;

export const DEFAULT_PORTAL_SETTINGS: PortalSettings = { submitAfterFill: true };
export const PORTALS_STORE_DEFAULTS: PortalsStoreShape = { data: { settings: DEFAULT_PORTAL_SETTINGS, learnedIdle: {}, autopaySeen: {} } };

/** A hand-edited or older file is read leniently, field by field (each bad field falls back to its default). */
export function readPortalsFile(store: PortalsStore): PortalsFile {
  const parsed = portalsFile.safeParse(store.get('data') ?? {});
  return parsed.success ? parsed.data : PORTALS_STORE_DEFAULTS.data;
}

export function updatePortalsFile(store: PortalsStore, change: (file: PortalsFile) => void) {
  const file = readPortalsFile(store);
  change(file);
  store.set('data', file);
}
