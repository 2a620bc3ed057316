import MiniSearch from 'minisearch';
import { PORTAL_TASKS, type PortalTask } from '../content/portals';
import { foldTerm } from './fold';

/** A second suggestion is shown only when it scores at least this share of the best one. */
const RUNNER_UP_SHARE = 0.5;

/**
 * Answers "What do you need to do?": the typed task → the portal task it most likely means.
 * Typo-tolerant, so "reshedule apointment" still finds Practice Mate.
 */
export function createTaskFinder(tasks: readonly PortalTask[] = PORTAL_TASKS) {
  const index = new MiniSearch<PortalTask>({
    fields: ['task', 'alsoCalled'],
    processTerm: foldTerm,
    searchOptions: { boost: { task: 2 }, fuzzy: 0.25, prefix: true },
  });
  index.addAll([...tasks]);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return {
    /** The best matches, best first (empty when nothing is close); runners-up only if nearly as good. */
    find(query: string, limit = 3): PortalTask[] {
      if (!query.trim()) return [];
      const hits = index.search(query);
      const best = hits[0]?.score ?? 0;
      return hits
        .filter((hit) => hit.score >= best * RUNNER_UP_SHARE)
        .slice(0, limit)
        .map((hit) => byId.get(String(hit.id)))
        .filter((task): task is PortalTask => Boolean(task));
    },
  };
}
