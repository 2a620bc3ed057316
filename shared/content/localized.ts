import type { PortalId } from './ids';
import type { Portal, PortalTask } from './portals';
import type { SeedFile } from './sources';

/**
 * The help reference in another language: typed records, one per English record, each naming the
 * seed its facts come from (the same seed as the English; the completeness test checks). What a
 * language lacks shows in English. shared/content/es/ holds Spanish.
 */
export type TranslatedPortal = Pick<Portal, 'name' | 'purpose' | 'typicalTasks' | 'credentialNote' | 'webPageName'> & { source: SeedFile };
export type TranslatedPortalTask = Pick<PortalTask, 'task' | 'alsoCalled' | 'reason'> & { source: SeedFile };

export interface LocalizedContent {
  portals: Record<PortalId, TranslatedPortal>;
  /** Keyed by PortalTask id. */
  portalTasks: Record<string, TranslatedPortalTask>;
  /** The examples under "What do you need to do?". */
  taskExamples: readonly string[];
  /** Extra search words per help document id (everyday Spanish for the same thing). */
  keywords?: Record<string, string>;
}
