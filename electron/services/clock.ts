import type { Clock } from '../adapters/types';

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that tests (and the e2e test hooks) can move forward; otherwise it follows real time. */
export class AdjustableClock implements Clock {
  private offset = 0;
  private readonly listeners = new Set<(now: number) => void>();
  constructor(private readonly base: () => number = Date.now) {}
  now() {
    return this.base() + this.offset;
  }
  advance(ms: number) {
    this.offset += ms;
    const now = this.now();
    for (const listener of this.listeners) listener(now);
    return now;
  }
  /** Called after every advance, so schedulers can recompute at once. */
  onAdvance(listener: (now: number) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
