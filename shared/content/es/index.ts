import type { LocalizedContent } from '../localized';
import { PORTAL_TASKS_ES, PORTALS_ES, TASK_EXAMPLES_ES } from './portals';

/** The Spanish help reference (loaded with the Spanish bundle only). */
export const CONTENT_ES: LocalizedContent = {
  portals: PORTALS_ES,
  portalTasks: PORTAL_TASKS_ES,
  taskExamples: TASK_EXAMPLES_ES,
};
