import type { Clock } from '../../adapters/types';

/** The port the vault uses for its timed actions (auto-lock, warning, clipboard clearing). */
export interface Deadlines {
  set(id: string, at: number, onFire: () => void): void;
  clear(id: string): void;
}

/**
 * A stand-in until the main-process timer scheduler is wired in (the integrator replaces this
 * file's use in compose): checks the clock every second and at once when a test moves the clock.
 */
export function createIntervalDeadlines(clock: Clock & { onAdvance?(listener: (now: number) => void): () => void }, everyMs = 1000) {
  const pending = new Map<string, { at: number; onFire: () => void }>();
  const check = () => {
    const now = clock.now();
    for (const [id, deadline] of [...pending]) {
      if (deadline.at <= now && pending.get(id) === deadline) {
        pending.delete(id);
        deadline.onFire();
      }
    }
  };
  const timer = setInterval(check, everyMs);
  timer.unref?.();
  const offAdvance = clock.onAdvance?.(() => check());
  return {
    set(id: string, at: number, onFire: () => void) {
      pending.set(id, { at, onFire });
    },
    clear(id: string) {
      pending.delete(id);
    },
    check,
    dispose() {
      clearInterval(timer);
      offAdvance?.();
      pending.clear();
    },
  };
}
