import type { Scheduler } from '../timers/scheduler';

/** The port the vault uses for its timed actions (auto-lock, warning, clipboard clearing). */
export interface Deadlines {
  set(id: string, at: number, onFire: () => void): void;
  clear(id: string): void;
}

/**
 * The vault's deadlines on the main-process timer scheduler (one scheduler for every timer, so
 * they survive sleep the same way). Callbacks live only in memory: a vault deadline found after a
 * restart has nothing to do — the vault starts locked and the clipboard was cleared on quit.
 */
export function schedulerDeadlines(scheduler: Scheduler, kind = 'vault') {
  const callbacks = new Map<string, () => void>();
  const off = scheduler.on(kind, ({ entry }) => {
    const onFire = callbacks.get(entry.id);
    callbacks.delete(entry.id);
    onFire?.();
  });
  return {
    set(id: string, at: number, onFire: () => void) {
      callbacks.set(id, onFire);
      scheduler.set(id, { kind, at });
    },
    clear(id: string) {
      callbacks.delete(id);
      scheduler.clear(id);
    },
    dispose() {
      off();
      callbacks.clear();
    },
  } satisfies Deadlines & { dispose(): void };
}
