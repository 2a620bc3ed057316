import { watch, type FSWatcher } from 'node:fs';
import { EMPTY_POLICY_STATE } from '../../../shared/policy/empty';
import type { CeilingPolicyName, FixedPolicyName, PolicyState, PolicyValues, SwitchPolicyName } from '../../../shared/policy/schema';
import type { PolicyRead } from '../../../shared/policy/validate';
import type { Logger } from '../../adapters/types';

/**
 * The effective practice policy: read-only to the app, merged machine → user. Other services ask
 * it for fixed values and ceilings; it tells listeners when IT changes something while AllyDesk runs.
 * Features read theirs the same way: quick unlock reads `allows('PinUnlock')` and `ceiling('PinMaxHours')`;
 * still to come, `allows('PortalWindows')`, `fixed('PortalAutoSubmit')`.
 */
export interface EffectivePolicy {
  state(): PolicyState;
  /** The value IT fixed, or undefined when the policy is not set (the user's own setting applies). */
  fixed<N extends FixedPolicyName>(name: N): PolicyValues[N] | undefined;
  /** The most a user may choose, or undefined when there is no ceiling. */
  ceiling(name: CeilingPolicyName): number | undefined;
  /** False only when IT set the switch to "disabled". */
  allows(name: SwitchPolicyName): boolean;
  onChange(listener: (state: PolicyState) => void): () => void;
}

function policyOver(current: () => PolicyState, listeners: Set<(state: PolicyState) => void>): EffectivePolicy {
  return {
    state: current,
    fixed: <N extends FixedPolicyName>(name: N) => current().values[name] as PolicyValues[N] | undefined,
    ceiling: (name) => current().values[name] as number | undefined,
    allows: (name) => current().values[name] !== 'disabled',
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A policy that never changes: no policy at all by default (tests and composeApp without one). */
export function staticPolicy(state: PolicyState = EMPTY_POLICY_STATE): EffectivePolicy {
  return policyOver(() => state, new Set());
}

export interface PolicyServiceDeps {
  /** Reads every place policies live on this platform (see sources.ts). */
  read: () => Promise<PolicyRead>;
  logger: Logger;
  /** Re-read this often even without a file event (registry and managed preferences have none). */
  intervalMs?: number;
  /** Folders to watch for changes (the Linux policy file's folder); a missing one is skipped. */
  watchFolders?: string[];
}

export interface PolicyService extends EffectivePolicy {
  /** Reads again now; resolves with the state in force afterwards. */
  refresh(): Promise<PolicyState>;
  stop(): void;
}

/**
 * The policy in force from what the readers found. The policies' schemas, and zod with them, load
 * only when there is a value to check: most computers have no policy, and every start would pay.
 */
export async function policyFrom(read: PolicyRead): Promise<PolicyState> {
  if (read.layers.length === 0) return { ...EMPTY_POLICY_STATE, notices: [...read.notices], looked: [...read.looked] };
  return (await import('../../../shared/policy/validate')).mergePolicy(read);
}

/** Reads once (await it before building other services), then keeps watching. */
export async function startPolicyService(deps: PolicyServiceDeps): Promise<PolicyService> {
  const listeners = new Set<(state: PolicyState) => void>();
  let current: PolicyState = EMPTY_POLICY_STATE;
  let stopped = false;
  let running: Promise<PolicyState> | null = null;
  let again = false;
  /** Said while no policy is in force after one was: a policy that vanishes is news to the practice. */
  let gone: string[] = [];

  const readOnce = async () => {
    let next: PolicyState;
    try {
      next = await policyFrom(await deps.read());
    } catch (error) {
      // Keep what was in force: a passing read failure must not lift IT's settings.
      deps.logger.warn('Practice policy could not be read; keeping the last one', { error: error instanceof Error ? error.name : typeof error });
      return current;
    }
    if (Object.keys(next.values).length > 0) gone = [];
    else if (Object.keys(current.values).length > 0) gone = [policyGoneNotice(current)];
    if (gone.length > 0) next = { ...next, notices: [...next.notices, ...gone] };
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      current = next;
      if (next.notices.length > 0) deps.logger.warn('Practice policy notices', { count: next.notices.length });
      for (const listener of listeners) listener(current);
    }
    return current;
  };
  // One read at a time; a request during a read runs once more after it (the file may have changed meanwhile).
  const refresh = (): Promise<PolicyState> => {
    if (running) {
      again = true;
      return running;
    }
    running = readOnce().finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void refresh();
      }
    });
    return running;
  };

  await refresh();

  const watchers: FSWatcher[] = [];
  let debounce: NodeJS.Timeout | null = null;
  for (const folder of deps.watchFolders ?? []) {
    try {
      const watcher = watch(folder, () => {
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(() => void refresh(), 150);
      });
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    } catch {
      // The folder does not exist (yet): the periodic re-read will find a policy put there later.
    }
  }
  const interval = setInterval(() => void refresh(), deps.intervalMs ?? 60_000);
  interval.unref();

  return {
    ...policyOver(() => current, listeners),
    refresh,
    stop() {
      stopped = true;
      clearInterval(interval);
      if (debounce) clearTimeout(debounce);
      for (const watcher of watchers) watcher.close();
    },
  };
}

function policyGoneNotice(was: PolicyState): string {
  const places = [...new Set(Object.values(was.sources).map((source) => source?.location))].filter(Boolean).join(', ');
  return `The practice policy that was in force (from ${places}) is no longer there, so IT's settings no longer apply. If IT did not remove it on purpose, tell them.`;
}
